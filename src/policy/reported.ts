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
 *   told the player", "…, Lukashenko said", "…, said the postman"), or hears
 *   them said ("…, the court heard"). The
 *   commenter ("…, I said"), "my friend", "everyone", "people" and "they" are
 *   not third persons here,
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
  'said|says|told|tells|joked|jokes|wrote|writes|shouted|shouts|yelled|yells|screamed|screams|replied|replies|added|adds|insisted|insists|claimed|claims|warned|warns|asked|asks|tweeted|posted|muttered|snapped|barked|declared|declares|advised|advises|suggested|suggests|argued|argues|say|warn|claim|argue|insist|ruled|rules|concluded|testified|stated|alleged|alleges|reported|heard';
/**
 * Who is not a third person: the commenter, their circle, everyone and no one, a vague crowd ("…, many say"); nor
 * what ("nothing he says"); nor a tag that is an act, after a modal ("…, imma tell you", "…, they should say"); nor
 * their contractions ("…, you've posted the same nonsense ten times").
 */
const NOT_A_SPEAKER =
  'i|we|my|our|you|u|your|no|everyone|everybody|people|someone|somebody|anyone|anybody|they|nobody|all|whole|entire|who|whom|whose|that|which|nothing|everything|anything|something|what|whatever|many|some|others|most|few|lots|plenty|millions|thousands|imma|ima|gonna|wanna|gotta|will|would|can|could|should|must|might|shall|to|do|does|did|dont|didnt|cant|wont';
/**
 * A tag after the words, in their sentence: ", the coach told the player", ", he said", or after a closing quotation
 * mark ("'… you idiot!' she shouted"). One to three words name the speaker ("the coach"), none of them the commenter's
 * ("my friend"), everyone's ("the whole thread") or a relative pronoun ("the man who said"); not a verb that says
 * what, not who: "Hey idiot, the article says the opposite", "…, it says that …".
 */
const TAG_AFTER = new RegExp(
  // (a closing quotation mark, not an apostrophe inside a word: "…, you've posted")
  `^[^.!?\\n]{0,80}?(?:,\\s*|[,.!?…]*\\s*["'”’»](?![a-z])\\s*,?\\s*)` +
    `(?!(?:as|like|so|just|and|but|or|because|if|when|while|since)\\s)` +
    // (a year may name the speaker too: ", the 1944 tribunal ruled")
    `(?:(?:(?!(?:${NOT_A_SPEAKER})(?:['’][a-z]+)?(?![a-z'’-]))(?:[a-z][a-z'’-]*|\\d{4})\\s+){1,3}?` +
    `(?:${SAYING})(?![a-z])(?!\\s+(?:nothing|no|none|the\\s+opposite|otherwise|that)(?![a-z]))` +
    // (or the verb first: ", said the postman", ", says Ivanov")
    `|(?:said|says|asked|replied|added|wrote|warned|insisted)\\s+(?:the\\s+|a\\s+|an\\s+|his\\s+|her\\s+|their\\s+)?(?!(?:${NOT_A_SPEAKER}|so|none)(?![a-z'’-]))[a-z][a-z'’-]*)`,
  'i',
);
/** A verb of saying anywhere in the stretch: most insults have none after them, and TAG_AFTER is not tried. */
const SAYING_WORD = new RegExp(`(?<![a-z])(?:${SAYING})(?![a-z])`, 'i');

/**
 * The quotation mark that opens the quote around `start`–`end`, at most `reach` characters back in the sentence, and
 * its closing mark, less than `within` characters after `end`; undefined when no such quote encloses the span.
 */
function enclosingQuote(
  text: string,
  start: number,
  end: number,
  reach: number,
  within: number,
): { open: number; closing: number } | undefined {
  for (let i = start - 1; i >= 0 && start - i < reach; i--) {
    const c = text[i]!;
    if (c === '.' || c === '!' || c === '?' || c === '\n') return undefined;
    const close = CLOSING_QUOTE[c];
    // An apostrophe after a letter ("don't", "Putin's") opens nothing.
    if (!close || (c === "'" && LETTER_OR_DIGIT.test(text[i - 1] ?? ''))) continue;
    const closing = text.indexOf(close, end);
    return closing >= 0 && closing - end < within ? { open: i, closing } : undefined;
  }
  return undefined;
}

