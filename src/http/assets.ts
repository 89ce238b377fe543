/**
 * Static files from public/, served under a URL that carries a hash of their
 * content (`/assets/style.3f9a0c1b2d.css`). Such a URL never changes meaning,
 * so browsers may keep it for a year without asking again; a new version of the
 * file gets a new URL on the next page render.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import express, { type RequestHandler } from 'express';

const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;
const HASHED = /^\/(.+)\.([0-9a-f]{10})(\.[a-z0-9]+)$/;

export interface Assets {
  /** The versioned URL of a file in public/, e.g. `url('style.css')`. */
  url(file: string): string;
  /** Serves `/assets/...`: mount it at `/assets`. */
  handler: RequestHandler[];
}

function hashFiles(dir: string, prefix = ''): Map<string, string> {
  const hashes = new Map<string, string>();
  if (!fs.existsSync(dir)) return hashes;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const rel = prefix + entry.name;
    if (entry.isDirectory()) {
      for (const [k, v] of hashFiles(path.join(dir, entry.name), `${rel}/`)) hashes.set(k, v);
    } else if (entry.isFile()) {
      const digest = crypto
        .createHash('sha256')
        .update(fs.readFileSync(path.join(dir, entry.name)))
        .digest('hex');
      hashes.set(rel, digest.slice(0, 10));
    }
  }
  return hashes;
}

export function createAssets(publicDir: string): Assets {
  const hashes = hashFiles(publicDir);
  const serve = express.static(publicDir, {
    index: false,
    dotfiles: 'ignore',
    fallthrough: true,
    setHeaders(res) {
      const immutable = (res.req as express.Request & { immutableAsset?: boolean }).immutableAsset;
      res.setHeader('Cache-Control', immutable ? `public, max-age=${ONE_YEAR_SECONDS}, immutable` : 'public, no-cache');
    },
  });
  const unhash: RequestHandler = (req, _res, next) => {
    const match = HASHED.exec(req.path);
    if (match) {
      const file = `${match[1]}${match[3]}`;
      req.url = `/${file}`;
      // Only the current version is immutable; an old hash still gets the file, revalidated.
      (req as express.Request & { immutableAsset?: boolean }).immutableAsset = hashes.get(file) === match[2];
    }
    next();
  };
  return {
    url(file) {
      const hash = hashes.get(file);
      if (!hash) throw new Error(`No asset named ${file} in public/`);
      const ext = path.extname(file);
      return `/assets/${file.slice(0, file.length - ext.length)}.${hash}${ext}`;
    },
    handler: [unhash, serve],
  };
}
