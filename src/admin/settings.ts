/**
 * The admin's policy settings page: every publisher setting and both word
 * lists in one form, validated as a whole, applied at once, logged; and a dry
 * run that shows which recent comments the proposed change would decide
 * differently, before anything is saved.
 */
import type { RequestHandler } from 'express';
import type { CommentPolicy } from '../comments/policy.js';
import type { Comment, CommentRepository } from '../comments/repository.js';
import type { Db } from '../db/database.js';
import { ValidationError } from '../http/errors.js';
import { textField } from '../http/forms.js';
import type { ModerationLog } from '../moderation/repository.js';
import { classifierModel } from '../policy/rules/classifier.js';
import { CLASSIFIER_LEVELS, type Decision } from '../policy/types.js';
import { settingsSchema, type PublisherSettings, type SettingsRepository } from '../settings/repository.js';
import type { WordListRepository } from '../settings/word-lists.js';

/** The form's numeric fields, by setting. */
const NUMBERS: [keyof PublisherSettings, string][] = [
  ['linkLimit', 'link_limit'],
  ['holdFirstComments', 'hold_first_comments'],
  ['reportThreshold', 'report_threshold'],
  ['editWindowMinutes', 'edit_window_minutes'],
  ['autoCloseDays', 'auto_close_days'],
  ['threadsPerPage', 'threads_per_page'],
  ['floodIntervalSeconds', 'flood_interval_seconds'],
  ['commentsPerWindow', 'comments_per_window'],
  ['commentWindowMinutes', 'comment_window_minutes'],
  ['escalationRejections', 'escalation_rejections'],
  ['escalationDays', 'escalation_days'],
];
const MAX_WORDS = 2000;
const DRY_RUN_COMMENTS = 300;

export interface SettingsForm {
  settings: PublisherSettings;
  banned: string[];
  suspect: string[];
}

/** One entry a line; blank lines dropped; the same entry twice (in any case) kept once. */
function lines(text: string): string[] {
  const seen = new Set<string>();
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !seen.has(l.toLowerCase()) && seen.add(l.toLowerCase()));
}

/** Reads and validates the whole form; a ValidationError names every bad field. */
export function parseSettingsForm(body: unknown, current: PublisherSettings): SettingsForm {
  const errors: Record<string, string> = {};
  const candidate: Record<string, unknown> = { ...current, holdAll: textField(body, 'hold_all') === 'on' };
  for (const [key, field] of NUMBERS) {
    const raw = textField(body, field).trim();
    if (!/^\d{1,6}$/.test(raw)) errors[field] = 'Enter a whole number.';
    else candidate[key] = Number(raw);
  }
  // A form without the field (an older page) keeps the current level.
  const level = textField(body, 'classifier_level') || current.classifierLevel;
  if ((CLASSIFIER_LEVELS as readonly string[]).includes(level)) candidate.classifierLevel = level;
  else errors.classifier_level = `Choose one of: ${CLASSIFIER_LEVELS.join(', ')}.`;
  candidate.blockedDomains = lines(textField(body, 'blocked_domains').toLowerCase());
  const parsed = settingsSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0]);
      const field = key === 'blockedDomains' ? 'blocked_domains' : (NUMBERS.find(([k]) => k === key)?.[1] ?? key);
      errors[field] ??=
        key === 'blockedDomains'
          ? 'Each line must be a domain name, like spam.example.'
          : issue.message.replace(/^Too (big|small): expected number to be /, 'Must be ');
    }
  }
  const banned = lines(textField(body, 'banned_words'));
  const suspect = lines(textField(body, 'suspect_words'));
  for (const [field, list] of [
    ['banned_words', banned],
    ['suspect_words', suspect],
  ] as const) {
    if (list.length > MAX_WORDS) errors[field] = `At most ${MAX_WORDS} entries.`;
    else if (list.some((w) => w.length > 100)) errors[field] = 'Each entry must be at most 100 characters.';
  }
  if (Object.keys(errors).length) throw new ValidationError(errors);
  return { settings: parsed.data as PublisherSettings, banned, suspect };
}

export function settingsRoutes(deps: {
  db: Db;
  settings: SettingsRepository;
  wordLists: WordListRepository;
  policy: CommentPolicy;
  comments: CommentRepository;
  log: ModerationLog;
  clock: () => Date;
}) {
  const current = (): SettingsForm => ({
    settings: deps.settings.publisherSettings(),
    banned: deps.wordLists.words('banned'),
    suspect: deps.wordLists.words('suspect'),
  });

  const render = (
    res: Parameters<RequestHandler>[1],
    status: number,
    form: SettingsForm,
    extra: Record<string, unknown> = {},
  ) =>
    res.status(status).render('admin/settings', {
      title: 'Policy settings',
      form,
      levels: classifierModel().levels,
      errors: {},
      dryRun: undefined,
      ...extra,
    });

  const show: RequestHandler = (_req, res) => render(res, 200, current());

  /** What the proposal would decide differently among recent comments. */
  const dryRun = (proposed: SettingsForm) => {
    const check = deps.policy.checkerWith(proposed);
    const changes: { comment: Comment; before: Decision; after: Decision }[] = [];
    const recent = deps.comments.recent(DRY_RUN_COMMENTS);
    for (const comment of recent) {
      const before = deps.policy.check(comment.body).decision;
      const after = check(comment.body).decision;
      if (before !== after) changes.push({ comment, before, after });
    }
    return { examined: recent.length, changes };
  };

  const save: RequestHandler = (req, res) => {
    const before = current();
    let proposed: SettingsForm;
    try {
      proposed = parseSettingsForm(req.body, before.settings);
    } catch (err) {
      if (!(err instanceof ValidationError)) throw err;
      // Show what was typed, with each problem next to its field.
      const typed = {
        settings: before.settings,
        banned: lines(textField(req.body, 'banned_words')),
        suspect: lines(textField(req.body, 'suspect_words')),
      };
      render(res, 422, typed, { errors: err.fields, formError: err.message, typedBody: req.body });
      return;
    }
    if (textField(req.body, 'action') === 'preview') {
      render(res, 200, proposed, { dryRun: dryRun(proposed) });
      return;
    }
    const now = deps.clock();
    const changed = Object.keys(proposed.settings).filter(
      (k) =>
        JSON.stringify(proposed.settings[k as keyof PublisherSettings]) !==
        JSON.stringify(before.settings[k as keyof PublisherSettings]),
    );
    deps.db.transaction(() => {
      deps.settings.savePublisherSettings(proposed.settings, now);
      deps.wordLists.replace('banned', proposed.banned, now);
      deps.wordLists.replace('suspect', proposed.suspect, now);
      deps.log.add(
        {
          actorId: req.user!.id,
          action: 'settings',
          details: {
            changed: Object.fromEntries(
              changed.map((k) => [
                k,
                {
                  from: before.settings[k as keyof PublisherSettings],
                  to: proposed.settings[k as keyof PublisherSettings],
                },
              ]),
            ),
            banned: {
              added: proposed.banned.filter((w) => !before.banned.includes(w)),
              removed: before.banned.filter((w) => !proposed.banned.includes(w)),
            },
            suspect: {
              added: proposed.suspect.filter((w) => !before.suspect.includes(w)),
              removed: before.suspect.filter((w) => !proposed.suspect.includes(w)),
            },
          },
        },
        now,
      );
    })();
    deps.policy.invalidate();
    req.session.flash = 'Settings saved; they apply from now on.';
    res.redirect(303, '/admin/settings');
  };

  return { show, save };
}