/** Whether the quoted words around `start`–`end` follow a verb of saying. */
function quotedAfterSaying(text: string, start: number, end: number): boolean {
  const quote = enclosingQuote(text, start, end, 200, 200);
  return quote !== undefined && REPORTED_BY.test(text.slice(Math.max(0, quote.open - 60), quote.open));
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

/** "the word …", "terms like '…'": a word mentioned rather than used. */
export const THE_WORD_BEFORE =
  /(?:^|[^a-z])(?:the|this|that|a)\s+(?:word|term|slur|expression)s?\s*(?:like\s+)?["'“‘]?$|(?:^|[^a-z])(?:words|terms|slurs)\s+like\s+["'“‘]?$/i;
/** What condemns a word's use, in its sentence: "it's offensive to use …", "stop saying …", "… is a slur". */
const USE_CONDEMNED =
  /(?<![a-z])(?:offensive|hurtful|derogatory|demeaning|insulting|outdated|unacceptable|inappropriate|a slur|(?:stop|quit) (?:using|saying)|(?:don['’]?t|do not|never|shouldn['’]?t|should not|must not) (?:use|say))(?![a-z])/i;

/**
 * Whether the word at `start`–`end` of the original is mentioned ("the word …") in a sentence that condemns its use:
 * "It's highly offensive to use the word retarded", "Stop using the term …". The word is talked about, not called
 * anyone; the same word used again ("…, you retard") is read on its own.
 */
export function mentionCondemned(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 160), start);
  if (!THE_WORD_BEFORE.test(before.slice(-30))) return false;
  let from = before.length;
  while (from > 0 && !'.!?\n'.includes(before[from - 1]!)) from--;
  return USE_CONDEMNED.test(before.slice(from) + restOfSentence(text, end));
}

/**
 * A noun that a quoted phrase before it names: a "dude you are fat" diet, the "lock her up" chant, a "you're fired"
 * moment. The phrase is the thing's name, not said to anyone.
 */
const NAMING_NOUN =
  /^\s+(?:diet|campaign|slogan|chant|song|sign|shirt|t-shirt|sticker|meme|challenge|trend|moment|button|hashtag|filter|sketch|skit|mug|catchphrase)(?![a-z])/i;

/** Whether the quoted words around `start`–`end` are a phrase that names the noun after the closing mark. */
function quotedAsAName(text: string, start: number, end: number): boolean {
  const quote = enclosingQuote(text, start, end, 100, 80);
  // (a phrase of words, not one quoted insult: "you 'idiot' sign holder" is the commenter's own)
  return (
    quote !== undefined &&
    /\s/.test(text.slice(quote.open + 1, quote.closing).trim()) &&
    NAMING_NOUN.test(text.slice(quote.closing + 1, quote.closing + 30))
  );
}

/**
 * Whether a span of the original text is words the commenter reports someone else said, or a quoted phrase that names
 * a thing.
 */
export function reported(text: string, start: number, end: number): boolean {
  if (quotedAfterSaying(text, start, end) || quotedAsAName(text, start, end)) return true;
  const after = restOfSentence(text, end);
  return after.length > 4 && SAYING_WORD.test(after) && TAG_AFTER.test(after);
}

/**
 * For the hate rule: a third person named as the one who says it, before it at the opening of its sentence ("The
 * councillor said disabled people are a burden", "Yesterday a Tatar MP claimed that …") or after it ("…, according to
 * the leaflet"). Such a retelling is held for a moderator rather than refused. Not read by the attacks rule, whose
 * words are aimed at someone here: "The coach said you are an idiot" stays the commenter's own.
 */
