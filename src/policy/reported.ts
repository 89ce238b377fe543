/**
 * Reported speech: words the commenter quotes or attributes to someone else
 * ("He said 'you idiot' to the driver", "Stop crying like a baby, the coach
 * told the player", "'I will kill you,' the attacker shouted, witnesses said").
 * A news site's readers retell what was said in the news; an insult or a
 * threat they report is news about one, not theirs. The attacks rule publishes
 * it; the hate rule holds it for a moderator instead of refusing it.
 *
 * Attribution is read narrowly, to keep an insult from hiding behind it:
 * - quoted words count only after a verb of saying ("he said '…'"): a quoted
 *   insult alone ("you 'expert'") is the commenter's own;
 * - a tag after the words names a third person who says them ("…, the coach
 *   told the player", "…, Lukashenko said"). The commenter ("…, I said"),
 *   "my friend", "everyone", "people" and "they" are not third persons here,
 *   nor is a clause the commenter goes on with ("…, as the author said", "…,
 *   the man who said …", "…, the editor said nothing").
 */
import { LETTER_OR_DIGIT } from './match.js';

/** The quotation marks a reported remark opens with, and the one that closes it. */
const CLOSING_QUOTE: Record<string, string> = { '"': '"', "'": "'", '“': '”', '‘': '’', '«': '»', '„': '“' };

/** A verb that reports speech, shortly before the opening quotation mark: "he said '…'", "she called him '…'". */
const REPORTED_BY =
  /(?<![a-z])(?:said|says|say|called|calls|wrote|writes|shouted|yelled|screamed|told|tweeted|posted|replied|muttered|labell?ed|branded|dubbed)(?![a-z])[^.!?]{0,40}$/i;

const SAYING =
  'said|says|told|tells|joked|jokes|wrote|writes|shouted|shouts|yelled|yells|screamed|screams|replied|replies|added|adds|insisted|insists|claimed|claims|warned|warns|asked|asks|tweeted|posted|muttered|snapped|barked|declared|declares';
/** Who is not a third person: the commenter, their circle, everyone and no one. */
const NOT_A_SPEAKER =
  'i|we|my|our|you|u|your|no|everyone|everybody|people|someone|somebody|anyone|anybody|they|nobody|all|whole|entire|who|whom|whose|that|which';
/**
 * A tag after the words, in their sentence: ", the coach told the player", ", he said", or after a closing quotation
 * mark ("'… you idiot!' she shouted"). One to three words name the speaker ("the coach"), none of them the commenter's
 * ("my friend"), everyone's ("the whole thread") or a relative pronoun ("the man who said").
 */
const TAG_AFTER = new RegExp(
  `^[^.!?\\n]{0,80}?(?:,\\s*|[,.!?…]*\\s*["'”’»]\\s*,?\\s*)` +
    `(?!(?:as|like|so|just|and|but|or|because|if|when|while|since)\\s)` +
    `(?:(?!(?:${NOT_A_SPEAKER})(?![a-z'’-]))[a-z][a-z'’-]*\\s+){1,3}?` +
    `(?:${SAYING})(?![a-z])(?!\\s+(?:nothing|no|none)(?![a-z]))`,
  'i',
);
/** A verb of saying anywhere in the stretch: most insults have none after them, and TAG_AFTER is not tried. */
const SAYING_WORD = new RegExp(`(?<![a-z])(?:${SAYING})(?![a-z])`, 'i');

/** Whether the quoted words around `start`–`end` follow a verb of saying. */
function quotedAfterSaying(text: string, start: number, end: number): boolean {
  for (let i = start - 1; i >= 0 && start - i < 200; i--) {
    const c = text[i]!;
    if (c === '.' || c === '!' || c === '?' || c === '\n') return false;
    const close = CLOSING_QUOTE[c];
    // An apostrophe after a letter ("don't", "Putin's") opens nothing.
    if (!close || (c === "'" && LETTER_OR_DIGIT.test(text[i - 1] ?? ''))) continue;
    const closing = text.indexOf(close, end);
    return closing >= 0 && closing - end < 200 && REPORTED_BY.test(text.slice(Math.max(0, i - 60), i));
  }
  return false;
}

const QUOTES = new Set(['"', "'", '”', '’', '»']);
/**
 * The rest of the sentence after `end` (at most 160 characters): up to a full stop, "!" or "?" that no closing
 * quotation mark follows ("'You idiot!' she shouted" goes on after the mark).
 */
function restOfSentence(text: string, end: number): string {
  const limit = Math.min(text.length, end + 160);
  let i = end;
  for (; i < limit; i++) {
    const c = text[i]!;
    if (c === '\n') break;
    if (c === '.' || c === '!' || c === '?') {
      let j = i + 1;
      while (j < limit && (text[j] === '.' || text[j] === '!' || text[j] === '?')) j++;
      if (!QUOTES.has(text[j] ?? '')) break;
      i = j;
    }
  }
  return text.slice(end, i);
}

/** Whether a span of the original text is words the commenter reports someone else said. */
export function reported(text: string, start: number, end: number): boolean {
  if (quotedAfterSaying(text, start, end)) return true;
  const after = restOfSentence(text, end);
  return after.length > 4 && SAYING_WORD.test(after) && TAG_AFTER.test(after);
}
