/**
 * The attacks rule's vocabulary: the insult lists cut to the uses the rule makes of them (strong and mild, said of
 * people only or of things too), the people a sentence can be about, and the fragments its patterns share (what may
 * stand between "you are" and an insult, an order's opening, a camp's name). Read by attacks.ts and attack-phrases.ts.
 */
import {
  alternation,
  DAILY_ROLES,
  INSULT_ADJECTIVES,
  INSULT_NOUNS,
  INTENSIFIERS,
  LIKE_WHOM,
  MILD_INSULTS,
  PLAIN_PERSONS,
  pluralOf,
  PUBLIC_ROLES,
  WRITERS,
} from '../lexicon.js';
import { isSpaceCode, openingList, triggerWords } from '../match.js';
import { isBasicPlaneWordCode } from '../text-words.js';

/**
 * Insult nouns that can also describe an idea or a thing ("this plan is
 * garbage", "NATO is a joke"): not alone enough for an unsure target.
 */
// prettier-ignore
export const ALSO_FOR_IDEAS = new Set([
  'trash', 'garbage', 'filth', 'rat', 'snake', 'pig', 'pigs', 'vermin', 'parasite', 'parasites', 'leech', 'leeches', 'scum', 'clown', 'clowns',
  'fool', 'fools', 'creep', 'freak', 'joke', 'embarrassment', 'failure', 'disgrace', 'abomination', 'fraud', 'frauds', 'hack',
  'puppet', 'sheep', 'bot', 'bots', 'nazi', 'nazis', 'monster', 'monsters', 'npc', 'npcs', 'mouthpiece', 'tool', 'tools',
  'piece of work', 'pawn', 'pawns', 'punk', 'punks', 'worm', 'worms', 'fake', 'fakes', 'swine', 'cow', 'cows',
  'donkey', 'donkeys', 'relic', 'relics', 'poodle', 'toad', 'vulture', 'vultures', 'hyena', 'hyenas', 'jackal',
  'jackals', 'cur', 'walrus', 'whale', 'hippo', 'mug', 'mugs', 'fruitcake', 'fruitcakes',
]);
/** Of those, the ones that are people's names for people ("a lying snake", "a fool who …"), not things'. */
// prettier-ignore
export const PERSON_LIKE = new Set([
  'rat', 'snake', 'pig', 'pigs', 'parasite', 'clown', 'clowns', 'fool', 'fools', 'creep', 'freak', 'fraud', 'frauds', 'hack',
  'puppet', 'monster', 'scum', 'cow', 'cows', 'donkey', 'mugs', 'worms',
]);
/** "that clown Medvedev", "this fraud Sarkisian": a word that can name a thing, set before a name. */
export const NAMED = ['clown', 'fraud', 'fool', 'creep', 'puppet', 'snake', 'rat', 'hack', 'pig', 'parasite', 'freak'];
/** Of the words for things too, the ones said of a thing only in a phrase ("a clown show", "a fool's errand", "a puppet state"), which the next word tells. */
export const FOR_PEOPLE_ALONE = new Set(['clown', 'clowns', 'fool', 'fools', 'creep', 'freak', 'puppet', 'hack']);
/** "for believing him", "for voting for …": what a fool is one for doing. */
export const FOR_DOING = /^\s+for\s+(?:ever\s+|even\s+)?[a-z]+ing(?![a-z])/;
/** A story's people: what is said of them is said of no one ("The villain is a pathetic little man, brilliantly played"). */
export const STORY_PEOPLE = ['villain', 'protagonist', 'antagonist', 'hero', 'heroine', 'character', 'narrator'];
/** A participle between a subject and "here", "above": "the doctor quoted here", "the man pictured above". */
export const PARTICIPLE_BEFORE_HERE =
  /^(?:quoted|cited|pictured|shown|mentioned|named|interviewed|featured|described)$/;
