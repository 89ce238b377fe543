import type { Db } from '../db/database.js';
import type { ArticleSource } from './content.js';

export interface Article {
  id: number;
  slug: string;
  title: string;
  dateline: string | null;
  publisher: string;
  publishedAt: string;
  summary: string;
  bodyHtml: string;
  related: { title: string; url: string }[];
  commentsOpen: boolean;
  updatedAt: string;
}

interface ArticleRow {
  id: number;
  slug: string;
  title: string;
  dateline: string | null;
  publisher: string;
  published_at: string;
  summary: string;
  body_html: string;
  related: string;
  comments_open: number;
  updated_at: string;
}

const COLUMNS =
  'id, slug, title, dateline, publisher, published_at, summary, body_html, related, comments_open, updated_at';

function toArticle(row: ArticleRow): Article {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    dateline: row.dateline,
    publisher: row.publisher,
    publishedAt: row.published_at,
    summary: row.summary,
    bodyHtml: row.body_html,
    related: JSON.parse(row.related) as Article['related'],
    commentsOpen: row.comments_open === 1,
    updatedAt: row.updated_at,
  };
}

/** All SQL on the `articles` table. */
export class ArticleRepository {
  private readonly bySlug;
  private readonly byId;
  private readonly newestFirst;
  private readonly upsertStatement;

  constructor(private readonly db: Db) {
    this.bySlug = db.prepare<[string], ArticleRow>(`SELECT ${COLUMNS} FROM articles WHERE slug = ?`);
    this.byId = db.prepare<[number], ArticleRow>(`SELECT ${COLUMNS} FROM articles WHERE id = ?`);
    this.newestFirst = db.prepare<[number, number], ArticleRow>(
      `SELECT ${COLUMNS} FROM articles ORDER BY published_at DESC, id DESC LIMIT ? OFFSET ?`,
    );
    // Only a file whose hash changed rewrites its row, so importing is idempotent
    // and `updated_at` means "the publisher changed it".
    this.upsertStatement = db.prepare(`
      INSERT INTO articles (slug, title, dateline, publisher, published_at, summary, body_html, related,
                            comments_open, source_file, source_hash, imported_at, updated_at)
      VALUES (@slug, @title, @dateline, @publisher, @publishedAt, @summary, @bodyHtml, @related,
              @commentsOpen, @sourceFile, @sourceHash, @now, @now)
      ON CONFLICT (slug) DO UPDATE SET
        title = excluded.title, dateline = excluded.dateline, publisher = excluded.publisher,
        published_at = excluded.published_at, summary = excluded.summary, body_html = excluded.body_html,
        related = excluded.related, comments_open = excluded.comments_open,
        source_file = excluded.source_file, source_hash = excluded.source_hash,
        imported_at = excluded.imported_at, updated_at = excluded.updated_at
      WHERE articles.source_hash <> excluded.source_hash`);
  }

  findBySlug(slug: string): Article | undefined {
    const row = this.bySlug.get(slug);
    return row && toArticle(row);
  }

  findById(id: number): Article | undefined {
    const row = this.byId.get(id);
    return row && toArticle(row);
  }

  listNewestFirst(limit: number, offset = 0): Article[] {
    return this.newestFirst.all(limit, offset).map(toArticle);
  }

  /** Inserts or updates the articles from their files in one transaction; returns how many rows changed. */
  importAll(sources: ArticleSource[], now: Date): number {
    return this.db.transaction(() => {
      let changed = 0;
      for (const source of sources) {
        changed += this.upsertStatement.run({
          ...source,
          related: JSON.stringify(source.related),
          commentsOpen: source.commentsOpen ? 1 : 0,
          now: now.toISOString(),
        }).changes;
      }
      return changed;
    })();
  }
}
