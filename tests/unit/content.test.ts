import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { parseArticle, readArticleFiles } from '../../src/articles/content.js';
import { ArticleRepository } from '../../src/articles/repository.js';
import { prepareDatabase } from '../../src/bootstrap.js';
import { silentLogger, tempDir } from '../support/app.js';

const article = (front: string, body = 'First paragraph.\n\nSecond <b>paragraph</b>.') =>
  `---\n${front}\n---\n\n${body}\n`;
const GOOD = 'title: A Title\nslug: a-title\npublisher: Asbarez\ndate: 2024-05-01\ndateline: YEREVAN';

describe('parseArticle', () => {
  it('reads the front matter and renders the body, dateline first, raw HTML as text', () => {
    const a = parseArticle('a-title.md', article(GOOD));
    assert.equal(a.slug, 'a-title');
    assert.equal(a.title, 'A Title');
    assert.equal(a.publishedAt, '2024-05-01T00:00:00.000Z');
    assert.equal(a.commentsOpen, true);
    assert.deepEqual(a.related, []);
    assert.equal(a.summary, 'First paragraph.');
    assert.equal(
      a.bodyHtml,
      '<p><span class="dateline">YEREVAN</span>–First paragraph.</p>\n<p>Second &lt;b&gt;paragraph&lt;/b&gt;.</p>\n',
    );
  });

  it('reads closed comments and related posts', () => {
    const a = parseArticle(
      'a-title.md',
      article(`${GOOD}\ncomments: closed\nrelated:\n  - title: Other\n    url: /articles/other`),
    );
    assert.equal(a.commentsOpen, false);
    assert.deepEqual(a.related, [{ title: 'Other', url: '/articles/other' }]);
  });

  const broken: [string, string, RegExp][] = [
    ['missing title', 'slug: a-title\npublisher: P\ndate: 2024-05-01', /a-title\.md: title is required/],
    ['bad slug', 'title: T\nslug: A Title\npublisher: P\ndate: 2024-05-01', /slug must be lower-case words/],
    ['slug not the file name', 'title: T\nslug: other\npublisher: P\ndate: 2024-05-01', /must match the file name/],
    ['bad date', 'title: T\nslug: a-title\npublisher: P\ndate: someday', /date/],
    [
      'javascript: related link',
      `${GOOD}\nrelated:\n  - title: X\n    url: "javascript:alert(1)"`,
      /related\.0\.url must be an http\(s\) URL/,
    ],
    ['bad YAML', 'title: [unclosed', /front matter is not valid YAML|title/],
  ];
  for (const [what, front, expected] of broken) {
    it(`refuses a file with ${what}, naming the file`, () => {
      assert.throws(() => parseArticle('a-title.md', article(front)), expected);
    });
  }
});

describe('importing content/', () => {
  it('imports idempotently, updates a changed file, and skips a broken one', () => {
    const contentDir = tempDir('content-');
    fs.writeFileSync(path.join(contentDir, 'a-title.md'), article(GOOD));
    fs.writeFileSync(path.join(contentDir, 'broken.md'), article('title: no slug'));
    fs.writeFileSync(path.join(contentDir, '_discussion-policy.md'), 'Be kind.');
    const found = readArticleFiles(contentDir);
    assert.deepEqual(
      found.articles.map((a) => a.slug),
      ['a-title'],
    );
    assert.equal(found.errors.length, 1);
    assert.match(found.errors[0]!.message, /^broken\.md: /);

    const db = prepareDatabase({ databasePath: path.join(tempDir(), 'app.db'), contentDir }, silentLogger);
    const repo = new ArticleRepository(db);
    const first = repo.findBySlug('a-title')!;
    assert.equal(
      repo.importAll(readArticleFiles(contentDir).articles, new Date('2030-01-01')),
      0,
      'unchanged files change nothing',
    );
    assert.equal(repo.findBySlug('a-title')!.updatedAt, first.updatedAt);

    fs.writeFileSync(path.join(contentDir, 'a-title.md'), article(GOOD.replace('A Title', 'A Corrected Title')));
    assert.equal(repo.importAll(readArticleFiles(contentDir).articles, new Date('2030-01-01')), 1);
    const updated = repo.findBySlug('a-title')!;
    assert.equal(updated.title, 'A Corrected Title');
    assert.equal(updated.id, first.id, 'the row keeps its id, so its comments stay attached');
    assert.equal(updated.updatedAt, '2030-01-01T00:00:00.000Z');
    db.close();
  });
});
