-- Reader comments. One status column makes every list a query: threads show
-- published ones (and placeholders for deleted/removed ones with replies),
-- authors also see their pending ones, moderators work pending/rejected.
CREATE TABLE comments (
  id                INTEGER PRIMARY KEY,
  article_id        INTEGER NOT NULL REFERENCES articles (id),
  author_id         INTEGER NOT NULL REFERENCES users (id),
  parent_id         INTEGER REFERENCES comments (id),   -- the comment replied to (NULL: top level)
  display_parent_id INTEGER REFERENCES comments (id),   -- where it is shown: the parent, or its
                                                        -- nearest ancestor within the 5 levels shown
  thread_id         INTEGER,                            -- the top-level comment of its thread (itself
                                                        -- for a top-level one): a page of threads is one query
  depth             INTEGER NOT NULL DEFAULT 0 CHECK (depth BETWEEN 0 AND 4),
  body              TEXT    NOT NULL,                   -- exactly as submitted; '' once deleted
  status            TEXT    NOT NULL CHECK (status IN ('published', 'pending', 'rejected', 'removed', 'deleted')),
  reasons           TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(reasons)),  -- the policy's, at the last check
  created_at        TEXT    NOT NULL,
  edited_at         TEXT,
  status_changed_at TEXT    NOT NULL
) STRICT;

CREATE INDEX comments_roots ON comments (article_id, parent_id, id);
CREATE INDEX comments_by_thread ON comments (thread_id, id);
CREATE INDEX comments_by_article_status ON comments (article_id, status, id);
CREATE INDEX comments_by_author ON comments (author_id, created_at);
CREATE INDEX comments_by_status ON comments (status, id);