const SAID_BEFORE = new RegExp(
  // (verbs that are no nouns: not "The claim that …")
  `(?:^|[.!?\\n]\\s*)(?:(?!(?:${NOT_A_SPEAKER})(?![a-z'’-]))[a-z][a-z'’-]*\\s+){1,4}?(?:said|says|told|tells|wrote|writes|tweeted|posted|declared|declares|stated|insisted|insists|claimed|argued|argues|warned|shouted|yelled|testified|alleged|suggested|added)\\s+(?:that\\s+)?$`,
  'i',
);
const ACCORDING_TO_AFTER = new RegExp(
  `^[^.!?\\n]{0,40}?,\\s*according\\s+to\\s+(?!(?:${NOT_A_SPEAKER}|me|us|them)(?![a-z'’-]))[a-z]`,
  'i',
);
export function attributedToAnother(text: string, start: number, end: number): boolean {
  return (
    SAID_BEFORE.test(text.slice(Math.max(0, start - 80), start)) || ACCORDING_TO_AFTER.test(text.slice(end, end + 120))
  );
}

/**
 * Counter-speech: a claim about a group that the commenter names in order to
 * call it false ("the old myth that Jews control the banks", "'Muslims are
 * terrorists' is a racist lie", "…, the old myth goes"). A news discussion of
 * prejudice has to be able to quote it; refusing the rebuttal with the slander
 * helps no one. Read as narrowly as reported speech:
 * - a frame that already calls it false, just before: "the (old, racist …)
 *   myth / lie / trope / canard / stereotype that …", "it is a lie that …";
 * - a neutral frame or quotation marks, with a verdict just after: "the claim
 *   that … is nonsense", "'…' is a racist lie", "… has been debunked"; or no
 *   frame, the claim the sentence's subject: "X are Y by nature is a lie";
 * - a tag after it: "…, the old myth goes" (not "as the saying goes");
 * - asked back, and damned in the next sentence: "Every Muslim is a terrorist? That's the bigotry this article
 *   exposes" (not "…? That's the truth").
 * Either way, not when the commenter goes on to say it holds ("the myth that …?
 * It's no myth").
 */
const FALSE_THING =
  '(?:myths?|lies?|tropes?|canards?|stereotypes?|smears?|slanders?|falsehoods?|libels?|conspiracy\\s+theor(?:y|ies)|propaganda|nonsense|fiction|fantasy|fairy\\s+tales?)';
/** A judgement of a claim: these call it false or bigoted ("the racist claim that …"). */
const DAMNING =
  '(?:racist|antisemitic|anti-semitic|bigoted|absurd|ridiculous|debunked|hateful|xenophobic|homophobic|transphobic|sexist|misogynist(?:ic)?|islamophobic|nazi|discredited|pernicious|poisonous|false|baseless|ugly|vile)';
/** Any words a claim is described with: the damning ones, and "old", "familiar", "usual". */
const QUALITY = `(?:(?:${DAMNING}|old|tired|dangerous|familiar|classic|usual|same|ancient|age-old|centuries-old|lazy)(?:,?\\s+|\\s+and\\s+))*`;
const CLAIM =
  '(?:idea|claim|notion|belief|assumption|narrative|suggestion|argument|theory|view|talk|rhetoric|assertion)';
