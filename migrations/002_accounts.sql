-- Reader, moderator and admin accounts; their sessions; server-wide settings.

CREATE TABLE users (
  id            INTEGER PRIMARY KEY,
  username      TEXT    NOT NULL UNIQUE COLLATE NOCASE
                CHECK (length(username) BETWEEN 3 AND 30 AND username NOT GLOB '*[^a-z0-9_]*'),
  email         TEXT    NOT NULL UNIQUE COLLATE NOCASE,
  password_hash TEXT    NOT NULL,             -- argon2id, PHC string with its own salt and cost
  role          TEXT    NOT NULL DEFAULT 'reader' CHECK (role IN ('reader', 'moderator', 'admin')),
  created_at    TEXT    NOT NULL,
  password_changed_at TEXT NOT NULL
) STRICT;

-- express-session's store. `user_id` is copied out of the session so that all
-- of a user's sessions can be ended at once (password change, block).
CREATE TABLE sessions (
  sid        TEXT    PRIMARY KEY,
  sess       TEXT    NOT NULL CHECK (json_valid(sess)),
  user_id    INTEGER REFERENCES users (id) ON DELETE CASCADE,
  expires_at INTEGER NOT NULL                 -- ms since the epoch
) STRICT;
CREATE INDEX sessions_by_expiry ON sessions (expires_at);
CREATE INDEX sessions_by_user ON sessions (user_id) WHERE user_id IS NOT NULL;

-- Server-wide values kept across restarts (the generated session secret, and
-- later the publisher's policy settings).
CREATE TABLE settings (
  key        TEXT PRIMARY KEY,
  value      TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