/** What may follow an adjective said as a noun: the phrase's end, "who …", "and …". */
export const ADJECTIVE_AS_NOUN_AFTER = /^\s*(?:[.!?,;:]|$|(?:who|and|with)(?![a-z]))/;
/** The one a plural's "like" names: "Teachers like her are …". */
export const EXAMPLE_OF_PEOPLE = new Set(LIKE_WHOM);
/** Words that can follow a subject before its verb: "the commenter above is …". */
export const AFTER_SUBJECT = new Set([
  ...['above', 'below', 'here', 'there', 'himself', 'herself', 'again', 'too', 'also'],
  ...['nowadays', 'today', 'days'], // ("these days": read where the subject is)
]);
export const PLAIN_PERSON = `(?:${PLAIN_PERSONS.join('|')})`;
/** Offices and trades a "clown" or a "puppet" before them can only mock ("a puppet president", "a hack journalist"). */
// prettier-ignore
export const IN_OFFICE = new Set([
  'president', 'minister', 'dictator', 'tyrant', 'despot', 'autocrat', 'strongman', 'ruler', 'leader', 'king', 'queen',
  'prince', 'monarch', 'premier', 'chancellor', 'politician', 'senator', 'mayor', 'governor', 'pundit', ...WRITERS,
]);
/** Adjectives for a slow mind, which said of a person can only insult: "a father this stupid". */
export const SLOW_WITTED = [
  'stupid',
  'dumb',
  'idiotic',
  'moronic',
  'brainless',
  'clueless',
  'dense',
  'ignorant',
  'thick',
  'gullible',
  'dimwitted',
];
/** "the author of this (fine) piece is …": the words before a piece that was made the subject. */
export const AUTHOR_OF = new RegExp(`(?<![a-z])(${WRITERS.join('|')})\\s+of\\s+(?:this|the|that)\\s+(?:[a-z-]+\\s+)?$`);
/**
 * "the editor who approved the headline is …": the words before a subject that ends a relative clause about a
 * person, matched from the person's word; not a clause that reports a claim ("the minister who said the plan is
 * stupid"). The subject may be the clause's own last word ("the editor who resigned is …"). A participle's clause too:
 * "The reporter covering the trial is a hack" (not "the minister saying the plan is stupid"); and a word before the
 * person: "The tax inspector who audited me is a petty sadist".
 */
export const PERSON_WHO = new RegExp(
  `(?<=(?<![a-z])(?:the|this|that)\\s+(?:[a-z]+\\s+)?)(${[...WRITERS, 'commenter', 'moderator', 'admin', 'mod', ...PLAIN_PERSONS, ...PUBLIC_ROLES, ...DAILY_ROLES].join('|')})\\s+(?:who|that|(?=(?:they|he|she|we|you|i)\\s)|(?!(?:saying|claiming|thinking|believing|arguing|calling|knowing|asking)\\s)(?=[a-z]{2,}ing\\s))\\s*(?:(?!(?:said|says|say|thinks|think|thought|claims|claimed|believes|believed|argues|argued|knows|knew|called|calls|that|is|was|are|were)\\s)[a-z'’-]+\\s+){0,6}$`,
);
/** A word that may open a relative clause, with its pronoun or without ("the expert they quoted"), or a participle. */
export const RELATIVE_CLAUSE_WORD = / (?:who|that|they|he|she|we|you|i|[a-z]{2,}ing) /;
// prettier-ignore
export const WRITINGS = new Set(['piece', 'article', 'column', 'op-ed', 'oped', 'story', 'report', 'rubbish', 'garbage', 'drivel']);
/**
 * The word just before `at` across white space ("Dmitry is …"), letters, digits, "@", "_" and apostrophes, or
 * undefined when no space and word stand there: the subject of a verb at `at`.
 */
export function wordBefore(text: string, at: number): { word: string; start: number } | undefined {
  let end = at;
  while (end > 0 && isSpaceCode(text.charCodeAt(end - 1))) end--;
  return end < at ? wordEndingAt(text, end, { apostrophes: true }) : undefined;
}
/** The word that ends at `end`; without `apostrophes`, the word before a contraction's apostrophe ("mayor" of "mayor's"). */
export function wordEndingAt(
  text: string,
  end: number,
  { apostrophes = false } = {},
): { word: string; start: number } | undefined {
  let start = end;
  const isPart = (c: number) => isSubjectCode(c) && (apostrophes || (c !== 39 && c !== 0x2019));
  while (start > 0 && isPart(text.charCodeAt(start - 1))) start--;
  return start < end ? { word: text.slice(start, end), start } : undefined;
}
const isSubjectCode = (c: number) => c === 64 || c === 95 || c === 39 || c === 0x2019 || isBasicPlaneWordCode(c);

