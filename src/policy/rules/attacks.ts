/**
 * Policy clause: personal attacks. An insult aimed at a person — another
 * commenter ("you", "@name", a reply), the author, a named person — as opposed
 * to criticism of an idea: "you are an idiot" is refused, "this argument is
 * idiotic" and "your argument is stupid" are not. Clear attacks are refused;
 * accusations ("liar", "hypocrite") and insults of a group or of someone we
 * cannot be sure is a person are held for a moderator.
 */
import { alternation, GROUPS, INSULT_ADJECTIVES, INSULT_NOUNS, INTENSIFIERS, MILD_INSULTS } from '../lexicon.js';
import { reasonsFor, triggerWords, words } from '../match.js';
import { originalIndex } from '../normalize.js';
import type { Reason, Rule, Submission } from '../types.js';

/** Insult nouns that can also describe an idea ("this plan is garbage"): not alone enough for an unsure target. */
// prettier-ignore
const ALSO_FOR_IDEAS = new Set([
  'trash', 'garbage', 'filth', 'rat', 'snake', 'pig', 'pigs', 'vermin', 'parasite', 'scum', 'clown', 'clowns',
  'fool', 'fools', 'creep', 'freak', 'joke', 'embarrassment', 'failure', 'disgrace', 'abomination', 'fraud', 'hack',
  'puppet', 'sheep',
]);

const NOUN = alternation(INSULT_NOUNS);
const INSULT = alternation([...INSULT_NOUNS, ...INSULT_ADJECTIVES]);
const PERSON_NOUN = alternation(INSULT_NOUNS.filter((w) => !ALSO_FOR_IDEAS.has(w)));
const INTENS = `(?:(?:${alternation(INTENSIFIERS)})\\s+){0,3}`;

/** "you are / you're / ur / u r / you must be …" */
const YOU_ARE = `(?:you\\s*['’]?\\s*re|youre|you\\s+are|you\\s+r|u\\s+r|u\\s+are|you\\s+were|you\\s+look|you\\s+sound|you\\s+seem|you\\s+must\\s+be|you\\s+really\\s+are|you\\s+act\\s+like|you\\s+are\\s+acting\\s+like)`;

// Trigger words: an insult pattern runs only when the text has an insult in it.
const INSULT_WORDS = triggerWords([...INSULT_NOUNS, ...INSULT_ADJECTIVES]);
const NOUN_WORDS = triggerWords(INSULT_NOUNS);
const YOU_WORDS = ['you', 'u', 'ya', 'youre', 'ur', 'your'];

const TO_YOU = [
  // "you are an idiot", "you're so stupid", "you must be a complete moron"
  words(`${YOU_ARE}\\s+${INTENS}(${INSULT})`, YOU_WORDS, INSULT_WORDS),
  // "your an idiot", "ur so dumb" (but not "your stupid argument")
  words(`(?:your|ur)\\s+(?:a|an|so|such)\\s+${INTENS}(${INSULT})`, ['your', 'ur'], INSULT_WORDS),
  // "you idiot", "you stupid moron", "you morons"
  words(`(?:you|u|ya)\\s+${INTENS}(${NOUN})`, YOU_WORDS, NOUN_WORDS),
  // "you people are idiots"
  words(
    `(?:you|u)\\s+(?:guys|people|lot|all|two|folks|lefties|righties|libs|liberals|conservatives)\\s+(?:are|r)\\s+${INTENS}(${INSULT})`,
    YOU_WORDS,
    INSULT_WORDS,
  ),
  // "what an idiot you are", "what a moron!", "idiots like you"
  words(`(?:what|such)\\s+an?\\s+${INTENS}(${NOUN})\\s+(?:you|u)\\s+are`, YOU_WORDS, NOUN_WORDS),
  words(`what\\s+an?\\s+${INTENS}(${PERSON_NOUN})(?=\\s*[.!?…]|\\s*$)`, ['what'], NOUN_WORDS),
  words(`(${NOUN})\\s+like\\s+(?:you|u|yourself)`, ['like'], NOUN_WORDS),
];

/** Dismissals aimed at the reader of the comment: rude, held for a moderator. */
const DISMISSAL = words(`(go\\s+to\\s+hell|get\\s+lost|screw\\s+you|grow\\s+a\\s+brain|nobody\\s+asked\\s+you)`, [
  'hell',
  'lost',
  'screw',
  'brain',
  'asked',
]);

/** "X is an idiot": X decides whether it is a person. */
const SAID_OF = words(
  `([@\\p{L}\\p{N}_'’]+)\\s+(?:is|was|['’]s|are|were|looks\\s+like|seems\\s+like)\\s+${INTENS}(${INSULT})(?:\\s+([a-z]+))?`,
  INSULT_WORDS,
);

/**
 * After "X is a stupid …", the noun says whether a person is meant: "Ling is a
 * stupid bisexual", "he is a horrible president" yes; "gun control is such a
 * horrible idea" no.
 */
const PERSON_OR_GROUP = new RegExp(
  `^(?:${alternation(GROUPS)}|person|people|human|humans|man|woman|guy|guys|girl|boy|kid|child|individual|being|leader|president|politician|politicians|journalist|writer|reporter|author|editor|nurse|programmer|doctor|teacher|lawyer|judge|senator|minister|diplomat|mother|father|parent|husband|wife|friend|neighbor|neighbour|citizen|member|officer|cop|soldier|worker|engineer|scientist|actor|actress|designer|machinist|secretary|fire|police|excuse|specimen|creature|loser|liar|old|middle)$`,
);

