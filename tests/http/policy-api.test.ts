import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import request from 'supertest';
import { csrfTokenOf, registerAs, submit, type Agent } from '../support/http.js';
import { makeApp, SEED_SLUG } from '../support/app.js';

async function tokenOf(agent: Agent) {
  return csrfTokenOf((await agent.get('/')).text)!;
}

describe('POST /api/policy/check', () => {
  const { app, db } = makeApp();

  it('answers anonymous callers 401 in the JSON error shape', async () => {
    const res = await request(app).post('/api/policy/check').set('Accept', 'application/json').send({ body: 'hi' });
    assert.equal(res.status, 401);
    assert.equal(res.body.error.code, 'unauthenticated');
    assert.ok(res.body.error.message);
  });

  it('refuses a call without the CSRF header', async () => {
    const agent = await registerAs(app, 'checker0');
    const res = await agent.post('/api/policy/check').send({ body: 'A calm remark.' });
    assert.equal(res.status, 403);
    assert.equal(res.body.error.code, 'invalid_csrf_token');
  });

  it('gives the verdict with reasons and spans, storing nothing', async () => {
    const agent = await registerAs(app, 'checker1');
    const token = await tokenOf(agent);
    const tables = () =>
      JSON.stringify(
        db.prepare("SELECT name, (SELECT count(*) FROM sessions) s FROM sqlite_master WHERE type = 'table'").all(),
      );
    const before = tables();
    const calm = await agent
      .post('/api/policy/check')
      .set('X-CSRF-Token', token)
      .send({ body: 'A calm remark about NATO.' });
    assert.equal(calm.status, 200);
    assert.deepEqual(calm.body, { decision: 'publish', reasons: [] });
    const text = 'You are an idiot and this is bullshit.';
    const rude = await agent.post('/api/policy/check').set('X-CSRF-Token', token).send({ body: text });
    assert.equal(rude.status, 200);
    assert.equal(rude.body.decision, 'reject');
    const marked = rude.body.reasons.map(
      (r: { rule: string; start: number; end: number }) => `${r.rule}:${text.slice(r.start, r.end)}`,
    );
    assert.deepEqual(marked, ['profanity:bullshit', 'attacks:idiot']);
    for (const r of rude.body.reasons)
      assert.deepEqual(Object.keys(r).sort(), ['clause', 'end', 'message', 'rule', 'start']);
    assert.equal(tables(), before);
  });

  it('reads Russian: the spans point at the Cyrillic words, the messages quote them', async () => {
    const agent = await registerAs(app, 'checker_ru');
    const token = await tokenOf(agent);
    const text = 'Хорошая статья. Автор, ты идиот, и это полный пиздец.';
    const res = await agent.post('/api/policy/check').set('X-CSRF-Token', token).send({ body: text });
    assert.equal(res.status, 200);
    assert.equal(res.body.decision, 'reject');
    const reasons = res.body.reasons as { rule: string; start: number; end: number; message: string }[];
    assert.deepEqual(
      reasons.map((r) => `${r.rule}:${text.slice(r.start, r.end)}`),
      ['profanity:пиздец', 'attacks:идиот'],
    );
    assert.ok(reasons[0]!.message.includes('“пиздец”'), reasons[0]!.message);
  });

  it('checks a reply as a reply, given the parentId of a published comment', async () => {
    const oleg = await registerAs(app, 'checked_oleg');
    const page = `/articles/${SEED_SLUG}`;
    const posted = await submit(oleg, `${page}/comments`, { body: 'The CSTO will outlast NATO.' }, page);
    const parentId = Number(/#comment-(\d+)/.exec(posted.headers.location ?? '')?.[1]);
    const agent = await registerAs(app, 'checker_reply');
    const token = await tokenOf(agent);
    const check = (body: Record<string, unknown>) =>
      agent.post('/api/policy/check').set('X-CSRF-Token', token).send(body);
    assert.equal((await check({ body: 'Pathetic.' })).body.decision, 'publish');
    const reply = await check({ body: 'Pathetic.', parentId });
    assert.equal(reply.status, 200);
    assert.equal(reply.body.decision, 'hold');
    assert.equal(reply.body.reasons[0].clause, 'personal_attack');
    const unknown = await check({ body: 'Pathetic.', parentId: 999_999 });
    assert.equal(unknown.status, 422);
    assert.equal(unknown.body.error.code, 'invalid_input');
  });

  it('refuses empty, overlong and malformed bodies with clear errors', async () => {
    const agent = await registerAs(app, 'checker2');
    const token = await tokenOf(agent);
    const empty = await agent.post('/api/policy/check').set('X-CSRF-Token', token).send({ body: '   ' });
    assert.equal(empty.status, 422);
    assert.equal(empty.body.error.code, 'invalid_input');
    const long = await agent
      .post('/api/policy/check')
      .set('X-CSRF-Token', token)
      .send({ body: 'a'.repeat(5001) });
    assert.equal(long.status, 422);
    assert.match(long.body.error.fields.body, /at most 5,000 characters; this one has 5,001/);
    const emoji = await agent
      .post('/api/policy/check')
      .set('X-CSRF-Token', token)
      .send({ body: '😀'.repeat(5000) });
    assert.equal(emoji.status, 200, 'an emoji counts as one character');
    const wrongType = await agent.post('/api/policy/check').set('X-CSRF-Token', token).send({ body: 42 });
    assert.equal(wrongType.status, 422);
    const malformed = await agent
      .post('/api/policy/check')
      .set('X-CSRF-Token', token)
      .set('Content-Type', 'application/json')
      .send('{"body": "x"');
    assert.equal(malformed.status, 400);
    assert.equal(malformed.body.error.code, 'malformed_body');
  });

  it('is rate-limited per user', async () => {
    const limited = makeApp({ RATE_LIMIT: 'on', POLICY_CHECK_LIMIT_PER_MINUTE: '2' });
    const agent = await registerAs(limited.app, 'checker3');
    const token = await tokenOf(agent);
    for (let i = 0; i < 2; i++)
      assert.equal((await agent.post('/api/policy/check').set('X-CSRF-Token', token).send({ body: 'ok' })).status, 200);
    const res = await agent.post('/api/policy/check').set('X-CSRF-Token', token).send({ body: 'ok' });
    assert.equal(res.status, 429);
    assert.ok(Number(res.headers['retry-after']) > 0);
    assert.equal(res.body.error.code, 'rate_limited');
  });
});