export const NOUN = alternation(INSULT_NOUNS);
export const INSULT = alternation([...INSULT_NOUNS, ...INSULT_ADJECTIVES]);
export const PERSON_NOUN = alternation(INSULT_NOUNS.filter((w) => !ALSO_FOR_IDEAS.has(w)));
/** The insults' lists, for the patterns that open with one (tried only where one of its words stands: `listFirst`). */
export const NOUN_LIST = openingList(NOUN, INSULT_NOUNS);
export const INSULT_LIST = openingList(INSULT, [...INSULT_NOUNS, ...INSULT_ADJECTIVES]);
export const PERSON_NOUN_LIST = openingList(
  PERSON_NOUN,
  INSULT_NOUNS.filter((w) => !ALSO_FOR_IDEAS.has(w)),
);
/** People's roles, after an insult used as an adjective: "the same idiot columnist". */
export const ROLES = [...WRITERS, 'commenter', 'moderator', ...PUBLIC_ROLES];
/** Every word for a person by role, public or daily: "this so-called doctor", "an excuse for a health reporter". */
export const ANY_ROLE = [...ROLES, ...DAILY_ROLES].join('|');
/** Words for a fool: "the idiot who …" */
// prettier-ignore
export const FOOLS = [
  'idiot', 'idiots', 'moron', 'morons', 'imbecile', 'imbeciles', 'cretin', 'cretins', 'dimwit', 'dimwits', 'halfwit',
  'halfwits', 'nitwit', 'nitwits', 'dumbass', 'dumbasses', 'jackass', 'numbskull', 'simpleton', 'dunce', 'airhead',
  'ignoramus', 'nincompoop', 'blockhead', 'bonehead', 'pinhead', 'dolt', 'oaf', 'buffoon', 'buffoons', 'dipshit',
];
/** Words only for people, and not mild ones: "only a complete moron would …" */
const STRONG_PERSON_NOUNS = INSULT_NOUNS.filter((w) => !ALSO_FOR_IDEAS.has(w) && !MILD_INSULTS.has(w));
export const STRONG_PERSON_NOUN = alternation(STRONG_PERSON_NOUNS);
export const STRONG_PERSON_NOUN_WORDS = triggerWords(STRONG_PERSON_NOUNS);
/** Insulting adjectives that are not mild: "only a brain-dead bureaucrat could …" (not "only a crazy driver would …"). */
const STRONG_ADJECTIVES = INSULT_ADJECTIVES.filter((w) => !MILD_INSULTS.has(w));
export const STRONG_ADJECTIVE = alternation(STRONG_ADJECTIVES);
/** The words of either strong list: "only a moron …", "only a brain-dead bureaucrat …", "Typical airhead …". */
export const STRONG_WORDS = [...STRONG_PERSON_NOUN_WORDS, ...triggerWords(STRONG_ADJECTIVES)];
/** Not "I'm another idiot who queued all night": the writer's own folly is no one's insult. */
export const NOT_ONESELF = "(?<!(?:i['’]?m|i\\s+am|me|myself|we['’]?re|we\\s+are|us),?\\s+)";
/** The nouns of "another idiot who …": the strong ones, and the names a thread gives a commenter. */
export const ANOTHER_NOUNS = [
  ...STRONG_PERSON_NOUNS,
  ...['keyboard warrior', 'armchair general', 'armchair expert', 'armchair strategist', 'troll', 'shill', 'bootlicker'],
  ...['propagandist', 'stooge'],
];
/** People in the plural by their trade, office or politics (not by who they are: that is the hate rule's). */
// prettier-ignore
export const PEOPLE_IN_PLURAL = new Set([
  'people', 'experts', 'politicians', 'leaders', 'voters', 'supporters', 'fans', 'guys', 'folks', 'men', 'women',
  'officials', 'ministers', 'generals', 'diplomats', 'analysts', 'pundits', 'critics', 'defenders', 'apologists',
  'liberals', 'conservatives', 'leftists', 'lefties', 'libs', 'progressives', 'democrats', 'dems', 'republicans',
  'socialists', 'communists', 'nationalists', 'globalists', 'patriots', 'protesters', 'activists', 'bureaucrats',
  'elites', 'lawmakers', 'senators', 'mps', 'deputies', 'readers', 'boomers', 'millennials', 'westerners',
  'feminists', 'anarchists', 'libertarians', 'environmentalists', 'greens', 'pacifists', 'monarchists',
  'sceptics', 'skeptics', 'deniers', 'alarmists', 'priests', 'bishops', 'clerics', 'teachers', 'doctors', 'nurses',
  'lawyers', 'judges', 'journalists', 'reporters', 'economists', 'scientists', 'bankers', 'landlords', 'parents',
  'devs', 'developers', 'reviewers', 'gamers', 'streamers', 'players', 'refs', 'referees', 'umpires', 'goalies',
  'trolls',
  // and a wiki's: "Admins like you are power-hungry losers"
  'admins', 'mods', 'sysops',
  // and the city's: "Cyclists are vermin", "Taxi drivers here are lazy idiots"
  'cyclists', 'drivers', 'motorists', 'pedestrians', 'commuters', 'tourists', 'tenants', 'bikers', 'riders',
  'passengers', 'cabbies', 'planners', 'engineers', 'councillors', 'councilors', 'police', 'cops', 'officers',
  // and villages' and resorts': "The villagers are too stupid to leave"
  // (not farmers: "the farmers are sheep breeding specialists")
  'villagers', 'locals', 'residents', 'peasants', 'hikers', 'skiers', 'climbers',
  // and travel's: "Kyrgyz border guards are all corrupt pigs", "You backpackers are freeloading parasites"
  'guards', 'backpackers', 'travellers', 'travelers', 'pilots', 'crews', 'guides', 'receptionists', 'attendants',
  'nomads', 'expats',
  // and families': "Single mothers are leeches"
  'mothers', 'fathers', 'mums', 'moms', 'wives', 'husbands', 'divorcees',
  // and science's camps: "Flat earthers are inbred morons"
  'earthers', 'vaxxers', 'antivaxxers', 'truthers', 'conspiracists', 'denialists', 'creationists',
  // and companies': "Utility company bosses are bloodsucking vampires", "The nuclear lobby are corrupt liars"
  'bosses', 'executives', 'directors', 'managers', 'owners', 'lobbyists', 'lobby',
  // and tech's: "Programmers are autistic basement goblins"
  'programmers', 'coders', 'founders', 'nerds', 'geeks', 'bros',
  // and universities': "Professors are all leftist parasites", "PhD students are overeducated losers"
  'students', 'professors', 'lecturers', 'academics', 'graduates', 'researchers', 'tutors', 'scholars',
  // and the stage's: "Those wedding singers are talentless parasites"
  'singers', 'musicians', 'actors', 'artists', 'performers', 'dancers',
  // and the gig economy's: "Couriers are brainless zombies", "Gig workers are losers who couldn't get a real job"
  'couriers', 'workers',
  // and the army's: "Conscripts from the villages are illiterate sheep", "Army officers are all drunk sadists"
  'conscripts', 'recruits', 'refusers', 'dodgers',
  // and oil fields' and mines' ("The striking miners are lazy parasites"), and the newcomers' ("These relocants are …")
  'miners', 'strikers', 'roughnecks', 'unionists', 'relocants', 'newcomers',
  // and families': "Single dads are useless"
  'dads',
  // and shops', markets' and building sites': "The cleaners at the mall are dirty rats"
  'cleaners', 'janitors', 'waiters', 'waitresses', 'cashiers', 'vendors', 'sellers', 'builders', 'plumbers',
  'electricians', 'mechanics', 'referees', 'coaches', 'footballers',
  // and schools': "Kids from the village are dumb as rocks"
  'kids', 'children', 'pupils', 'schoolkids', 'schoolchildren',
  // and the bodies that meet and decide, said in the plural: "The HART board are all morons"
  'board', 'council', 'committee', 'cabinet', 'government', 'administration', 'management', 'staff', 'team',
  'association',
  // and families: "The victim's family are money-grubbing vultures"; and a share of people: "the other half are morons"
  'family', 'relatives', 'half',
  // and the housing debate's camps ("NIMBYs like you are why nobody can afford a house"), and a brand's fans
  'nimbys', 'yimbys', 'fanboys', 'fangirls',
  // and those named by what is done to them, in "-ees" ("The school board trustees are gutless cowards"; the shape
  // would take "fees", "trees", "degrees")
  'trustees', 'employees', 'appointees', 'nominees', 'retirees', 'trainees', 'interns',
]);
/** The things and machines spelled like people by their ending, in the plural (a singular is read as its stem). */
// prettier-ignore
export const THINGS_WITH_A_PERSON_ENDING = new Set([
  'printers', 'routers', 'servers', 'scanners', 'timers', 'heaters', 'containers', 'blenders', 'toasters', 'speakers',
  'monitors', 'calculators',
  'numbers', 'papers', 'letters', 'orders', 'matters', 'borders', 'waters', 'powers', 'answers', 'centers', 'centres',
  'chapters', 'characters', 'computers', 'corners', 'covers', 'dinners', 'filters', 'flowers', 'headquarters', 'layers',
  'markers', 'meters', 'metres', 'offers', 'parameters', 'quarters', 'registers', 'shelters', 'theaters', 'theatres',
  'towers', 'transfers', 'winters', 'summers', 'headers', 'trailers', 'posters', 'stickers', 'burgers', 'doors',
  'floors', 'colors', 'colours', 'errors', 'factors', 'sectors', 'motors', 'mirrors', 'rumors', 'rumours', 'favors',
  'favours', 'flavors', 'flavours', 'vectors', 'sensors', 'reactors', 'tractors', 'corridors', 'honors', 'honours',
  'lists', 'wrists', 'twists', 'fists', 'mists', 'exists', 'insists', 'consists', 'resists', 'assists', 'plans',
  'beans', 'loans', 'scans', 'spans', 'organs', 'oceans', 'means', 'jeans', 'sedans', 'caravans', 'turbans',
]);
/**
 * Whether a plural word names people by what they do or follow: the list above, or a word with a person's ending
 * ("legislators", "grabbers", "lobbyists", "Albertans", "Eurocrats") that is not one of the things so spelled
 * ("numbers", "errors").
 * Narrower than PEOPLE_BY_WHAT_THEY_DO, which reads the noun after an insulting adjective: a subject ending in "-ents"
 * or "-ies" is as often a thing ("the comments", "the policies").
 */
