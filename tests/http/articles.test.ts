import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import * as cheerio from 'cheerio';
import request from 'supertest';
import { makeApp, SEED_SLUG, SHARED_DIR } from '../support/app.js';

const SEED_PATH = `/articles/${SEED_SLUG}`;

/** The page's visible blocks of text (headings, paragraphs, list items), in document order. */
function textBlocks(html: string): string[] {
  const $ = cheerio.load(html);
  return $('main')
    .find('h1, h2, h3, p, li')
    .toArray()
    .map((el) => $(el).text().replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

describe('GET /articles/:slug', () => {
  const { app } = makeApp();

  it('renders the seed article word for word, in order, with its sections', async () => {
    const res = await request(app).get(SEED_PATH).expect(200).expect('Content-Type', /html/);
    const seed = fs
      .readFileSync(path.join(SHARED_DIR, 'seed/article.txt'), 'utf8')
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    assert.equal(seed.at(-1), 'One Comment;', 'the seed ends with the comment count it had');
    const expected = seed.slice(0, -1);
    const blocks = textBlocks(res.text);
    let at = 0;
    for (const line of expected) {
      const found = blocks.indexOf(line, at);
      assert.ok(found >= 0, `missing or out of order: ${line.slice(0, 80)}`);
      at = found + 1;
    }
    // The live count takes the place of the seed's "One Comment;", after the policy.
    assert.equal(blocks.indexOf('No Comments', at) >= at, true, 'the comment count follows the discussion policy');
  });

  it('has the dateline, one h1, lang and landmarks', async () => {
    const res = await request(app).get(SEED_PATH).expect(200);
    const $ = cheerio.load(res.text);
    assert.equal($('html').attr('lang'), 'en');
    assert.equal($('h1').length, 1);
    assert.equal($('h1').text(), 'CSTO Set to Become Alternative to NATO');
    assert.equal($('.article-body p').first().find('.dateline').text(), 'MOSCWO (RIA Novosti)');
    assert.equal($('header.site-header').length, 1);
    assert.equal($('main#main').length, 1);
    assert.equal($('footer.site-footer').length, 1);
    assert.equal($('#comments h2').text().trim(), 'No Comments');
    assert.equal($('script').length, 0, 'no client script is needed to read');
    assert.equal(
      $('.site-nav a').first().attr('href'),
      `/login?next=${encodeURIComponent(SEED_PATH)}`,
      'sign in comes back here',
    );
    assert.equal(res.headers['set-cookie'], undefined, 'reading anonymously sets no cookie');
  });

  it('links a stylesheet whose URL carries its content hash', async () => {
    const res = await request(app).get(SEED_PATH).expect(200);
    const href = cheerio.load(res.text)('link[rel=stylesheet]').attr('href');
    assert.match(href ?? '', /^\/assets\/style\.[0-9a-f]{10}\.css$/);
    const css = await request(app).get(href!).expect(200).expect('Content-Type', /css/);
    assert.equal(css.headers['cache-control'], 'public, max-age=31536000, immutable');
    const stale = await request(app).get('/assets/style.0000000000.css').expect(200);
    assert.equal(stale.headers['cache-control'], 'public, no-cache', 'an old hash is served but not cached for good');
  });

  it('answers 304 to a matching ETag', async () => {
    const first = await request(app).get(SEED_PATH).expect(200);
    assert.ok(first.headers.etag);
    const again = await request(app).get(SEED_PATH).set('If-None-Match', first.headers.etag!);
    assert.equal(again.status, 304);
    assert.equal(again.text, '');
  });

  it('compresses pages for clients that accept gzip', async () => {
    const res = await request(app).get(SEED_PATH).set('Accept-Encoding', 'gzip').expect(200);
    assert.equal(res.headers['content-encoding'], 'gzip');
  });

  it('sends the security headers and no X-Powered-By', async () => {
    const res = await request(app).get(SEED_PATH).expect(200);
    const csp = res.headers['content-security-policy'] ?? '';
    assert.match(csp, /default-src 'self'/);
    assert.match(csp, /script-src 'self'(;|$)/, 'no inline script allowed');
    assert.match(csp, /frame-ancestors 'none'/);
    assert.equal(res.headers['x-content-type-options'], 'nosniff');
    assert.equal(res.headers['x-frame-options'], 'DENY');
    assert.equal(res.headers['x-powered-by'], undefined);
  });

  it('answers 404 with a page for an unknown slug', async () => {
    const res = await request(app).get('/articles/no-such-article').expect(404).expect('Content-Type', /html/);
    const $ = cheerio.load(res.text);
    assert.equal($('h1').text(), 'Page not found');
    assert.match($('.error-message').text(), /no article at this address/);
  });

  it('treats a traversal attempt in the slug as an unknown article', async () => {
    await request(app).get('/articles/..%2F..%2Fpackage.json').expect(404);
    await request(app).get('/articles/%2e%2e').expect(404);
  });
});

describe('GET /', () => {
  const { app } = makeApp();

  it('lists the articles newest first with links', async () => {
    const res = await request(app).get('/').expect(200);
    const $ = cheerio.load(res.text);
    const links = $('.article-teaser h2 a')
      .toArray()
      .map((a) => $(a).attr('href'));
    assert.deepEqual(links, [SEED_PATH]);
    assert.match($('.article-teaser .summary').text(), /^The post-Soviet security group/);
  });

  it('answers 404 past the last page and ignores a malformed page number', async () => {
    await request(app).get('/?page=2').expect(404);
    await request(app).get('/?page=abc').expect(200);
  });
});

describe('GET /healthz', () => {
  const { app } = makeApp();

  it('answers {"status":"ok"} and is never cached', async () => {
    const res = await request(app).get('/healthz').expect(200).expect('Content-Type', /json/);
    assert.deepEqual(res.body, { status: 'ok' });
    assert.equal(res.headers['cache-control'], 'no-store');
  });
});

describe('unknown routes and errors', () => {
  const { app } = makeApp();

  it('answers a page 404 for browsers and JSON 404 under /api', async () => {
    await request(app).get('/no/such/page').expect(404).expect('Content-Type', /html/);
    const res = await request(app).get('/api/no-such-thing').expect(404).expect('Content-Type', /json/);
    assert.deepEqual(res.body, { error: { code: 'not_found', message: 'There is nothing at this address.' } });
  });

  it('rejects an oversized body with 413 and a malformed JSON body with 400', async () => {
    const big = await request(app)
      .post('/api/anything')
      .set('Content-Type', 'application/json')
      .send(`{"body":"${'x'.repeat(200_000)}"}`);
    assert.equal(big.status, 413);
    assert.equal(big.body.error.code, 'payload_too_large');
    const bad = await request(app).post('/api/anything').set('Content-Type', 'application/json').send('{"body": ');
    assert.equal(bad.status, 400);
    assert.equal(bad.body.error.code, 'malformed_body');
  });
});
