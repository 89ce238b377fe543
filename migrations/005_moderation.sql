-- Moderation: readers' reports, blocks of users, the audit log, automatic
-- escalation, and hiding of much-reported comments.

-- A report of a comment by a signed-in reader; one per reader per comment.
CREATE TABLE reports (
  id          INTEGER PRIMARY KEY,
  comment_id  INTEGER NOT NULL REFERENCES comments (id),
  reporter_id INTEGER NOT NULL REFERENCES users (id),
  reason      TEXT    NOT NULL CHECK (reason IN ('profanity', 'personal_attack', 'spam', 'inappropriate', 'other')),
  details     TEXT    NOT NULL DEFAULT '' CHECK (length(details) <= 1000),
  created_at  TEXT    NOT NULL,
  resolved_at TEXT,                               -- set when a moderator decides on the comment
  UNIQUE (comment_id, reporter_id)
) STRICT;
CREATE INDEX reports_open ON reports (resolved_at, comment_id);
CREATE INDEX reports_by_reporter ON reports (reporter_id);

-- A block of a user: permanent (ends_at NULL) or until a time; lifted by an unblock.
CREATE TABLE blocks (
  id           INTEGER PRIMARY KEY,
  user_id      INTEGER NOT NULL REFERENCES users (id),
  moderator_id INTEGER REFERENCES users (id),     -- NULL: the system
  reason       TEXT    NOT NULL CHECK (length(reason) BETWEEN 1 AND 500),
  created_at   TEXT    NOT NULL,
  ends_at      TEXT,
  lifted_at    TEXT,
  lifted_by    INTEGER REFERENCES users (id)
) STRICT;
CREATE INDEX blocks_by_user ON blocks (user_id, lifted_at);

-- Every moderation action: who (NULL: the system), what, to which comment or user, when, why.
CREATE TABLE moderation_log (
  id         INTEGER PRIMARY KEY,
  actor_id   INTEGER REFERENCES users (id),
  action     TEXT    NOT NULL,
  comment_id INTEGER REFERENCES comments (id),
  user_id    INTEGER REFERENCES users (id),
  reason     TEXT    NOT NULL DEFAULT '',
  details    TEXT    NOT NULL DEFAULT '{}' CHECK (json_valid(details)),
  created_at TEXT    NOT NULL
) STRICT;
CREATE INDEX log_by_time ON moderation_log (id DESC);
CREATE INDEX log_by_actor ON moderation_log (actor_id, id);
CREATE INDEX log_by_user ON moderation_log (user_id, id);

-- Automatic escalation: until this time, the user's comments are held for review.
ALTER TABLE users ADD COLUMN held_until TEXT;

-- Set when reports from distinct readers reach the publisher's threshold:
-- hidden from readers until a moderator decides.
ALTER TABLE comments ADD COLUMN hidden_at TEXT;