// (the patterns that read this shape take the things too, "numbers like you": a lookahead for them cost a typical
// check 4% more cache misses)
export const PERSON_PLURAL_SHAPE = '[a-z]{2,}(?:ers|ors|ists|ans|crats)';
const PERSON_PLURAL_ENDING = new RegExp(`^${PERSON_PLURAL_SHAPE}$`);
/** The plurals of the words for people by role ("reps", "chefs", "surgeons"), people in the plural too. */
const PLURALS_OF_ROLES = new Set([...WRITERS, ...PUBLIC_ROLES, ...DAILY_ROLES].map(pluralOf));
export const peopleInPlural = (word: string) =>
  PEOPLE_IN_PLURAL.has(word) ||
  PLURALS_OF_ROLES.has(word) ||
  (PERSON_PLURAL_ENDING.test(word) && !THINGS_WITH_A_PERSON_ENDING.has(word));
/** Camps' names twisted into insults ("Dumbocrats", "Repugnicans"). */
// prettier-ignore
export const TWISTED_CAMP_NAMES = [
  'dumbocrat', 'dumbocrats', 'demonrat', 'demonrats', 'democrap', 'democraps',
  'repugnican', 'repugnicans', 'rethuglican', 'rethuglicans', 'repuglican', 'repuglicans', 'republiclown',
  'republiclowns', 'trumpanzee', 'trumpanzees', 'trudope', 'libturd', 'libturds', 'presstitute', 'presstitutes',
];
/**
 * Where clowns are clowns by trade or on a stage: "clowns at the circus", "a bunch of clowns in the school play" (not
 * "in a circus of their own making").
 */
