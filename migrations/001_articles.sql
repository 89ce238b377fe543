-- The publisher's articles, imported from the files in content/ at start-up.
-- The file is the source of truth; this table is what pages and comments join to.
CREATE TABLE articles (
  id             INTEGER PRIMARY KEY,
  slug           TEXT    NOT NULL UNIQUE,
  title          TEXT    NOT NULL,
  dateline       TEXT,                         -- "MOSCWO (RIA Novosti)", shown before the first paragraph
  publisher      TEXT    NOT NULL,
  published_at   TEXT    NOT NULL,             -- ISO 8601, UTC
  summary        TEXT    NOT NULL,             -- first paragraph as plain text, for the index
  body_html      TEXT    NOT NULL,             -- rendered once at import from the file's Markdown
  related        TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(related)), -- [{"title","url"}]
  comments_open  INTEGER NOT NULL DEFAULT 1 CHECK (comments_open IN (0, 1)),
  source_file    TEXT    NOT NULL,
  source_hash    TEXT    NOT NULL,             -- sha256 of the file: re-import only what changed
  imported_at    TEXT    NOT NULL,
  updated_at     TEXT    NOT NULL
) STRICT;

CREATE INDEX articles_by_date ON articles (published_at DESC, id DESC);
