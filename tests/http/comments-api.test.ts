import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as cheerio from 'cheerio';
import request from 'supertest';
import { makeApp, SEED_SLUG } from '../support/app.js';
import { csrfTokenOf, registerAs, submit, type Agent } from '../support/http.js';

const API = `/api/articles/${SEED_SLUG}/comments`;
const tokenOf = async (agent: Agent) => csrfTokenOf((await agent.get(`/articles/${SEED_SLUG}`)).text)!;

describe('GET/POST /api/articles/:slug/comments', () => {
  const { app } = makeApp();

  it('posts (201, the comment with its status) and lists published ones by ascending id, with a next page', async () => {
    const ann = await registerAs(app, 'api_ann');
    const token = await tokenOf(ann);
    const ids: number[] = [];
    for (const body of ['First, civil.', 'Second, civil.', 'Third, civil.']) {
      const res = await ann.post(API).set('X-CSRF-Token', token).send({ body });
      assert.equal(res.status, 201);
      assert.equal(res.body.comment.status, 'published');
      assert.deepEqual(Object.keys(res.body.comment).sort(), [
        'author',
        'body',
        'createdAt',
        'editedAt',
        'id',
        'parentId',
        'status',
      ]);
      ids.push(res.body.comment.id);
    }
    const reply = await ann.post(API).set('X-CSRF-Token', token).send({ body: 'A reply.', parentId: ids[0] });
    assert.equal(reply.status, 201);
    assert.equal(reply.body.comment.parentId, ids[0]);
    const first = await request(app).get(`${API}?limit=2`).expect(200);
    assert.deepEqual(
      first.body.comments.map((c: { id: number }) => c.id),
      ids.slice(0, 2),
    );
    assert.equal(first.body.next, `${API}?limit=2&after=${ids[1]}`);
    const second = await request(app).get(first.body.next).expect(200);
    assert.deepEqual(
      second.body.comments.map((c: { id: number }) => c.id),
      [ids[2], reply.body.comment.id],
    );
    assert.equal(second.body.next, null);
  });

  it('shows a held comment to its author only', async () => {
    const ann = await registerAs(app, 'api_holder');
    const token = await tokenOf(ann);
    const res = await ann
      .post(API)
      .set('X-CSRF-Token', token)
      .send({ body: 'https://a.example and https://b.example' });
    assert.equal(res.status, 201);
    assert.equal(res.body.comment.status, 'pending');
    const id = res.body.comment.id;
    const mine = await ann.get(`${API}?limit=500`);
    assert.ok(mine.body.comments.some((c: { id: number }) => c.id === id));
    const anon = await request(app).get(`${API}?limit=500`);
    assert.ok(!anon.body.comments.some((c: { id: number }) => c.id === id));
  });

  it('answers 422 with the policy reasons, 401 anonymous, and clear errors for bad input', async () => {
    const ann = await registerAs(app, 'api_rude');
    const token = await tokenOf(ann);
    const rude = await ann.post(API).set('X-CSRF-Token', token).send({ body: 'you are a moron' });
    assert.equal(rude.status, 422);
    assert.equal(rude.body.error.code, 'policy_rejected');
    assert.equal(rude.body.error.reasons[0].clause, 'personal_attack');
    const anon = await request(app).post(API).set('Accept', 'application/json').send({ body: 'hi' });
    assert.equal(anon.status, 401);
    assert.equal(anon.body.error.code, 'unauthenticated');
    const malformed = await ann
      .post(API)
      .set('X-CSRF-Token', token)
      .set('Content-Type', 'application/json')
      .send('{"body":');
    assert.equal(malformed.status, 400);
    assert.equal((await ann.post(API).set('X-CSRF-Token', token).send({ body: 'x', parentId: 'abc' })).status, 422);
    assert.equal((await ann.post(API).set('X-CSRF-Token', token).send({ body: 'x', parentId: 99999 })).status, 422);
    assert.equal((await ann.post(API).set('X-CSRF-Token', token).send([1, 2])).status, 422);
    assert.equal((await request(app).get(`${API}?limit=0`)).status, 400);
    assert.equal((await request(app).get(`${API}?limit=501`)).body.error.code, 'invalid_limit');
    assert.equal((await request(app).get(`${API}?after=-1`)).status, 400);
    assert.equal((await request(app).get('/api/articles/nope/comments')).status, 404);
  });
});

describe('comment rate limits', () => {
  it('keep a flood interval between comments: 429, Retry-After, the text kept in the form', async () => {
    const { app } = makeApp({ RATE_LIMIT: 'on' });
    const ann = await registerAs(app, 'flooder');
    const page = `/articles/${SEED_SLUG}`;
    assert.equal((await submit(ann, `${page}/comments`, { body: 'First comment.' }, page)).status, 303);
    const res = await submit(ann, `${page}/comments`, { body: 'Second, too soon.' }, page);
    assert.equal(res.status, 429);
    assert.ok(Number(res.headers['retry-after']) > 0 && Number(res.headers['retry-after']) <= 15);
    const $ = cheerio.load(res.text);
    assert.equal($('#comment-form textarea').text(), 'Second, too soon.');
    assert.match($('#comment-form .form-error').text(), /try again in \d+ seconds/);
  });

  it('do not count refused comments, and are off with RATE_LIMIT=off', async () => {
    const { app } = makeApp({ RATE_LIMIT: 'on' });
    const ann = await registerAs(app, 'fixer');
    const page = `/articles/${SEED_SLUG}`;
    assert.equal((await submit(ann, `${page}/comments`, { body: 'you moron' }, page)).status, 422);
    assert.equal((await submit(ann, `${page}/comments`, { body: 'Sorry, a civil version.' }, page)).status, 303);
    const off = makeApp({ RATE_LIMIT: 'off' });
    const ben = await registerAs(off.app, 'unlimited');
    for (let i = 0; i < 12; i++)
      assert.equal((await submit(ben, `${page}/comments`, { body: `Comment number ${i}.` }, page)).status, 303);
  });
});