export const CLOWNS_AT_WORK =
  "\\s+(?:(?:at|for)\\s+(?:(?:the|a)\\s+)?(?:[a-z]+(?:['’]s)?\\s+)?(?:circus|party|parties|festival|show|carnival|parade|fair)|in\\s+(?:(?:the|a)\\s+)?(?:[a-z]+(?:['’]s)?\\s+)?(?:play|pantomime|panto|nativity))";
/** After a beast's name, the trade of keeping it: "The farmers are sheep breeding specialists". */
export const KEEPING_ANIMALS = /^(?:breeding|farming|herding|rearing|shearing|raising|ranching|keeping)$/;
/**
 * People in the plural by trade or camp, and a clause on them: "Voters who supported this party are …" (or a clause
 * of one word, the subject read before the verb: "Parents who vaccinate are sheep"), or a participle's ("The parents
 * defending this curriculum are …"; not one that reports what they say: "experts saying the plan is stupid").
 */
export const PEOPLE_WHO = new RegExp(
  `(?<![a-z])(${[...PEOPLE_IN_PLURAL].join('|')}|${PERSON_PLURAL_SHAPE})\\s+(?:who\\s+|(?!(?:saying|claiming|thinking|believing|arguing|calling|knowing|asking)\\s)(?=[a-z]{2,}ing\\s))(?:(?!(?:said|say|think|thought|claim|claimed|believe|believed|argue|argued|know|knew|called|call|that|is|was|are|were)\\s)[a-z'’-]+\\s+){0,6}$`,
);
/** The people-like words in the plural, which a crowd of them can only be: "a bunch of clowns", "a pack of frauds". */
export const CROWD_OF_THEM = 'clowns|fools|jokers|puppets|frauds|hacks|creeps|freaks|snakes|rats|pigs';
export const PERSON_NOUN_ONLY = new RegExp(`^(?:${PERSON_NOUN})$`);
export const INSULT_NOUN_SET = new Set(INSULT_NOUNS);
/** Words between the target and the insult: "such a complete", "a lying", "too"; a comma may part two of them ("a lying,
 * narcissistic buffoon"). */
