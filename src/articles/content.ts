/**
 * Articles are files: `content/<slug>.md`, Markdown with YAML front matter. At
 * start-up every file is parsed, rendered once, and upserted into the
 * `articles` table, so a publisher adds or corrects an article by adding or
 * editing a file and restarting. Files whose name starts with `_` are site
 * texts (the discussion policy), not articles.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import MarkdownIt from 'markdown-it';
import { z } from 'zod';

/**
 * Article bodies come from the publisher, but raw HTML in them is still off: a
 * pasted snippet could otherwise carry a script past the CSP's intent, and
 * nothing in a news story needs it. Typographer is off so the text stays exactly
 * as written (the seed article's quotes are already typographic).
 */
const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false });

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const frontMatterSchema = z.object({
  title: z.string().trim().min(1),
  slug: z.string().regex(SLUG, 'must be lower-case words joined by hyphens'),
  dateline: z.string().trim().min(1).optional(),
  publisher: z.string().trim().min(1),
  date: z.coerce.date().refine((d) => !Number.isNaN(d.getTime()), 'must be a date'),
  related: z
    .array(
      z.object({
        title: z.string().trim().min(1),
        url: z
          .string()
          .trim()
          .regex(/^(https?:\/\/|\/)/, 'must be an http(s) URL or a local path'),
      }),
    )
    .default([]),
  comments: z.enum(['open', 'closed']).default('open'),
});

export interface ArticleSource {
  slug: string;
  title: string;
  dateline: string | null;
  publisher: string;
  publishedAt: string;
  summary: string;
  bodyHtml: string;
  related: { title: string; url: string }[];
  commentsOpen: boolean;
  sourceFile: string;
  sourceHash: string;
}

export class ContentError extends Error {
  constructor(file: string, problem: string) {
    super(`${file}: ${problem}`);
    this.name = 'ContentError';
  }
}

/** Parses one article file's text. Throws a ContentError naming the file and the problem. */
export function parseArticle(fileName: string, text: string): ArticleSource {
  let parsed: matter.GrayMatterFile<string>;
  try {
    // Passing options turns off gray-matter's cache, which would keep every version of every file alive.
    parsed = matter(text, { excerpt: false });
  } catch (err) {
    throw new ContentError(fileName, `front matter is not valid YAML: ${(err as Error).message}`);
  }
  const front = frontMatterSchema.safeParse(parsed.data);
  if (!front.success) {
    throw new ContentError(
      fileName,
      front.error.issues
        .map((i) => {
          const missing = i.code === 'invalid_type' && /received undefined/.test(i.message);
          return `${i.path.join('.') || 'front matter'} ${missing ? 'is required' : i.message}`;
        })
        .join('; '),
    );
  }
  const meta = front.data;
  if (path.basename(fileName, '.md') !== meta.slug) {
    throw new ContentError(fileName, `slug "${meta.slug}" must match the file name`);
  }
  const body = parsed.content.trim();
  if (!body) throw new ContentError(fileName, 'the article has no body');
  return {
    slug: meta.slug,
    title: meta.title,
    dateline: meta.dateline ?? null,
    publisher: meta.publisher,
    publishedAt: meta.date.toISOString(),
    summary: firstParagraphText(body),
    bodyHtml: renderBody(body, meta.dateline),
    related: meta.related,
    commentsOpen: meta.comments === 'open',
    sourceFile: fileName,
    sourceHash: crypto.createHash('sha256').update(text).digest('hex'),
  };
}

/**
 * Renders the Markdown body; the dateline opens the first paragraph, as in
 * print ("MOSCWO (RIA Novosti)–The post-Soviet …"), marked up so it can be styled.
 */
function renderBody(body: string, dateline: string | undefined): string {
  const state = new markdown.core.State(body, markdown, {});
  markdown.core.process(state);
  const tokens = state.tokens;
  if (dateline) {
    const first = tokens.findIndex((t) => t.type === 'paragraph_open');
    const inline = first >= 0 ? tokens[first + 1] : undefined;
    if (inline?.type === 'inline' && inline.children) {
      const token = new state.Token('html_inline', '', 0);
      // Built from escaped text: the renderer outputs html_inline tokens as they are.
      token.content = `<span class="dateline">${markdown.utils.escapeHtml(dateline)}</span>–`;
      inline.children.unshift(token);
    }
  }
  return markdown.renderer.render(tokens, markdown.options, state.env);
}

function firstParagraphText(body: string): string {
  const first = body.split(/\n\s*\n/)[0] ?? '';
  return first.replace(/\s+/g, ' ').trim();
}

export interface SiteTexts {
  /** The publisher's discussion policy, printed under every article. */
  discussionPolicyHtml: string;
}

export function loadSiteTexts(contentDir: string): SiteTexts {
  const file = path.join(contentDir, '_discussion-policy.md');
  const text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  return { discussionPolicyHtml: markdown.render(text) };
}

export interface ContentFileResult {
  articles: ArticleSource[];
  errors: ContentError[];
}

/**
 * Reads every article file of the folder. A broken file is reported, not fatal:
 * one publisher's typo must not take every other article offline.
 */
export function readArticleFiles(contentDir: string): ContentFileResult {
  const result: ContentFileResult = { articles: [], errors: [] };
  if (!fs.existsSync(contentDir)) return result;
  const files = fs
    .readdirSync(contentDir)
    .filter((f) => f.endsWith('.md') && !f.startsWith('_'))
    .sort();
  for (const file of files) {
    try {
      result.articles.push(parseArticle(file, fs.readFileSync(path.join(contentDir, file), 'utf8')));
    } catch (err) {
      result.errors.push(err instanceof ContentError ? err : new ContentError(file, (err as Error).message));
    }
  }
  return result;
}
