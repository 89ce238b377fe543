import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as cheerio from 'cheerio';
import express from 'express';
import request from 'supertest';
import { PageCache } from '../../src/http/page-cache.js';
import { makeApp, SEED_SLUG } from '../support/app.js';
import { registerAs, submit } from '../support/http.js';

const PAGE = `/articles/${SEED_SLUG}`;

describe('the anonymous page cache', () => {
  const { app } = makeApp();

  it('answers a repeated anonymous read from the cache, with every security header, ETag, 304 and gzip', async () => {
    const first = await request(app).get(PAGE).expect(200);
    assert.equal(first.headers['x-cache'], undefined);
    const hit = await request(app).get(PAGE).expect(200);
    assert.equal(hit.headers['x-cache'], 'HIT');
    assert.equal(hit.text, first.text);
    for (const header of [
      'content-security-policy',
      'x-content-type-options',
      'x-frame-options',
      'strict-transport-security',
      'referrer-policy',
      'content-type',
    ]) {
      assert.equal(hit.headers[header], first.headers[header], header);
    }
    assert.equal(hit.headers['x-powered-by'], undefined);
    const notModified = await request(app).get(PAGE).set('If-None-Match', hit.headers.etag!);
    assert.equal(notModified.status, 304);
    // superagent undoes the gzip: the header says it was compressed, the text says it was the same page.
    const gzipped = await request(app).get(PAGE).set('Accept-Encoding', 'gzip');
    assert.equal(gzipped.headers['content-encoding'], 'gzip');
    assert.equal(gzipped.text, first.text);
  });

  it('is emptied by a change: a new comment shows at once', async () => {
    await request(app).get(PAGE);
    assert.equal((await request(app).get(PAGE)).headers['x-cache'], 'HIT');
    const ann = await registerAs(app, 'cache_ann');
    const posted = await submit(ann, `${PAGE}/comments`, { body: 'Fresh comment, not cached.' }, PAGE);
    assert.equal(posted.status, 303);
    const after = await request(app).get(PAGE);
    assert.equal(after.headers['x-cache'], undefined);
    assert.match(cheerio.load(after.text)('.comment-body').text(), /Fresh comment, not cached/);
  });

  it('never serves a signed-in reader from it', async () => {
    await request(app).get(PAGE);
    const ann = await registerAs(app, 'cache_ben');
    const page = await ann.get(PAGE);
    assert.equal(page.headers['x-cache'], undefined);
    assert.equal(cheerio.load(page.text)('.signed-in').length, 1);
  });

  it('keeps an entry at most its maximum age', async () => {
    let now = 0;
    const cache = new PageCache({ maxAgeMs: 1000, maxEntries: 10, now: () => now });
    const mini = express();
    mini.use(cache.serve());
    let renders = 0;
    mini.get('/p', (req, res) => {
      renders++;
      cache.store(req, res, `<p>${renders}</p>`);
      res.send(`<p>${renders}</p>`);
    });
    assert.equal((await request(mini).get('/p')).text, '<p>1</p>');
    assert.equal((await request(mini).get('/p')).text, '<p>1</p>');
    now = 1001;
    assert.equal((await request(mini).get('/p')).text, '<p>2</p>');
  });
});