export const INTENS = `(?:(?:${alternation(INTENSIFIERS)}),?\\s+)*`;
/** After "a clown and": another insult that names only people ("a crook"). */
export const AND_A_PERSON_NOUN = new RegExp(`^\\s+${INTENS}(?:${PERSON_NOUN})(?![a-z])`);
/**
 * Up to two other words before an insult noun, after an article: "a paid
 * troll", "a Kremlin stooge". Not a negation or a word that turns the noun
 * away from the person ("not an idiot", "a fan of idiots", "smarter than idiots").
 */
export const OTHER_WORDS = `(?:(?!(?:not|no|never|than|of|for|to|with|about|against|from|by|at|in|on|and|or|but|who|that|which|like|unlike)\\s)[\\p{L}'’-]+,?\\s+){0,2}`;

/** Before "you a …", words that make "you" their object: "with you a bot", "calling you a troll", "sent you a link". */
// prettier-ignore
export const YOU_AS_OBJECT = new Set([
  'with', 'to', 'for', 'at', 'from', 'call', 'calls', 'called', 'calling', 'send', 'sent', 'give', 'gave', 'given',
  'make', 'made', 'find', 'found', 'get', 'got', 'buy', 'bought', 'show', 'showed', 'tell', 'told', 'wish', 'owe',
  'name', 'named', 'consider', 'considered', 'label', 'labelled', 'labeled',
]);
/** After "you", words that make it the subject of a verb, not a name called: "you see fools", "you know, clowns". */
export const NOT_ADDRESSED_VERBS =
  'see|saw|know|knew|find|found|meet|met|get|got|hear|heard|call|called|mean|meant|have|had|like|love|hate|need|want|make|made|are|were|be|become|became|and|or|the|a|an|my|your|his|her|their|our|this|that|these|those|all|some|many|two|three|can|could|will|would|should|must|may|might|do|did|don|didn|never|always|often|also|just|really|only|still';
