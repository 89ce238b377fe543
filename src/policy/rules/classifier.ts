/**
 * The local classifier, as the last rule: it reads what the other rules let
 * through and holds it for a moderator when its score is high. It never
 * refuses on its own — a statistical guess is a reason for a person to look,
 * not a verdict — and it runs on this machine, so no comment leaves the site.
 */
import { loadModel, score, type Model } from '../classifier/model.js';
import type { Rule } from '../types.js';

let model: Model | undefined;
/** Loaded on first use (a few milliseconds), then kept. */
export function classifierModel(): Model {
  model ??= loadModel();
  return model;
}

export const classifier: Rule = (submission, context) => {
  const m = classifierModel();
  const p = score(m, submission.normalized.text);
  if (p < m.thresholds[context.settings.classifierLevel]) return undefined;
  return {
    decision: 'hold',
    reasons: [
      {
        rule: 'classifier',
        clause: 'inappropriate',
        start: 0,
        end: submission.text.length,
        message:
          'Parts of this comment resemble language the discussion policy does not allow; a moderator will read it before it appears.',
      },
    ],
  };
};
