// Keyboard shortcuts and "select all" for moderators clearing a queue.
// j/k: next/previous item; x: select it; a: approve; r: reject; d: remove.
(function () {
  'use strict';
  var items = Array.prototype.slice.call(document.querySelectorAll('.queue-item'));
  var current = -1;
  function focus(index) {
    if (!items.length) return;
    current = Math.max(0, Math.min(items.length - 1, index));
    items.forEach(function (item, i) {
      item.classList.toggle('is-current', i === current);
    });
    items[current].setAttribute('tabindex', '-1');
    items[current].focus();
  }
  function submit(action) {
    if (current < 0) return;
    var form = items[current].querySelector('form[data-action="' + action + '"]');
    if (!form) return;
    if (form.requestSubmit) form.requestSubmit();
    else form.submit();
  }
  document.addEventListener('keydown', function (event) {
    var tag = (event.target.tagName || '').toLowerCase();
    if (tag === 'input' || tag === 'textarea' || tag === 'select' || event.ctrlKey || event.metaKey || event.altKey)
      return;
    if (event.key === 'j') focus(current + 1);
    else if (event.key === 'k') focus(current - 1);
    else if (event.key === 'x' && current >= 0) {
      var box = items[current].querySelector('input[type="checkbox"]');
      if (box) box.checked = !box.checked;
    } else if (event.key === 'a') submit('approve');
    else if (event.key === 'r') submit('reject');
    else if (event.key === 'd') submit('remove');
    else return;
    event.preventDefault();
  });
  var all = document.querySelector('.select-all');
  if (all) {
    all.hidden = false;
    all.addEventListener('click', function () {
      var boxes = document.querySelectorAll('.queue-item input[type="checkbox"]');
      var check = Array.prototype.some.call(boxes, function (b) {
        return !b.checked;
      });
      boxes.forEach(function (b) {
        b.checked = check;
      });
    });
  }
})();