/** "you are / you're / ur / u r / are you / you sound like / you must be …" */
// (and what one would not be if …: "If you read more you wouldn't be such an ignorant troll")
export const YOU_ARE = `(?:(?:you|u|ya)\\s*['’]?\\s*re|youre|(?:you|u|y['’]?all)(?:\\s*,\\s*(?:sir|madam|mate|buddy|pal|friend|my\\s+friend)\\s*,)?\\s+(?:are|r|were)|(?:are|were)\\s+(?:you|u)(?:\\s+(?:always|ever|even|born))?|you\\s+(?:look|sound|seem|act|come\\s+across)(?:\\s+like|\\s+as)?|you\\s+(?:must|might|may|could|would|will|can['’]?t|cannot|couldn['’]?t)\\s+(?:possibly\\s+)?be|you\\s+(?:would\\s*n['’]?t|would\\s+not)\\s+be(?=\\s+(?:such|so)\\s)|you\\s+really\\s+are|makes\\s+(?:you|u)(?:\\s+(?:look|sound)(?:\\s+like)?)?)(?:\\s+(?:being|acting(?:\\s+like)?))?`;

/** Where a sentence starts: after its end mark, or at the start of the text after the @names a reply opens with. */
export const SENTENCE_START = '(?<=^(?:@[a-z0-9_]+\\s+)*|[.!?…]\\s*)';

/** A political camp's word before an insult noun: "you bloody leftist snake". */
export const CAMP_WORD =
  '(?:leftist|lefty|leftie|liberal|lib|commie|socialist|communist|marxist|fascist|maga|woke|conservative|tory|globalist|zionist|kremlin|putinist|russian|american|western|soviet|right-wing|left-wing|far-right|far-left|pro-[a-z]+|anti-[a-z]+)';
/**
 * Said to the readers as a crowd: "you people are", "you cops are", "you lobbyists are all", "you Kremlin bots are",
 * "you cop lovers are", "you people at this rag are", "You fair-weather fans are".
 */
export const YOU_PEOPLE_ARE = `(?:you|u)\\s+(?:${CAMP_WORD}\\s+|[a-z]+-[a-z]+\\s+)?(?:[a-z]+[\\s-]+(?:lovers|haters|huggers|worshippers|worshipers|fanboys)|${[...PEOPLE_IN_PLURAL, 'lot', 'all', 'two', 'righties', 'bots', 'trolls', 'shills', 'types'].join('|')}|${PERSON_PLURAL_SHAPE})(?:\\s+(?:at|from|in|on)\\s+(?:this|the|that|your)\\s+[a-z]+)?\\s+(?:are|r)\\s+(?:all\\s+)?`;
/** "you trash talking": a verb, not an insult. */
export const NOT_TALK = '(?!\\s+talk)';
/**
 * Not a verb with its object: "You're annoying the neighbours", "you're embarrassing the other team" (an insult that is
 * a participle, followed by whom it acts on; "you're embarrassing yourself" is still the jibe).
 */
export const NOT_A_VERB_ON_SOMEONE =
  '(?!(?<=ing)\\s+(?:the|a|an|my|your|his|her|our|their|its|this|that|these|those|every|all|everyone|everybody|people|me|us|him|them)(?![a-z]))';
/** "thank you tool makers": the noun is part of another ("tool makers", "joke writers"). */
export const NOT_A_COMPOUND = '(?!\\s+(?:makers?|kits?|box|boxes|sets?|bars?|shed|belt|writers?|shows?)(?![a-z]))';

// Trigger words: an insult pattern runs only when the text has an insult in it.
export const INSULT_WORDS = triggerWords([...INSULT_NOUNS, ...INSULT_ADJECTIVES]);
export const NOUN_WORDS = triggerWords(INSULT_NOUNS);
export const ADJECTIVE_WORDS = triggerWords(INSULT_ADJECTIVES);
export const ADJECTIVE = alternation(INSULT_ADJECTIVES);
export const ADJECTIVE_LIST = openingList(ADJECTIVE, INSULT_ADJECTIVES);
/** Nouns that, said to someone on their own ("Clown.", "Hey idiot,"), can only mean them. */
const VOCATIVE_NOUNS = INSULT_NOUNS.filter((w) => !ALSO_FOR_IDEAS.has(w) || PERSON_LIKE.has(w));
export const VOCATIVE = alternation(VOCATIVE_NOUNS);
export const VOCATIVE_WORDS = triggerWords(VOCATIVE_NOUNS);
export const VOCATIVE_LIST = openingList(VOCATIVE, VOCATIVE_NOUNS);
/** Of those, the plurals: a crowd called out ("You animal rights freaks"). */
export const PLURAL_VOCATIVES = VOCATIVE_NOUNS.filter((w) => w.endsWith('s'));
export const PERSON_NOUN_WORDS = triggerWords(INSULT_NOUNS.filter((w) => !ALSO_FOR_IDEAS.has(w)));
export const YOU_WORDS = ['you', 'u', 'ya', 'youre', 'ur', 'your', 'yall', 'y'];
/**
 * Adjectives that, as the whole of a reply ("Pathetic.", "So ignorant!"),
 * can only describe the person answered. Words of disgust ("Disgusting.",
 * "Horrible.") are left out: as a reply they as often condemn what the other
 * commenter reported.
 */
