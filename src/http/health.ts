import type { RequestHandler } from 'express';
import type { Db } from '../db/database.js';

/** `GET /healthz`: 200 once the database answers (it is migrated before the server listens). */
export function health(db: Db): RequestHandler {
  const ping = db.prepare('SELECT 1 AS ok');
  return (_req, res) => {
    ping.get();
    res.set('Cache-Control', 'no-store').json({ status: 'ok' });
  };
}
