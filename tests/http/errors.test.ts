import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import express from 'express';
import request from 'supertest';
import { errorHandler, HttpError } from '../../src/http/errors.js';
import { silentLogger } from '../support/app.js';
import path from 'node:path';
import { ROOT_DIR } from '../../src/config.js';

/** A bare app with the real error handler and views, and routes that fail on purpose. */
function failingApp(showStack: boolean) {
  const app = express();
  app.set('views', path.join(ROOT_DIR, 'views'));
  app.set('view engine', 'ejs');
  Object.assign(app.locals, { siteName: 'Test', asset: () => '/assets/style.css' });
  app.get('/boom', () => {
    throw new Error('secret internal detail');
  });
  app.get('/api/boom', () => {
    throw new Error('secret internal detail');
  });
  app.get('/teapot', () => {
    throw new HttpError(429, 'rate_limited', 'Slow down.', { retryAfterSeconds: 12 });
  });
  app.use(errorHandler({ logger: silentLogger, showStack }));
  return app;
}

describe('the final error handler', () => {
  it('answers 500 with a page that leaks no stack trace or message in production', async () => {
    const res = await request(failingApp(false)).get('/boom').expect(500).expect('Content-Type', /html/);
    assert.match(res.text, /Something went wrong/);
    assert.doesNotMatch(res.text, /secret internal detail|at .*\.ts:\d+/);
  });

  it('shows the stack in development only', async () => {
    const res = await request(failingApp(true)).get('/boom').expect(500);
    assert.match(res.text, /secret internal detail/);
  });

  it('answers JSON errors under /api without details', async () => {
    const res = await request(failingApp(false)).get('/api/boom').expect(500);
    assert.equal(res.body.error.code, 'internal_error');
    assert.doesNotMatch(JSON.stringify(res.body), /secret/);
  });

  it('sets Retry-After from a typed error', async () => {
    const res = await request(failingApp(false)).get('/teapot').set('Accept', 'application/json').expect(429);
    assert.equal(res.headers['retry-after'], '12');
    assert.equal(res.body.error.code, 'rate_limited');
  });
});