const NEGATING_FRAME_BEFORE = new RegExp(
  `(?:(?:the|this|that|an?|same|old)\\s+(?:${QUALITY}${FALSE_THING}|${QUALITY}${DAMNING}\\s+${CLAIM})\\s+(?:that|about\\s+how|of\\s+how)|(?:it\\s*(?:['’]s|\\s+is|\\s+was)|that\\s*(?:['’]s|\\s+is))\\s+(?:an?\\s+)?${QUALITY}(?:${FALSE_THING}|${DAMNING}|untrue|not\\s+true|wrong)\\s+(?:to\\s+(?:say|claim|think|believe|pretend|suggest)\\s+)?that|(?:nobody|no\\s+one)\\s+(?:seriously\\s+)?(?:believes|thinks)\\s+that|(?:stop|quit)\\s+(?:spreading|repeating|pushing)\\s+(?:the\\s+)?${QUALITY}${FALSE_THING}\\s+that)\\s*["'“‘«]?\\s*$`,
  'i',
);
const NEUTRAL_FRAME_BEFORE = new RegExp(
  `(?:the|this|that|any|an?)\\s+${QUALITY}${CLAIM}\\s+that\\s*["'“‘«]?\\s*$`,
  'i',
);
const OPENING_QUOTE_BEFORE = /["“‘«]\s*$|(?<![\p{L}\p{N}])'\s*$/u;
const VERDICT_AFTER = new RegExp(
  `^(?:\\s+(?!(?:and|or|but|while|because|so|yet|which|who|that|anything|everything|the|rest|else)\\s)[a-z]+){0,3}\\s*["'”’»]?\\s*,?\\s*(?:is|are|was|were|remains?|has\\s+been|have\\s+been)\\s+(?:(?:just|simply|still|nothing\\s+but|nothing\\s+more\\s+than|pure|complete|utter|total|long|thoroughly|an?)\\s+)*${QUALITY}(?:${FALSE_THING}|false|untrue|wrong|baseless|bigotry|racism|racist|antisemitic|anti-semitic|hate\\s+speech|garbage|rubbish|debunked|disproven|discredited)(?![\\p{L}\\p{N}])`,
  'iu',
);
const MYTH_TAG_AFTER = new RegExp(
  `^\\s*["'”’»]?\\s*,\\s*(?:as\\s+)?the\\s+${QUALITY}${FALSE_THING}\\s+goes(?![a-z])`,
  'i',
);
const SENTENCE_START = /(?:^|[.!?…]\s*)(?:the\s+)?$/i;
/** A claim asked back, then called false or bigoted: "…? That's a racist lie.", "…? This is pure bigotry." */
const ASKED_THEN_DAMNED = new RegExp(
  `^[^.!?\\n]{0,60}\\?\\s*(?:that|this|it)\\s*(?:['’]s|\\s+is)\\s+(?:(?:just|simply|pure|exactly|the|a|an)\\s+)*${QUALITY}(?:${FALSE_THING}|bigotry|racism|prejudice|hate\\s+speech|garbage|rubbish)(?![\\p{L}\\p{N}])`,
  'iu',
);
/** What, after a claim, says it holds after all. */
const UPHELD_AFTER =
  /(?<![\p{L}\p{N}])(?:it|that|this)\s*(?:['’]s|\s+is)\s+(?:(?:no|not\s+a)\s+(?:myth|lie|trope|stereotype)|(?:true|a\s+fact|the\s+truth|real|right|correct|accurate)(?![\p{L}\p{N}]))/iu;

/**
 * A claim denied of a whole group, read up to the claim's own quantifier: "Not all Muslims are terrorists", "Not every
 * immigrant is a criminal".
 */
const NOT_ALL_BEFORE =
  /(?<![\p{L}\p{N}])not\s+(?:all|every|each)(?:\s+(?:single|(?:of\s+)?(?:the|these|those|our)))?\s+$/iu;
const QUANTIFIER_OPENING = /^(?:(?:all|every|each)(?:\s+(?:single|(?:of\s+)?(?:the|these|those|our)))?\s+)?/i;

/** Whether a claim at `start`–`end` of the original is named only to be called false. */
export function refuted(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 80), start);
  const after = text.slice(end, end + 160);
  if (UPHELD_AFTER.test(after)) return false;
  if (NEGATING_FRAME_BEFORE.test(before) || MYTH_TAG_AFTER.test(after)) return true;
  if (SENTENCE_START.test(before) && ASKED_THEN_DAMNED.test(after)) return true;
  if (NOT_ALL_BEFORE.test(before + QUANTIFIER_OPENING.exec(text.slice(start, end))![0])) return true;
  const verdict = VERDICT_AFTER.exec(after);
  if (!verdict) return false;
  if (NEUTRAL_FRAME_BEFORE.test(before) || OPENING_QUOTE_BEFORE.test(before)) return true;
  // Unframed, the claim is the subject of its verdict: it opens the sentence, and nothing but words lies between
  // ("Black men are violent by nature is a racist lie").
  return SENTENCE_START.test(before) && !/[,;:]/.test(verdict[0]);
}