// prettier-ignore
export const ABOUT_A_MIND = new Set([
  'stupid', 'dumb', 'idiotic', 'moronic', 'retarded', 'brainless', 'mindless', 'clueless', 'dimwitted', 'dense',
  'ignorant', 'delusional', 'illiterate', 'deranged', 'demented', 'unhinged', 'senile', 'brainwashed', 'gullible',
  'pathetic', 'pitiful', 'childish', 'immature', 'thick', 'braindead',
]);
/** Words for a mind or a face, said as "how … he is". */
export const HOW_HE_IS = [...ABOUT_A_MIND, 'ugly', 'hideous', 'disgusting', 'repulsive', 'smug'];

/** Words that, after "you" and an insult, name no one: "… you dumb it down", "you crazy today?". */
export const NOT_A_NAME_AFTER =
  '(?!(?:today|tonight|now|again|lately|too|enough|af|asf|lol|lmao|tho|though|yet|still|or|and|anymore|down|up|out|off|it|them|him|her|me|us)(?![a-z]))';
/** Spaces and emoji (surrogate pairs, symbols, variation selectors and joiners), for patterns run without the u flag. */
export const EMOJI_RUN = '(?:\\s|[\\uD83C-\\uD83E][\\uDC00-\\uDFFF]|[\\u2600-\\u27BF\\uFE0F\\u200D])*';
/** Not "as bad as you think", "as dim as you'd expect": a measure of what one supposes, not of a person. */
export const NOT_AS_YOU_THINK =
  '(?!\\s+(?:would|might|could|can|may|think|thought|expect|expected|imagine|imagined|say|said|fear|feared|suspect|hope|hoped|guess|get|make)(?![a-z]))';

/**
 * Insults that are also beasts, trades or things, which a participle after them may describe at work ("Clowns
 * performing …", "Peasant farming …").
 */
export const ALSO_A_THING_AT_WORK =
  '(?:clowns?|trolls?|zombies?|vampires?|monsters?|dumm(?:y|ies)|tools?|pigs?|cows?|donkeys?|rats?|snakes?|puppets?|bots?|sheep|peasants?)';
/**
 * A word for a person or people by its ending ("bandwagoner", "cyclist", "Albertans"), not one of the things so spelled
 * ("computer", "printer", "numbers"): PERSON_PLURAL_SHAPE's, in the singular too, of the endings a thing seldom has.
 */
export const PERSON_BY_ENDING = `(?!(?:${[...THINGS_WITH_A_PERSON_ENDING].map((w) => w.replace(/s$/, '')).join('|')})s?(?![a-z]))[a-z]+(?:ers?|ists?|ians?)`;
/**
 * The short words some patterns of TO_YOU open with, which a pattern that lists them is tried at (`listFirst`) instead
 * of scanning each window around an insult: these patterns ran in three typical checks of four and matched in almost
 * none, from code the cache had lost.
 */
export const AS = openingList('as', ['as']);
export const IS_OR_WAS = openingList('(?:is|was)', ['is', 'was']);
export const WHAT_OR_SUCH = openingList('(?:what|such)', ['what', 'such']);
// prettier-ignore
export const RETORT = openingList(
  '(?:go\\s+away|get\\s+lost|get\\s+out|shut\\s+up|piss\\s+off|back\\s+off|stay\\s+mad|keep\\s+crying|cry\\s+more|nice\\s+try|grow\\s+up|wake\\s+up)',
  ['go away', 'get lost', 'get out', 'shut up', 'piss off', 'back off', 'stay mad', 'keep crying', 'cry more', 'nice try',
    'grow up', 'wake up'],
);