const PERSON_PRONOUNS = new Set(['he', 'she', 'hes', "he's", 'shes', "she's"]);
// prettier-ignore
const PERSON_WORDS = new Set([
  'author', 'writer', 'reporter', 'journalist', 'editor', 'columnist', 'commenter', 'poster', 'guy', 'man', 'woman',
  'dude', 'lady', 'person', 'moderator', 'mod', 'op', 'president', 'minister', 'ambassador', 'envoy', 'secretary',
  'leader', 'chief',
]);
/** Capitalised words that start sentences but are not names. */
// prettier-ignore
const NOT_NAMES = new Set([
  'this', 'that', 'it', 'there', 'here', 'what', 'which', 'who', 'everything', 'nothing', 'something', 'anything',
  'everyone', 'the', 'a', 'an', 'my', 'your', 'our', 'their', 'its', 'his', 'her', 'these', 'those', 'being', 'such',
  'life', 'war', 'politics', 'history', 'today', 'tomorrow', 'yesterday', 'which', 'where', 'why', 'how', 'when',
  'if', 'and', 'but', 'so', 'because', 'all', 'some', 'none', 'one', 'each', 'every', 'no', 'yes',
]);

type Target = 'person' | 'unsure' | 'none';

/** Who "X" in "X is …" is, from the word and its case in the original. */
function targetOf(submission: Submission, subject: string, subjectIndex: number): Target {
  const word = subject.replace(/['’]s$/, '');
  if (word.startsWith('@')) return 'person';
  if (PERSON_PRONOUNS.has(word)) return 'person';
  if (PERSON_WORDS.has(word)) return 'person';
  if (word === 'they' || word === 'theyre' || word === 'we') return 'unsure';
  if (NOT_NAMES.has(word) || /^\d/.test(word)) return 'none';
  const original = String.fromCodePoint(
    submission.text.codePointAt(originalIndex(submission.normalized, subjectIndex)) ?? 32,
  );
  // A capitalised word: a name ("Ling", "Rogozin", "NATO"); in a script without case ("서윤"), any word may be one.
  if (original !== original.toLowerCase()) return 'unsure';
  if (/\p{L}/u.test(original) && original.toLowerCase() === original.toUpperCase() && !/[a-z]/.test(word))
    return 'unsure';
  return 'none';
}

function attack(
  word: string,
  certain: boolean,
  strong = false,
): { rule: string; clause: 'personal_attack'; message: string; hold: boolean } {
  const mild = MILD_INSULTS.has(word.toLowerCase()) && !strong;
  const hold = mild || !certain;
  return {
    rule: 'attacks',
    clause: 'personal_attack',
    hold,
    message: hold
      ? `“${word}” may be a personal attack; a moderator will read your comment before it appears.`
      : `“${word}” attacks a person. Criticise the argument, not the people who make it.`,
  };
}

export const attacks: Rule = (submission) => {
  const found: (Reason & { hold: boolean })[] = [];
  const add = (reasons: Reason[], holds: boolean[]) => reasons.forEach((r, i) => found.push({ ...r, hold: holds[i]! }));

  for (const pattern of TO_YOU) {
    const holds: boolean[] = [];
    add(
      reasonsFor(
        submission,
        pattern,
        (m) => {
          // "you stupid clown": a mild word made plain by a strong one next to it.
          const strong = m[0].split(/\s+/).some((w) => INSULT_ADJECTIVES.includes(w) && !MILD_INSULTS.has(w));
          const a = attack(m[1]!, true, strong);
          holds.push(a.hold);
          return a;
        },
        1,
      ),
      holds,
    );
  }
  {
    const holds: boolean[] = [];
    add(
      reasonsFor(
        submission,
        DISMISSAL,
        (m) => {
          holds.push(true);
          return {
            rule: 'attacks',
            clause: 'personal_attack',
            message: `“${m[1]}” is aimed at a person; a moderator will read your comment before it appears.`,
          };
        },
        1,
      ),
      holds,
    );
  }
  {
    const holds: boolean[] = [];
    add(
      reasonsFor(
        submission,
        SAID_OF,
        (m) => {
          const target = targetOf(submission, m[1]!, m.index);
          const insult = m[2]!;
          if (target === 'none') return undefined;
          const nextWord = m[3];
          if (nextWord && INSULT_ADJECTIVES.includes(insult) && !PERSON_OR_GROUP.test(nextWord)) return undefined;
          const isPersonNoun = new RegExp(`^(?:${PERSON_NOUN})$`).test(insult);
          // A clear insult of a clearly personal target is refused; anything less certain is held.
          const certain = target === 'person' && (isPersonNoun || INSULT_ADJECTIVES.includes(insult));
          if (target === 'unsure' && !isPersonNoun && !INSULT_ADJECTIVES.includes(insult)) return undefined;
          const a = attack(insult, certain);
          holds.push(a.hold);
          return a;
        },
        2,
      ),
      holds,
    );
  }
  if (!found.length) return undefined;
  // One reason per span: several patterns can find the same insult.
  const unique = found.filter((r, i) => found.findIndex((o) => o.start === r.start && o.end === r.end) === i);
  const decision = unique.every((r) => r.hold) ? 'hold' : 'reject';
  return { decision, reasons: unique.map(({ hold: _hold, ...r }) => r).sort((a, b) => a.start - b.start) };
};
