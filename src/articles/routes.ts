/**
 * Article pages. Handlers turn the request into repository calls and a view;
 * `load` puts the article on `res.locals` or answers 404 before the handlers
 * that need it run.
 */
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { PageCache } from '../http/page-cache.js';
import { NotFoundError } from '../http/errors.js';
import type { SiteTexts } from './content.js';
import type { Article, ArticleRepository } from './repository.js';

const ARTICLES_PER_PAGE = 20;

export interface ArticleLocals {
  article: Article;
}

/** Parses `?page=N`: a positive whole number, anything else is page 1. */
export function pageNumber(value: unknown): number {
  const n = typeof value === 'string' && /^\d{1,6}$/.test(value) ? Number(value) : 1;
  return n >= 1 ? n : 1;
}

/**
 * What the discussion under an article adds to its page (the comments
 * feature provides it): given the request, the article, and the state of a
 * comment form being re-shown after a refusal.
 */
export type Discussion<Form> = (req: Request, article: Article, form?: Form) => Record<string, unknown>;

export function articleRoutes<Form>(deps: {
  articles: ArticleRepository;
  site: SiteTexts;
  discussion: Discussion<Form>;
  /** Where pages rendered for anonymous readers are kept (see page-cache.ts). */
  pageCache?: PageCache;
}) {
  /** Renders, and keeps an anonymous reader's page in the cache. */
  const renderCached = (
    req: Request,
    res: Response,
    next: NextFunction,
    view: string,
    locals: Record<string, unknown>,
  ) => {
    res.render(view, locals, (err, html) => {
      if (err) return next(err);
      deps.pageCache?.store(req, res, html);
      res.send(html);
    });
  };

  const load: RequestHandler<{ slug: string }> = (req, res, next) => {
    const article = deps.articles.findBySlug(req.params.slug);
    if (!article) throw new NotFoundError('There is no article at this address.');
    res.locals.article = article;
    next();
  };

  const index: RequestHandler = (req, res, next) => {
    const page = pageNumber(req.query.page);
    // One row more than a page tells whether there is a next page without counting.
    const rows = deps.articles.listNewestFirst(ARTICLES_PER_PAGE + 1, (page - 1) * ARTICLES_PER_PAGE);
    if (page > 1 && rows.length === 0) throw new NotFoundError('There are no more articles.');
    renderCached(req, res, next, 'articles/index', {
      title: 'Latest articles',
      articles: rows.slice(0, ARTICLES_PER_PAGE),
      page,
      hasNext: rows.length > ARTICLES_PER_PAGE,
    });
  };

  /** The article page, with its discussion; `form` re-shows a refused comment with what was typed. */
  const render = (req: Request, res: Response, status: number, form?: Form) => {
    const { article } = res.locals as ArticleLocals;
    res.status(status).render('articles/show', {
      title: article.title,
      description: article.summary,
      article,
      discussionPolicyHtml: deps.site.discussionPolicyHtml,
      ...deps.discussion(req, article, form),
    });
  };

  const show: RequestHandler = (req, res, next) => {
    const { article } = res.locals as ArticleLocals;
    renderCached(req, res, next, 'articles/show', {
      title: article.title,
      description: article.summary,
      article,
      discussionPolicyHtml: deps.site.discussionPolicyHtml,
      ...deps.discussion(req, article),
    });
  };

  return { load, index, show, render };
}
