-- The publisher's word lists for the discussion policy: `banned` words are
-- refused, `suspect` words hold a comment for a moderator. Matched after the
-- same normalisation as comments (leetspeak, look-alikes, spacing), as whole words.
CREATE TABLE word_lists (
  id         INTEGER PRIMARY KEY,
  list       TEXT NOT NULL CHECK (list IN ('banned', 'suspect')),
  word       TEXT NOT NULL COLLATE NOCASE CHECK (length(trim(word)) BETWEEN 1 AND 100),
  created_at TEXT NOT NULL,
  UNIQUE (list, word)
) STRICT;

-- Defaults: abbreviations of profanity the profanity data set does not spell
-- out (banned), and abbreviations a person should judge in context (suspect).
-- Mild words (damn, crap) are deliberately absent: civil comments use them.
INSERT INTO word_lists (list, word, created_at) VALUES
  ('banned',  'stfu', '2026-11-29T00:00:00.000Z'),
  ('banned',  'gtfo', '2026-11-29T00:00:00.000Z'),
  ('suspect', 'wtf', '2026-11-29T00:00:00.000Z'),
  ('suspect', 'omfg', '2026-11-29T00:00:00.000Z');
