/**
 * The hate rule's vocabulary: the groups a sentence can be about and how they stand as a subject, the people harm is
 * threatened against, and the trigger sets its patterns share. Read by hate.ts and hate-phrases.ts.
 */
import {
  alternation,
  DAILY_ROLES,
  GROUPS,
  LIKE_WHOM,
  PLAIN_PERSONS,
  pluralOf,
  PUBLIC_ROLES,
  VIOLENCE,
  WRITERS,
} from '../lexicon.js';
import { openingList, triggerWords } from '../match.js';

export const GROUP = `(?:${alternation(GROUPS)})`;
/**
 * A group as the subject of a sentence: "Muslims", "gay people", "Russian men", "Russian speakers", "Uzbek seasonal
 * workers", "Chinese investors", "Uzbek doctors", "Black players", "migrants from Central Asia", "the Chinese at the
 * field", "Sikhs with turbans", "Women like her", "Teenagers today" (not tourists, students or drivers: "Russian tourists should be
 * banned from entering the EU" is a debate between states).
 */
const AS_SUBJECT = `(?:\\s+(?:people|folks|men|women|guys|girls|boys|chicks|dudes|kids|females|males|speakers)|(?:\\s+(?:seasonal|migrant|foreign|guest|young|old|tech|it|factory|construction|farm))?\\s+(?:workers|farmers|investors|traders)|\\s+(?:doctors|nurses|teachers|engineers|builders|cleaners|sellers|vendors|shopkeepers|businessmen|merchants|players|footballers|athletes|referees|coaches))?(?:\\s+(?:today|nowadays|these\\s+days))?(?:\\s+(?:from|in|at|on|with)\\s+(?:the\\s+)?[a-z]+(?:\\s+[a-z]+)?|\\s+here|\\s+like\\s+(?:${LIKE_WHOM.join('|')}))?`;
export const GROUP_SUBJECT = `${GROUP}${AS_SUBJECT}`;
/** A match that starts with a group's name (the patterns with a group as their subject). */
export const GROUP_FIRST = new RegExp(`^${GROUP}(?![a-z])`);
/**
 * Groups named by faith, origin, sexuality, sex, age or disability — not by
 * migration status: "illegal immigrants should be deported" is a political
 * position this publisher's readers argue about, "Muslims should be deported" is not.
 */
const MIGRATION_STATUS = new Set(['immigrants?', 'migrants?', 'refugees?', 'foreigners?']);
export const IDENTITY_GROUP = `(?:${alternation(GROUPS.filter((g) => !MIGRATION_STATUS.has(g)))})`;
export const IDENTITY_GROUP_SUBJECT = `${IDENTITY_GROUP}${AS_SUBJECT}`;
/** The patterns that open with a group are tried only where a group's first word stands (`listFirst`). */
export const GROUP_LISTS = [
  openingList(GROUP, GROUPS),
  openingList(
    IDENTITY_GROUP,
    GROUPS.filter((g) => !MIGRATION_STATUS.has(g)),
  ),
];
/** A group named as the end of a phrase ("I hate Jews.", "kill homosexual"), not as an adjective ("Russian policy"). */
export const GROUP_AS_PEOPLE = `${GROUP}(?=\\s*(?:$|[.!?,;:)\\n]|\\s(?:people|folks|men|women|kids|children|families|and|or|because|who|they|all|everywhere|too)(?![a-z])))`;
export const VIOLENT = alternation(VIOLENCE);
/** Verbs a sports fan or a debater uses of a rival ("we will beat them", "I'll destroy you in the debate"): not threats by themselves. */
const CONTEST = new Set(['beat', 'destroy', 'eliminate', 'smash', 'break', 'eradicate', 'wipe out']);
/** A violent verb just before a word: "kill the …", "shoot all those …". */
export const VIOLENCE_BEFORE = new RegExp(
  `(?:^|[^a-z])(?:${VIOLENT})\\s+(?:all\\s+)?(?:the\\s+|those\\s+|these\\s+|them\\s+)?$`,
  'i',
);
export const VIOLENT_TO_PERSON = alternation(VIOLENCE.filter((v) => !CONTEST.has(v)));
/** The people of the news that comments call violence on: every word for a person by role (lexicon.ts), and crowds. */
export const VIOLENCE_TARGETS = alternation([
  ...WRITERS,
  ...PUBLIC_ROLES,
  ...DAILY_ROLES,
  ...PLAIN_PERSONS,
  ...['mufti', 'protesters', 'activists'],
]);
/** People lined up to be shot, as the calls name them: "line the traitors up against the wall". */
export const LINED_UP =
  '(?:all |the |these |those )(?:[a-z]+ )?(?:traitors|people|bastards|politicians|journalists|reporters|ministers|oligarchs|collaborators|liberals|commies|communists)';
export const PERSON = `(?:you|u|ya|him|her|them|y'?all|your\\s+(?:family|kids|children|wife|husband|mother|mom|mum)|@\\w+)`;
/** (not a game's bosses, players and hosts: "Kill every boss to unlock the level") */
const NOT_IN_A_GAME = ['boss', 'player', 'host', 'anchor', 'keeper', 'chief', 'general'];
export const ROLE_WORDS = [
  ...WRITERS,
  ...PUBLIC_ROLES,
  ...DAILY_ROLES,
  ...PLAIN_PERSONS,
  'deputy',
  'cop',
  'officer',
].filter((w) => !NOT_IN_A_GAME.includes(w));
export const ROLES_IN_PLURAL = alternation(ROLE_WORDS.map(pluralOf));

// Trigger words: a pattern runs only when the text has one word of each set.
export const GROUP_WORDS = triggerWords(GROUPS);
export const VIOLENT_WORDS = triggerWords(VIOLENCE);
