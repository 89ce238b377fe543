// Progressive enhancement of the comment forms. Everything works without it;
// with it, readers get reply forms opening in place, a live character count,
// and the discussion policy's warning before they send.
(function () {
  'use strict';
  var csrf = document.querySelector('meta[name="csrf-token"]');
  var main = document.getElementById('comment-form');

  function enhance(form) {
    if (form.dataset.enhanced) return;
    form.dataset.enhanced = '1';
    var textarea = form.querySelector('textarea[name="body"]');
    if (!textarea) return;
    // A reply is checked as a reply: the policy reads it as said to the commenter it answers.
    var parent = form.querySelector('input[name="parent_id"]');
    var max = Number(textarea.getAttribute('maxlength')) || 5000;
    var count = document.createElement('p');
    count.className = 'char-count';
    count.setAttribute('aria-live', 'polite');
    var warning = document.createElement('div');
    warning.className = 'policy-warning';
    warning.setAttribute('role', 'status');
    warning.hidden = true;
    textarea.insertAdjacentElement('afterend', count);
    count.insertAdjacentElement('afterend', warning);

    function updateCount() {
      var left = max - Array.from(textarea.value).length;
      count.textContent = left + ' characters left';
      count.classList.toggle('is-low', left < 200);
    }

    var timer = null;
    var sequence = 0;
    function checkPolicy() {
      var text = textarea.value;
      if (!csrf || text.trim() === '') {
        warning.hidden = true;
        return;
      }
      var mine = ++sequence;
      fetch('/api/policy/check', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-CSRF-Token': csrf.content },
        body: JSON.stringify(parent ? { body: text, parentId: Number(parent.value) } : { body: text }),
      })
        .then(function (res) {
          return res.ok ? res.json() : null;
        })
        .then(function (verdict) {
          if (mine !== sequence || !verdict) return;
          showVerdict(verdict, text);
        })
        .catch(function () {
          /* offline or rate-limited: the server checks again on posting */
        });
    }

    function showVerdict(verdict, text) {
      warning.textContent = '';
      if (verdict.decision === 'publish') {
        warning.hidden = true;
        return;
      }
      var intro = document.createElement('p');
      intro.textContent =
        verdict.decision === 'reject'
          ? 'This comment would not be published:'
          : 'A moderator would read this comment before it appears:';
      var list = document.createElement('ul');
      verdict.reasons.forEach(function (reason) {
        var item = document.createElement('li');
        item.textContent = reason.message;
        if (reason.end > reason.start && reason.end - reason.start < text.length) {
          var mark = document.createElement('mark');
          mark.textContent = text.slice(reason.start, reason.end);
          item.appendChild(document.createTextNode(' '));
          item.appendChild(mark);
        }
        list.appendChild(item);
      });
      warning.appendChild(intro);
      warning.appendChild(list);
      warning.className = 'policy-warning is-' + verdict.decision;
      warning.hidden = false;
    }

    textarea.addEventListener('input', function () {
      updateCount();
      clearTimeout(timer);
      timer = setTimeout(checkPolicy, 600);
    });
    updateCount();
  }

  document.querySelectorAll('form.comment-form').forEach(enhance);

  // Reply links open a reply form under the comment instead of reloading the page.
  document.addEventListener('click', function (event) {
    var link = event.target.closest && event.target.closest('a.reply-link');
    if (!link || !main || !csrf) return;
    event.preventDefault();
    var id = link.getAttribute('data-reply-to');
    var existing = document.getElementById('reply-form-' + id);
    if (existing) {
      existing.querySelector('textarea').focus();
      return;
    }
    var form = main.cloneNode(true);
    form.id = 'reply-form-' + id;
    form.removeAttribute('data-enhanced');
    form.querySelectorAll('.form-error, .char-count, .policy-warning').forEach(function (el) {
      el.remove();
    });
    form.setAttribute('action', main.getAttribute('action').split('#')[0] + '#reply-form-' + id);
    var parent = document.createElement('input');
    parent.type = 'hidden';
    parent.name = 'parent_id';
    parent.value = id;
    form.insertBefore(parent, form.firstChild);
    var textarea = form.querySelector('textarea');
    textarea.value = '';
    textarea.id = 'reply-form-' + id + '-body';
    var label = form.querySelector('label');
    label.setAttribute('for', textarea.id);
    label.textContent = 'Your reply';
    var hint = form.querySelector('.hint');
    if (hint) {
      hint.id = textarea.id + '-hint';
      textarea.setAttribute('aria-describedby', hint.id);
    }
    form.querySelector('button[type="submit"]').textContent = 'Post reply';
    var cancel = document.createElement('button');
    cancel.type = 'button';
    cancel.className = 'link-button cancel-reply';
    cancel.textContent = 'Cancel';
    cancel.addEventListener('click', function () {
      form.remove();
      link.focus();
    });
    form.querySelector('.form-actions').appendChild(cancel);
    link.closest('.comment-inner').appendChild(form);
    enhance(form);
    textarea.focus();
  });
})();
