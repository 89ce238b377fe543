/**
 * Policy clause: personal attacks. An insult aimed at a person — another
 * commenter ("you", "@name", a reply), the author, a named person — as opposed
 * to criticism of an idea: "you are an idiot" is refused, "this argument is
 * idiotic" and "your argument is stupid" are not. Clear attacks are refused;
 * accusations ("liar", "hypocrite") and insults of a group or of someone we
 * cannot be sure is a person are held for a moderator.
 */
import { countries } from 'countries-list';
import {
  alternation,
  DAILY_ROLES,
  GROUPS,
  INSULT_ADJECTIVES,
  INTENSIFIERS,
  MILD_INSULTS,
  PLAIN_PERSONS,
  PUBLIC_ROLES,
  WRITERS,
} from '../lexicon.js';
import {
  afterPreposition,
  candidates,
  LETTER_OR_DIGIT,
  listFirst,
  MODERATOR_READS,
  openingList,
  phrasePattern,
  plainIndex,
  quote,
  reasonsFor,
  triggerWords,
  words,
  wordsWithGroupIndices,
} from '../match.js';
import { originalIndex, originalSpan } from '../normalize.js';
import { reported } from '../reported.js';
import { russianFindings } from '../russian.js';
import type { Reason, Rule, Submission } from '../types.js';
import {
  ABOUT_A_MIND,
  ADJECTIVE,
  ADJECTIVE_AS_NOUN_AFTER,
  ADJECTIVE_LIST,
  ADJECTIVE_WORDS,
  AFTER_SUBJECT,
  ALSO_A_THING_AT_WORK,
  ALSO_FOR_IDEAS,
  AND_A_PERSON_NOUN,
  ANOTHER_NOUNS,
  ANY_ROLE,
  AS,
  AUTHOR_OF,
  CAMP_WORD,
  CLOWNS_AT_WORK,
  CROWD_OF_THEM,
  EMOJI_RUN,
  EXAMPLE_OF_PEOPLE,
  FOOLS,
  FOR_DOING,
  FOR_PEOPLE_ALONE,
  HOW_HE_IS,
  IN_OFFICE,
  INSULT,
  INSULT_LIST,
  INSULT_NOUN_SET,
  INSULT_WORDS,
  INTENS,
  IS_OR_WAS,
  KEEPING_ANIMALS,
  NAMED,
  NOT_A_COMPOUND,
  NOT_A_NAME_AFTER,
  NOT_A_VERB_ON_SOMEONE,
  NOT_ADDRESSED_VERBS,
  NOT_AS_YOU_THINK,
  NOT_ONESELF,
  NOT_TALK,
  NOUN,
  NOUN_LIST,
  NOUN_WORDS,
  OTHER_WORDS,
  PARTICIPLE_BEFORE_HERE,
  PEOPLE_IN_PLURAL,
  PEOPLE_WHO,
  peopleInPlural,
  PERSON_BY_ENDING,
  PERSON_LIKE,
  PERSON_NOUN,
  PERSON_NOUN_LIST,
  PERSON_NOUN_ONLY,
  PERSON_NOUN_WORDS,
  PERSON_WHO,
  PLAIN_PERSON,
  PLURAL_VOCATIVES,
  RELATIVE_CLAUSE_WORD,
  RETORT,
  ROLES,
  SENTENCE_START,
  STORY_PEOPLE,
  STRONG_ADJECTIVE,
  STRONG_PERSON_NOUN,
  STRONG_PERSON_NOUN_WORDS,
  STRONG_WORDS,
  THINGS_WITH_A_PERSON_ENDING,
  VOCATIVE,
  VOCATIVE_LIST,
  VOCATIVE_WORDS,
  WHAT_OR_SUCH,
  wordBefore,
  wordEndingAt,
  WRITINGS,
  YOU_ARE,
  YOU_AS_OBJECT,
  YOU_PEOPLE_ARE,
  YOU_WORDS,
} from './attack-words.js';
import { DISMISSALS, LIKENED, LOOKS, SEXUAL, SOCIAL } from './attack-phrases.js';

/** Beasts that feed on others, which a crowd of people can be called. */
const SCAVENGERS = ['vultures', 'hyenas', 'jackals', 'leeches', 'parasites'];
const TO_YOU = [
  // "you are an idiot", "you're so stupid", "you must be a complete moron"
  // (and after another word: "you are a bunch of censors and cowards", "you are lazy and ignorant")
  words(
    `${YOU_ARE}\\s+(?:all\\s+|either\\s+)?${INTENS}(?:[a-z]+,?\\s+(?:and|or)\\s+)?(${INSULT})${NOT_TALK}${NOT_A_VERB_ON_SOMEONE}`,
    YOU_WORDS,
    INSULT_WORDS,
  ),
  // "you are a paid troll", "you're just a Kremlin stooge"
  words(
    `${YOU_ARE}\\s+${INTENS}(?:[a-z]+,?\\s+(?:and|or)\\s+)?(?:a|an|another|the|one\\s+of\\s+the)\\s+${OTHER_WORDS}${INTENS}(${NOUN})`,
    YOU_WORDS,
    NOUN_WORDS,
  ),
  // "you are just another bitter old man", "you're a sad little person"
  words(
    `${YOU_ARE}\\s+(?:just\\s+|nothing\\s+but\\s+)?(?:a|an|another)\\s+(?:[a-z]+,?\\s+){0,2}?(bitter|sad|lonely|angry|grumpy|miserable|pathetic|ignorant|stupid|spiteful)\\s+(?:old\\s+|little\\s+)?(?:man|woman|person|guy|boy|girl|troll|loser)(?![a-z])`,
    YOU_WORDS,
    ['man', 'woman', 'person', 'guy', 'boy', 'girl', 'troll', 'loser'],
    ['bitter', 'sad', 'lonely', 'angry', 'grumpy', 'miserable', 'pathetic', 'ignorant', 'stupid', 'spiteful'],
  ),
  // "Stop being an idiot", "Stop being such a crybaby", "quit acting like a moron": an insult in an order to the reader
  // (not "The dog should stop being a pig at dinner")
  words(
    `(?:stop|quit)(?<=(?:^|[.!?…,;:—–-]\\s*|(?:just|so|please|now|and|then|oh|seriously|honestly)\\s+)(?:stop|quit))\\s+(?:being|acting\\s+like|behaving\\s+like)\\s+(?:such\\s+|so\\s+)?(?:an?\\s+)?${INTENS}(${INSULT})${NOT_TALK}(?![a-z])`,
    ['stop', 'quit'],
    INSULT_WORDS,
  ),
  // "as dumb as you are" (not "as dim as you'd expect", "as bad as you might think")
  listFirst([AS], `as\\s+(${INSULT})\\s+as\\s+(?:you|u)(?![a-z'’])${NOT_AS_YOU_THINK}`, YOU_WORDS, INSULT_WORDS),
  // "as dumb as she looks"
  listFirst(
    [AS],
    `as\\s+(${INSULT})\\s+as\\s+(?:he|she)\\s+(?:looks|sounds|seems|is|acts)(?![a-z])`,
    ['he', 'she'],
    INSULT_WORDS,
  ),
  // Said to someone, at the end of a sentence: "Get lost, moron.", "Keep crying, snowflake!" (not a list: "fascist, racist")
  // (emoji may close it: "Cry about it, snowflake 😭😭")
  words(
    `(?<=[,;:!?.…—–-]\\s*)${INTENS}(?:[a-z]+-[a-z]+\\s+)?(${VOCATIVE})(?=${EMOJI_RUN}(?:[.!?…]|$))`,
    VOCATIVE_WORDS,
  ),
  // …or between commas after a short retort: "Stay mad, loser, your tears are delicious", "Nice try, troll, but …"
  // (the match starts after the comma, the retort read back in a lookbehind: a scan tries it only after commas)
  words(
    `(?<=,)(?<=(?:^(?:@[a-z0-9_]+\\s+)*|[.!?…]\\s*)(?:[a-z'’]+\\s+){0,2}[a-z'’]+\\s*,)\\s*${INTENS}(${VOCATIVE})(?=\\s*,\\s*(?!(?:and|or|etc)(?![a-z]))[a-z])`,
    VOCATIVE_WORDS,
  ),
  // …or between commas after a clause said to "you": "You've never kicked a ball in your life, armchair expert, so …"
  words(
    `(?<=,)(?<=(?:^(?:@[a-z0-9_]+\\s+)*|[.!?…]\\s*)(?:you|your|you['’](?:ve|re|ll|d))\\s[^,.!?;]{1,80},)\\s*${INTENS}(${VOCATIVE})(?=\\s*,)`,
    YOU_WORDS,
    VOCATIVE_WORDS,
  ),
  // …or after a retort that can only be said to someone, whatever follows: "Go away, troll, and take your lies with you"
  listFirst([RETORT], `${RETORT.source}\\s*,\\s*${INTENS}(${VOCATIVE})`, VOCATIVE_WORDS),
  // …or at the start of one: "Hey idiot, read the article", "Dear moron, …", "Imbecile.", "Typical leftist moron.",
  // "Creepy old pedo desperately trying to be relevant" (not "Fools rush in", "Clowns performing at the circus …", nor
  // a gerund's subject: "Slut shaming is wrong")
  // Tried only at a vocative (`listFirst`), what comes before it read back in a lookbehind that ends on the vocative
  // again (`\1`); the callback reads those words from the group `lead`. A scan from every position of a window, the
  // sentence start first, ran in three typical checks of four and matched in almost none: instructions −1.6%,
  // instruction misses within noise. (Its siblings above, after punctuation and between commas, so made cost a tenth
  // more instruction misses than they saved.)
  listFirst(
    [VOCATIVE_LIST],
    `(${VOCATIVE})(?<=${SENTENCE_START}(?:(?:hey|hi|dear|listen|look|oh|ok|okay|yo|well|sorry)\\s+)?(?<lead>(?:${alternation(INTENSIFIERS)})\\s+[a-z]+\\s+|${INTENS})\\1)(?=\\s*[,.!?…:]|\\s*$|(?<!${ALSO_A_THING_AT_WORK})\\s+(?:[a-z]+ly\\s+)?[a-z]+ing(?![a-z])(?!\\s+(?:is|are|was|were|has|have|should|must|can|could|will|would|does|do)(?![a-z])))`,
    VOCATIVE_WORDS,
  ),
  // "Pathetic little man.", "Stupid woman!"
  words(
    `${SENTENCE_START}${INTENS}(${alternation(INSULT_ADJECTIVES)})\\s+(?:little\\s+|old\\s+)?${PLAIN_PERSON}(?=\\s*[.!?…]|\\s*$)`,
    PLAIN_PERSONS,
    ADJECTIVE_WORDS,
  ),
  // "Spoken like a true idiot.", "you act like a spoiled brat"
  words(
    `(?:spoken|sounds?|sounded|sounding|talks?|talked|talking|acting|acts?|acted|behaving|behaves?|behaved|types?|writes?|argues?)\\s+like\\s+an?\\s+${INTENS}(?:true\\s+|real\\s+)?(${NOUN})`,
    [
      'spoken',
      'sound',
      'sounds',
      'sounding',
      'talk',
      'talks',
      'talking',
      'acting',
      'act',
      'acts',
      'behaving',
      'behave',
      'behaves',
      'sounded',
      'talked',
      'acted',
      'behaved',
      'type',
      'types',
      'write',
      'writes',
      'argue',
      'argues',
    ],
    NOUN_WORDS,
  ),
  // "Your article is trash and so are you.", "… is garbage, and so are you.", "… and so is your entire existence."
  wordsWithGroupIndices(
    `and\\s+so\\s+(?:(?:are|r)\\s+(?:you|u)|is\\s+(?:your|ur)\\s+(?:(?:entire|whole)\\s+)?(?:existence|life|family|brain|mind|upbringing))(?![a-z])(?<=(?<![a-z0-9])(${INSULT})\\s*,?\\s+and\\s+so\\s+(?:(?:are|r)\\s+(?:you|u)|is\\s+(?:your|ur)\\s+(?:(?:entire|whole)\\s+)?(?:existence|life|family|brain|mind|upbringing)))`,
    YOU_WORDS,
    INSULT_WORDS,
  ),
  // "The halftime show was garbage and so is everyone who liked it", "Women's hockey is a joke and so are the players",
  // "… is an abomination and so are the people who want it":
  // the insult passed on to people (not a performance's words: "The ice was terrible and so are the players this year")
  wordsWithGroupIndices(
    `and\\s+so\\s+(?:is|are)\\s+(?:(?:everyone|everybody|anyone|anybody|all\\s+of\\s+you|(?:the\\s+)?people|those)\\s+(?:who|that)|(?:the|its|their)\\s+(?:players|fans|voters|writers|supporters|members|staff|cast|owners|refs|coaches))(?![a-z])(?<=(?<![a-z0-9])(?!(?:terrible|awful|horrible|useless|lame|rotten|crappy|shitty|failure|disgrace|embarrassment)(?![a-z]))(${INSULT})\\s*,?\\s+and\\s+so\\s+(?:is|are)\\s+[a-z\\s]+)`,
    ['so'],
    INSULT_WORDS,
  ),
  // "The only troll here is you."
  wordsWithGroupIndices(
    `is\\s+(?:you|u)(?![a-z'’])(?<=(?<![a-z0-9])(${NOUN})\\s+(?:here\\s+|around\\s+here\\s+)?is\\s+(?:you|u))`,
    YOU_WORDS,
    NOUN_WORDS,
  ),
  // "you pompous little tyrant": an insult and "little" before any noun, said to someone
  words(`(?:you|u|ya)\\s+(${alternation(INSULT_ADJECTIVES)})\\s+little\\s+[a-z]+`, ['little'], ADJECTIVE_WORDS),
  // "you rude little brat", "you sneaky little weasel": any word and "little" before an insult; "you power-tripping
  // little moderator": a compound before any noun (not "thank you little buddy", "you and your little brother")
  words(
    `(?:you|u|ya)\\s+(?:(?!(?:and|or|the|a|an|my|your|his|her|their|our|this|that|these|those|poor|sweet|dear|cute|brave|lovely|wonderful|beautiful)\\s)[a-z'’]+\\s+little\\s+(${NOUN})|([a-z]+-[a-z]+)\\s+little\\s+[a-z]+)(?![a-z])`,
    YOU_WORDS,
    ['little'],
  ),
  // "…, you backward fool.": after a comma, "you", a word or two and an insult closing the sentence (not "…, you
  // see fools everywhere", "…, you know, clowns"); the comma is looked for behind "you", not at every position
  words(
    `(?:you|u|ya)(?<=,\\s*(?:you|u|ya))\\s+(?:(?!(?:${NOT_ADDRESSED_VERBS})\\s)[a-z'’-]+\\s+){1,2}(${NOUN})(?=${EMOJI_RUN}(?:[.!?…]|$))`,
    YOU_WORDS,
    NOUN_WORDS,
  ),
  // "Go back to selling tulips, you clueless boomer.", "Go hug a tree, you crazy cat lady.": after a comma, "you", an
  // insult and a word for the one told, or two ending in a person's, closing the sentence (not "you clueless today?",
  // "…, you dumb it down", "Thank you, you crazy wonderful people"); here, the spoiled's words are insults too ("Stop
  // whining, you entitled little child"; alone, "you are entitled to a refund")
  words(
    `(?:you|u|ya)(?<=,\\s*(?:you|u|ya))\\s+${INTENS}(${ADJECTIVE}|entitled|spoiled|spoilt)\\s+(?:little\\s+|old\\s+)?(?:[a-z'’]+\\s+${PLAIN_PERSON}|${NOT_A_NAME_AFTER}[a-z'’]+)(?=${EMOJI_RUN}(?:[.!?…]|$))`,
    YOU_WORDS,
    [...ADJECTIVE_WORDS, 'entitled', 'spoiled', 'spoilt'],
  ),
  // "You animal rights freaks care more about dogs than children": a sentence opened on "you", a word or two and a
  // crowd's insult (not "You see idiots everywhere", "You know clowns like these")
  words(
    `(?<=^(?:@[a-z0-9_]+\\s+)*|[.!?…]\\s*)(?:you|u|ya)\\s+(?:(?!(?:${NOT_ADDRESSED_VERBS})\\s)[a-z'’-]+\\s+){1,2}(${alternation(PLURAL_VOCATIVES)})(?![a-z])`,
    YOU_WORDS,
    triggerWords(PLURAL_VOCATIVES),
  ),
  // "Typical moron behaviour from you"
  listFirst(
    [NOUN_LIST],
    `(${NOUN})\\s+(?:behaviou?r|logic|thinking|move|take|comment|response|reply|answer)\\s+from\\s+(?:you|u)(?![a-z])`,
    YOU_WORDS,
    NOUN_WORDS,
  ),
  // "you insufferable know-it-all", "you smug, arrogant hack": insults stacked before a word for a person
  words(
    `(?:you|u|ya)\\s+(?:(?:${alternation(INSULT_ADJECTIVES)})\\s*,?\\s+){1,2}(${NOUN})(?![a-z])`,
    YOU_WORDS,
    ADJECTIVE_WORDS,
    NOUN_WORDS,
  ),
  // "you pathetic little man", "you ignorant child"
  words(
    `(?:you|u|ya)\\s+${INTENS}(${alternation(INSULT_ADJECTIVES)})\\s+(?:little\\s+|old\\s+)?(?:man|men|woman|women|boy|girl|person|people|creature|thing|child|children|kid|kids|cow|pig|dog|rat|ape|donkey|sheep)`,
    YOU_WORDS,
    ADJECTIVE_WORDS,
  ),
  // "your an idiot", "ur so dumb" (but not "your stupid argument")
  words(`(?:your|ur)\\s+(?:a|an|so|such)\\s+${INTENS}(${INSULT})`, ['your', 'ur'], INSULT_WORDS),
  // "ngl ur dumb af", "your stupid.": "your" for "you're", the insult ending the clause (not "your stupid argument")
  words(
    `(?:your|ur)\\s+${INTENS}(${alternation(INSULT_ADJECTIVES)})(?=\\s*(?:[.!?,;]|$)|\\s+(?:af|asf|lol|lmao|fr|tbh|ngl|bro|mate|dude|smh)(?![a-z]))`,
    ['your', 'ur'],
    ADJECTIVE_WORDS,
  ),
  // "you idiot", "you stupid moron", "you morons", "you shameless propagandist"; and a camp's name before the noun,
  // the clause ending there: "You bloody leftist snake."; or a compound: "You history-denying idiot"
  words(
    `(?:you|u|ya)\\s+${INTENS}(?:${CAMP_WORD}\\s+(?=(?:${NOUN})\\s*(?:[.!?,;]|$))|[a-z]+-[a-z]+(?:ing|ed)\\s+)?(${NOUN})${NOT_TALK}${NOT_A_COMPOUND}`,
    YOU_WORDS,
    NOUN_WORDS,
  ),
  // "the idiot you are", "like the good little puppet you are" (not "the troll you are replying to")
  words(
    `(?:the|a|an)\\s+(?:[a-z]+\\s+){0,2}?(${NOUN})\\s+(?:that\\s+)?(?:you|u)\\s+(?:are|r)(?![a-z])(?!\\s+[a-z]+ing(?![a-z]))`,
    YOU_WORDS,
    NOUN_WORDS,
  ),
  // "you people are idiots", "you cops are thugs", "You backpackers are freeloading parasites": said to people by
  // their trade or their camp
  words(`${YOU_PEOPLE_ARE}${INTENS}(?:[a-z-]+\\s+)?(${INSULT})`, YOU_WORDS, INSULT_WORDS),
  // "bunch of morons here": the words only for fools, wherever they stand
  words(`bunch\\s+of\\s+${INTENS}(${STRONG_PERSON_NOUN})`, ['bunch'], STRONG_PERSON_NOUN_WORDS),
  // "What a bunch of liars.", "the commenters here are a pack of ignorant racists", "what a load of morons", "a bunch
  // of entitled snobs", "The pride parade is a parade of degenerates", "What a clueless bunch of armchair generals in
  // these comments": people
  // called a crowd of them (not "a gang of thugs attacked a pensioner", "a film about a pack of liars"); in a crowd,
  // the words that may name things name people too ("The council are a bunch of incompetent clowns", "… a bunch of
  // bribe-taking clowns"; not clowns on a stage: "a bunch of clowns in the school play"); and beasts that are drunk
  // or rabid ("The fans were packs of drunken animals"; not "a herd of animals"), and scavengers said of people in the
  // plural ("The estate agents in this city are a pack of vultures"; not "Over the carcass was a flock of vultures")
  words(
    `(?:are|were|is|was|what|such|become|became)\\s+(?:(?:(?:just|all|nothing\\s+but|such|a|an|one|big|whole)\\s+){1,3}${INTENS}(?:bunch|pack|gang|herd|load|horde|flock|circus|band|troupe|posse|parade)|(?:just\\s+|all\\s+)?(?:bunches|packs|gangs|herds|hordes|flocks))\\s+of\\s+${INTENS}(?:[a-z]+(?:-[a-z]+)?\\s+)??(${PERSON_NOUN}|${CROWD_OF_THEM}|(?<=(?:drunk|drunken|feral|rabid)\\s+)(?:animals|beasts)|(?<=(?:are|were)\\s+(?:[a-z]+\\s+){1,3}of\\s+(?:[a-z-]+\\s+)?)(?<!(?:flocks?|herds?)\\s+of\\s+(?:[a-z-]+\\s+)?)(?:${SCAVENGERS.join('|')}))(?![a-z])(?!(?<=clowns)${CLOWNS_AT_WORK})`,
    // prettier-ignore
    ['bunch', 'pack', 'gang', 'herd', 'load', 'horde', 'flock', 'circus', 'band', 'troupe', 'posse', 'parade', 'bunches',
      'packs', 'gangs', 'herds', 'hordes', 'flocks'],
    [...PERSON_NOUN_WORDS, ...CROWD_OF_THEM.split('|'), 'animals', 'beasts', ...SCAVENGERS],
  ),
  // "what an idiot you are", "what a sad, pathetic troll you must be"
  listFirst(
    [WHAT_OR_SUCH],
    `(?:what|such)\\s+an?\\s+(?:[a-z]+,\\s+)?${INTENS}(${NOUN})\\s+(?:you|u)\\s+(?:are|must\\s+be|have\\s+become)`,
    YOU_WORDS,
    NOUN_WORDS,
  ),
  // "What a sad, pathetic little man you must be", "what a petty little tyrant you are"
  listFirst(
    [WHAT_OR_SUCH],
    // (and "Such a pathetic, bitter little commenter you are")
    `(?:what|such)\\s+an?\\s+(?:[a-z]+,?\\s+){0,2}?(${alternation(INSULT_ADJECTIVES)}),?\\s+(?:[a-z]+\\s+)?(?:little\\s+|old\\s+)?[a-z]+\\s+(?:you|u)\\s+(?:are|must\\s+be|have\\s+become)`,
    YOU_WORDS,
    ADJECTIVE_WORDS,
  ),
  // "ban this idiot", "that moron again": a person pointed at (not "this idiot-proof design")
  words(`(?:this|that)\\s+${INTENS}(${PERSON_NOUN})(?!-)`, ['this', 'that'], PERSON_NOUN_WORDS),
  // "how this hack keeps getting published", "that clown who runs the ministry", "That senile old fool in the White
  // House has no idea", "The old fool in the Kremlin …"
  words(
    `(?:(?:this|that)\\s+(?:(?:senile|doddering|demented|pompous|old|little)\\s+){0,2}|the\\s+(?:senile\\s+|doddering\\s+|demented\\s+)?old\\s+)(hack|clown|fraud|fool|creep|puppet|snake|rat)\\s+(?:keeps|who|still|always|never|again|write|writes|wrote|(?<=(?:clown|fraud|fool|creep)\\s+)(?:has|in\\s+the(?!\\s+(?:play|film|movie|novel|story|book|opera|show|circus|painting|song|tale|fable)(?![a-z])))|has\\s+been\\s+(?:wrong|lying|spreading|pushing|writing)|thinks|claims)(?![a-z])`,
    ['this', 'that', 'old'],
    ['hack', 'clown', 'fraud', 'fool', 'creep', 'puppet', 'snake', 'rat'],
  ),
  // "These senile old fools shouldn't be allowed to vote", "those clowns who run the ministry" (not "these fools in the
  // play", nor "Those old fools, my uncles, taught me chess")
  words(
    `(?:these|those)\\s+(?:(?:senile|doddering|demented|pompous|old|little|council|government|ministry|akimat|party|parliament|city|town|local)\\s+){0,2}(hacks|clowns|frauds|fools|creeps|puppets|snakes|rats)\\s+(?:should|shouldn['’]?t|keep|who|still|always|never|again|think|claim|running|in\\s+(?:charge|power|the\\s+(?:ministry|government|kremlin|parliament|akimat)))(?![a-z])`,
    ['these', 'those'],
    ['hacks', 'clowns', 'frauds', 'fools', 'creeps', 'puppets', 'snakes', 'rats'],
  ),
  // "Only a complete fool would trust this clown with the central bank", "Who voted for that creep?": such a word as
  // the object of what is done to a person (not "don't trust this clown costume"; not "fraud" or "hack", which name a
  // scheme or a break-in as often)
  words(
    `(?:trust|trusts|trusted|elect|elected|believe|believes|follow|follows|hire|hired|vote\\s+for|voted\\s+for|listen\\s+to|put\\s+up\\s+with)\\s+(?:this|that)\\s+(?:(?:senile|doddering|demented|pompous|old|little)\\s+){0,2}(clown|fool|creep|snake|rat)(?![a-z])(?!\\s+(?:costume|show|car|act|make-?up|nose|school|fish|movie|film|story|claim|report|scheme|case))`,
    [
      'trust',
      'trusts',
      'trusted',
      'elect',
      'elected',
      'believe',
      'believes',
      'follow',
      'follows',
      'hire',
      'hired',
      'vote',
      'voted',
      'listen',
      'put',
    ],
    ['clown', 'fool', 'creep', 'snake', 'rat'],
  ),
  // "Is the author drunk or just stupid?"
  listFirst(
    [IS_OR_WAS],
    `(?:is|was)\\s+(?:he|she|(?:the|this|that)\\s+(?:${[...WRITERS, 'commenter', ...PLAIN_PERSONS, ...PUBLIC_ROLES].join('|')}))\\s+(?:[a-z]+\\s+or\\s+)?${INTENS}(${INSULT})(?=\\s*[?.!,]|\\s+or\\b)`,
    INSULT_WORDS,
  ),
  // "I can't believe how stupid you are"
  words(
    `how\\s+${INTENS}(${INSULT})\\s+(?:you|u)\\s+(?:really\\s+|truly\\s+)?(?:are|r)(?![a-z])`,
    YOU_WORDS,
    INSULT_WORDS,
  ),
  // "That's how immature she is", "I had to show her how ugly she is": of a third person, only a word for a mind or a
  // face (not "how hateful she is", "how whiny he is", which judge what one does)
  words(
    `how\\s+${INTENS}(${alternation(HOW_HE_IS)})\\s+(?:he|she)\\s+(?:really\\s+|truly\\s+)?is(?![a-z])`,
    ['he', 'she'],
    HOW_HE_IS,
  ),
  // "what a sore loser she is"
  listFirst(
    [WHAT_OR_SUCH],
    `(?:what|such)\\s+an?\\s+${INTENS}(${NOUN})\\s+(?:he|she)\\s+is`,
    ['he', 'she'],
    NOUN_WORDS,
  ),
  // "Make him look like the idiot he is", "shown up for the fraud she is", "chose to be the coward he was" (not "the fool she is made out to be", "the
  // troll you are replying to")
  // (read from the pronoun, the noun behind it: a scan led by "the" and the insults was tried at every article)
  wordsWithGroupIndices(
    `(?:he|she|you|u|they)\\s+(?:really\\s+|truly\\s+)?(?:is|are|was|were)(?=\\s*(?:[.!?,;:)]|$)|\\s+(?:and|but|so|because|lol)(?![a-z]))(?<=(?:the|an?)\\s+${INTENS}(${NOUN})\\s+(?:he|she|you|u|they)\\s+(?:really\\s+|truly\\s+)?(?:is|are|was|were))`,
    ['he', 'she', 'you', 'u', 'they'],
    NOUN_WORDS,
  ),
  // "What a stupid woman.", "Such a pathetic little man!", "What a smarmy, conceited little man."
  words(
    `${SENTENCE_START}(?:what|such)\\s+an?\\s+${INTENS}(${alternation(INSULT_ADJECTIVES)})(?:,?\\s+(?:${alternation(INSULT_ADJECTIVES)}))?\\s+(?:little\\s+|old\\s+)?${PLAIN_PERSON}(?=\\s*[.!?…]|\\s*$)`,
    ['what', 'such'],
    PLAIN_PERSONS,
    ADJECTIVE_WORDS,
  ),
  // "Imagine being this stupid."
  words(`imagine\\s+being\\s+${INTENS}(${INSULT})`, ['imagine'], INSULT_WORDS),
  // "Enjoy being a cringe fanboy forever"
  words(`enjoy\\s+being\\s+${INTENS}(?:cringe\\s+)?(${INSULT})`, ['enjoy'], INSULT_WORDS),
  // "What a moron!", "what a hack." (not "what a joke!": said of things)
  // (and a laugh after it: "what a debil, lol"; or what the person did: "What a loser, he peaked in 2005", "What a
  // loser, writing this for pennies"; or whom:
  // "What a greedy pig of an owner", not "what a freak of an athlete", praise)
  words(
    `what\\s+an?\\s+${INTENS}(${VOCATIVE})(?=\\s*[.!?…]|\\s*$|\\s*,?\\s*(?:lol|lmao|haha|smh)(?![a-z])|\\s*,\\s*(?:he|she|they|you|u|honestly|seriously|really|[a-z]+ing)(?![a-z])|(?<!freak|monster)\\s+of\\s+an?\\s+(?:${PLAIN_PERSON}|${ANY_ROLE})(?![a-z]))`,
    ['what'],
    VOCATIVE_WORDS,
  ),
  // "another braindead take from you": a post's insult aimed at its writer
  listFirst(
    [ADJECTIVE_LIST],
    `(${ADJECTIVE})\\s+(?:take|takes|comment|comments|post|posts|opinion|opinions|rant|rants)\\s+from\\s+(?:you|u)(?![a-z])`,
    YOU_WORDS,
    ADJECTIVE_WORDS,
  ),
  // "a brain-dead poster", "this ignorant commenter": an insult of one of the discussion's people (not "poster boy")
  listFirst(
    [ADJECTIVE_LIST],
    `(${ADJECTIVE})\\s+(?:poster|commenter|${WRITERS.join('|')})(?![a-z])(?!\\s+(?:boy|girl|child|kid)s?(?![a-z]))`,
    ['poster', 'commenter', ...WRITERS],
    ADJECTIVE_WORDS,
  ),
  // "idiots like you", "worthless, just like you" (not "stupid, like you said")
  listFirst(
    [INSULT_LIST],
    `(${INSULT})\\s*,?\\s+(?:just\\s+)?like\\s+(?:you|u|yourself|urself)(?!\\s+(?:said|say|says|do|did|wrote|write|think|thought|suggested|mentioned)(?![a-z]))`,
    ['like'],
    INSULT_WORDS,
  ),
  // "Ignore the halfwits below", "how many idiots are in this thread", "… from the usual nutter": the discussion's own
  // people, unnamed (not "Ignore the typos below", "the heroes in this thread", "The clowns in the comments of the circus
  // website were all gymnasts", "the clowns here at the circus")
  words(
    `(?:the|these|those|all\\s+the|so\\s+many|how\\s+many)\\s+${INTENS}(${NOUN})\\s+(?:below|above|(?:are\\s+)?(?:here|in\\s+(?:this|the)\\s+(?:thread|comments?|comment\\s+section|discussion)))(?![a-z])(?!\\s+(?:of|on|at|in|about|under|from|for)(?![a-z]))`,
    ['below', 'above', 'here', 'thread', 'comments', 'comment', 'discussion'],
    NOUN_WORDS,
  ),
  words(
    `(?:from|by)\\s+(?:the|this|that|our|your)\\s+(?:usual|resident|same|regular)\\s+(${NOUN})(?=\\s*[.!?,;:]|\\s*$)`,
    ['usual', 'resident', 'same', 'regular'],
    NOUN_WORDS,
  ),
  // "Only a bootlicking royalist like you would defend this", "a greedy landlord like you": an insulting adjective given
  // to the reader by way of a word for a person (not "a lazy Sunday like you had", no person; nor "a brilliant writer like
  // you", no insult; nor a word that slang's praise uses too: "a sick skater like you", "a crazy fan like you")
  listFirst(
    [ADJECTIVE_LIST],
    `(${ADJECTIVE})(?<!(?:crazy|insane|sick|mental|nuts|nutty|batty|barmy|wild))\\s+(?:[a-z-]+\\s+)?(?:${PERSON_BY_ENDING}|${PLAIN_PERSON}|${ANY_ROLE}|landlords?|landlad(?:y|ies))\\s+like\\s+(?:you|u|yourself)(?=\\s+(?:would|could|can|will|should|always|ever|must|might|who|do|does|did)(?![a-z])|\\s*[.!?,;:]|\\s*$)`,
    ['like'],
    ADJECTIVE_WORDS,
  ),
];

/** Words for people that name no one in particular: "you", "someone", "anyone who …", "this one". */
// prettier-ignore
const PEOPLE_UNNAMED = new Set([
  'you', 'u', 'ya', 'yall', 'they', 'someone', 'somebody', 'anyone', 'anybody', 'everyone', 'everybody', 'people', 'who',
  'whoever', 'one', 'your', 'ur', 'his', 'her', 'their',
]);
/**
 * A plural noun opening a sentence, as its verb shows ("Crows have …", "Soldiers returning from the front need …"),
 * or a word that counts ("Many drones lack …"): not a name.
 */
const PLURAL_OPENING =
  /^(?:[a-z]+s\s+(?:[a-z]+\s+){0,4}?(?:have|lack|need)\s|(?:many|most|some|few|several|both|all|these|those)\s)/;
/**
 * Whether the clause before a likening names a person: a word for one ("the guy who wrote this", "anyone who …",
 * "you"), or a name. Not "I" (modesty), nor only animals and things ("A parrot with …", "Crows have …").
 */
function clauseNamesAPerson(submission: Submission, at: number, replyTo?: string): boolean {
  const text = submission.normalized.text;
  let start = at;
  while (start > 0 && !'.!?;\n'.includes(text[start - 1]!)) start--;
  const clause = text.slice(start, at);
  const found = [...clause.matchAll(/[a-z@][a-z0-9_'’-]*/g)];
  if (!found.length) return true;
  return found.some(({ 0: word, index }, i) => {
    if (PEOPLE_UNNAMED.has(word) || PERSON_WORDS.has(word) || PERSON_PRONOUNS.has(word)) return true;
    const target = targetOf(submission, word, start + index, replyTo);
    if (target === 'none') return false;
    // The first word of a sentence is capitalised whatever it is: a name only if its verb is not plural.
    return !(i === 0 && PLURAL_OPENING.test(text.slice(start + index, at + 6)));
  });
}
const DISMISSAL_PATTERNS = [
  ...DISMISSALS.map((phrase) => phrasePattern(phrase, true)),
  // "Anyone who likes this band has no taste and no brain", "people who vote for him have zero brain cells"
  words(
    `((?:anyone|anybody|whoever|people|those|everyone|everybody)\\s+who\\s+[^.!?]{1,60}?\\s+(?:has|have)\\s+(?:no\\s+[a-z]+\\s+and\\s+)?(?:no|zero)\\s+(?:brains?|brain\\s+cells?|iq|intelligence))(?![a-z])`,
    ['anyone', 'anybody', 'whoever', 'people', 'those', 'everyone', 'everybody'],
    ['brain', 'brains', 'iq', 'intelligence'],
  ),
  // "To the clown who asked about sources: …" (not "To the genius who invented the dishwasher: thank you", "To the
  // clown who performed at my son's party")
  words(
    `${SENTENCE_START}(to\\s+(?:the|that|this)\\s+${INTENS}(?:${VOCATIVE})\\s+(?:who(?!\\s+(?:performed|entertained|juggled|played|visited|came|worked))|that|above|below|upthread))(?![a-z])`,
    ['to'],
    VOCATIVE_WORDS,
  ),
  // "Climate scientists should be jailed for fraud, every last one of them": a whole trade sent to prison (not
  // "… should be jailed for fraud", an argument, nor "The thieves should be jailed, every last one of them", nor
  // "Doctors should be arrested if they take bribes, every last one who does")
  words(
    `((?:${[...PEOPLE_IN_PLURAL].join('|')})\\s+(?:[a-z]+\\s+){0,3}?should\\s+(?:all\\s+)?be\\s+(?:jailed|locked\\s+up|imprisoned|arrested|shot|hanged|hung|executed|deported|put\\s+behind\\s+bars)(?:(?!\\sif\\s)[^.!?]){0,40}?,?\\s+(?:every|each)\\s+(?:last|single)\\s+one(?:\\s+of\\s+them)?)(?![a-z])(?!\\s+(?:who|that))`,
    [...PEOPLE_IN_PLURAL],
    ['jailed', 'locked', 'imprisoned', 'arrested', 'shot', 'hanged', 'hung', 'executed', 'deported', 'bars'],
  ),
  // "Typical airhead influencer, all filters and no thoughts", "Typical brainless politician."
  words(
    `${SENTENCE_START}(typical\\s+(?:(?:${STRONG_PERSON_NOUN})(?:\\s+(?:${ANY_ROLE}))?|(?:${STRONG_ADJECTIVE})\\s+(?:${ANY_ROLE}|${PLAIN_PERSONS.join('|')})))(?=\\s*(?:[,.!:;—–-]|$))`,
    ['typical'],
    STRONG_WORDS,
  ),
  // "Typical smug homeowner pulling up the ladder behind him", "Typical entitled motorist, thinks …": a person by trade
  // or by a habit, called smug or entitled (not "Typical arrogant answer from the ministry", "Typical lazy Sunday")
  words(
    `${SENTENCE_START}(typical\\s+(?:smug|entitled|arrogant|selfish|spoilt|spoiled|pompous|sanctimonious|self-righteous)\\s+(?:${ANY_ROLE}|${PLAIN_PERSONS.join('|')}|motorist|cyclist|homeowner|commuter|passenger|tourist|voter|student|graduate|boomer|millennial|hipster|yuppie|expat))(?=\\s*(?:[,.!:;—–-]|$)|\\s+(?:[a-z]+ing|thinks|who|wants|expects)(?![a-z]))`,
    ['typical'],
    ['smug', 'entitled', 'arrogant', 'selfish', 'spoilt', 'spoiled', 'pompous', 'sanctimonious', 'self-righteous'],
  ),
  // "Typical courier, can't even read an address", "Typical humanities graduate, can't do basic maths", "Typical
  // courier, can't even find a door with a map": a person by
  // trade written off as unable to do what anyone can (not "Typical student, can't afford the rent", nor "Typical
  // Monday, can't think straight")
  words(
    `${SENTENCE_START}(typical\\s+(?:[a-z-]+\\s+){0,2}?(?:${ANY_ROLE}|${PLAIN_PERSONS.join('|')}|courier|student|graduate|tourist|voter|commuter)s?\\s*,\\s*(?:can['’]?t|cannot|couldn['’]?t)\\s+(?:even\\s+)?(?:read|write|spell|count|think|drive|park|do\\s+(?:basic\\s+|simple\\s+)?(?:maths?|arithmetic|sums)|find\\s+(?:a|an|the|his|her|their)\\s+(?:[a-z]+\\s+)?[a-z]+\\s+with\\s+a\\s+map|tie\\s+(?:his|her|their)\\s+(?:own\\s+)?(?:shoes|shoelaces))(?![a-z]))`,
    [
      'read',
      'write',
      'spell',
      'count',
      'think',
      'drive',
      'park',
      'maths',
      'math',
      'arithmetic',
      'sums',
      'map',
      'shoes',
      'shoelaces',
    ],
    ['typical'],
  ),
  // "They're all Kadyrov's thugs", "You're all Soros's puppets": everyone addressed or spoken of, one man's creatures
  // (not "They're all Kadyrov's men", "They are all the government's employees")
  words(
    `((?:they|you|u)\\s*(?:['’]re|\\s+are|\\s+were)\\s+all\\s+(?:just\\s+)?[a-z]+['’]s?\\s+(?:thugs|goons|puppets|lapdogs|stooges|bootlickers|minions|lackeys|henchmen|sheep|bots|trolls|slaves))(?![a-z])`,
    ['all'],
    [
      'thugs',
      'goons',
      'puppets',
      'lapdogs',
      'stooges',
      'bootlickers',
      'minions',
      'lackeys',
      'henchmen',
      'sheep',
      'bots',
      'trolls',
      'slaves',
    ],
  ),
  // "His face makes me want to stab him" (not "this heat makes me want to stab my ears")
  words(
    `((?:makes?|made)\\s+me\\s+want\\s+to\\s+(?:stab|punch|strangle|slap|kill|choke|hit|kick|smack|murder)\\s+(?:him|her|you|u|them))(?![a-z])`,
    ['want'],
    ['stab', 'punch', 'strangle', 'slap', 'kill', 'choke', 'hit', 'kick', 'smack', 'murder'],
  ),
  // "You're clearly twelve if you think this is good music"
  words(
    `((?:you|u)\\s*(?:['’]re|\\s+are|\\s+r)\\s+(?:clearly|obviously|probably|like|what,?)\\s+(?:five|six|seven|eight|nine|ten|eleven|twelve|[5-9]|1[0-2])(?:\\s+years\\s+old)?)(?=\\s*(?:[.!?,]|$|if\\s|or\\s))`,
    ['clearly', 'obviously', 'probably', 'like', 'what'],
    ['five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', '5', '6', '7', '8', '9', '10', '11', '12'],
  ),
  // "He lived as a coward and died as one", of the dead (not "He died as a prisoner of conscience")
  words(
    `((?:lived|died)\\s+(?:as|like)\\s+an?\\s+${INTENS}(?:${PERSON_NOUN}))(?![a-z])`,
    ['lived', 'died'],
    PERSON_NOUN_WORDS,
  ),
  // "Not surprised someone with your username would say something this dumb", "people like you would believe …"
  words(
    `((?:someone|somebody|people|anyone|a\\s+person|those)\\s+(?:with|like)\\s+(?:you|u|your\\s+[a-z]+)\\s+(?:would|could|can|will)\\s+(?:[a-z]+\\s+){0,3}?(?:something|anything|stuff)\\s+(?:this|so)\\s+(?:dumb|stupid|idiotic|moronic|ignorant|silly|daft|naive))(?![a-z])`,
    ['with', 'like'],
    ['dumb', 'stupid', 'idiotic', 'moronic', 'ignorant', 'silly', 'daft', 'naive'],
  ),
  // "this comment section, which is full of morons": the discussion's people, as a crowd of fools (not "full of
  // trolls, sadly", a complaint about the place)
  words(
    `(?:comment\\s+section|comments|thread|forum|this\\s+site|this\\s+page)[^.!?]{0,20}?\\s(?:is|are)\\s+(?:full\\s+of|overrun\\s+(?:by|with)|infested\\s+with|crawling\\s+with)\\s+(?:[a-z]+\\s+){0,2}?(${STRONG_PERSON_NOUN})(?![a-z])`,
    ['full', 'overrun', 'infested', 'crawling'],
    STRONG_PERSON_NOUN_WORDS,
  ),
  // "Who let this clown out of his cage?", "who let you out of the asylum"
  // (two patterns: "you" as an anchor would have cut a window around every "you" of a text)
  words(`(who\\s+let\\s+(?:this|that|the)\\s+(?:[a-z]+\\s+)?(?:${NOUN})\\s+out)(?![a-z])`, ['let'], NOUN_WORDS),
  words('(who\\s+let\\s+(?:you|u)\\s+out)(?![a-z])', ['who'], ['let']),
  // "Some people are so dim they make a brick look clever, present company included" (not "We all make mistakes, …")
  // (said of people: not "The whole room laughed at the stupid joke, present company included")
  words(
    `(?:are|were|(?:is|are)\\s+full\\s+of)\\s+(?:[a-z]+\\s+){0,2}?(?:${INSULT})(?![a-z])[^.!?]{0,100}?((?:present\\s+company|you|u|yourself)\\s+(?:included|not\\s+excepted|not\\s+excluded))`,
    INSULT_WORDS,
    ['included', 'excepted', 'excluded'],
  ),
  // "what kind of idiot", "the resident troll", "our resident Putin fanboy" (not the writer's own answer: "What kind
  // of idiot leaves the oven on? Me, yesterday.")
  words(
    `((?:what\\s+kind\\s+of|(?:the|our|[a-z]+['’]s)\\s+resident(?:\\s+[a-z]+)?)\\s+(?:${NOUN}|stenographer|parrot))(?![^.!?]{0,60}\\?\\s*(?:me|i\\s+do|i\\s+did|this\\s+guy|guilty)(?![a-z]))`,
    ['kind', 'resident'],
    [...NOUN_WORDS, 'stenographer', 'parrot'],
  ),
  // "Harris makes herself look ignorant", "he made himself look like a fool"
  words(
    `((?:makes?|made|making)\\s+(?:himself|herself|themselves|yourself|urself)\\s+look\\s+(?:like\\s+an?\\s+)?${INTENS}(?:${INSULT}))`,
    ['himself', 'herself', 'themselves', 'yourself', 'urself'],
    INSULT_WORDS,
  ),
  // "only a brainwashed zombie would write this", "only a brainwashed Liberal could write such drivel" (not "only a
  // fool would trust these promises"); with a word only for people, whatever they would do: "only a complete moron
  // would compare the two"
  words(
    `(only\\s+an?\\s+(?:(?:[a-z-]+\\s+)?(?:${NOUN})|(?:${ADJECTIVE})\\s+(?:[a-z-]+\\s+)?[a-z-]+)\\s+(?:would|could)\\s+(?:write|post|say|comment|defend|publish|claim|believe|argue|suggest|think|call|praise))`,
    ['only'],
    INSULT_WORDS,
  ),
  // (and "Only idiots still believe the polls", "only a moron believes them", "only a brain-dead bureaucrat could …",
  // "Only degenerates listen to this satanic noise", "Only an inbred idiot would …", "Only a braindead bandwagoner
  // would cheer for that team")
  words(
    `(only\\s+(?:an?\\s+)?${INTENS}(?:(?:(?:${alternation(INSULT_ADJECTIVES)})\\s+)?(?:${STRONG_PERSON_NOUN})|(?:${STRONG_ADJECTIVE})\\s+(?:${ANY_ROLE}|${PLAIN_PERSONS.join('|')}|bureaucrats?|officials?|persons?|people|${PERSON_BY_ENDING}))\\s+(?:would|could|still|actually|really|believes?|think|thinks|trusts?|votes?|buys?|falls?|defends?|supports?|reads?|watch|watches|listens?|likes?|enjoys?|books?|pays?|chooses?))(?![a-z])`,
    ['only'],
    STRONG_WORDS,
  ),
  // "And so is the idiot who hired her": a word for a fool, with "who" after it, names someone (not "the
  // thugs who beat protesters", news about people,
  // nor "I was the idiot who believed them")
  words(
    `((?:the|that|this)(?<!(?:i\\s+was|i['’]?m|i\\s+am|i['’]ve\\s+been|we\\s+were|we['’]re|we\\s+are)\\s+(?:the|that|this))\\s+${INTENS}(?:${alternation(FOOLS)})\\s+who)(?![a-z])`,
    ['who'],
    FOOLS,
  ),
  // "She is a lying leftist!": an accusation, whatever the noun
  words(
    `((?:he|she|you|u)\\s*(?:is|['’]s|was|are|['’]re|r)\\s+(?:just\\s+)?(?:a|such\\s+a)\\s+(?:lying|two-faced|backstabbing|lowlife)\\s+[a-z]+)`,
    ['he', 'she', 'you', 'u', 'shes', 'hes', 'youre'],
    ['lying', 'two', 'faced', 'backstabbing', 'lowlife'],
  ),
  // "Says the fat Antifa member", a retort with an insult in it
  words(
    // (the sentence start is checked after the first letter: a lookbehind first would run at every position)
    `(s(?<=(?:^|[.!?…]\\s*|@[a-z0-9_]+\\s+)s)ays\\s+the\\s+(?:${alternation(INSULT_ADJECTIVES)}))`,
    ['says'],
    ADJECTIVE_WORDS,
  ),
  // "This paper is run by morons", "written by a fool", "a joke run by a mustached lunatic"
  words(
    `((?:run|written|edited|staffed|managed|moderated|owned)\\s+by\\s+(?:an?\\s+[a-z-]+\\s+)?${INTENS}(?:${PERSON_NOUN}))`,
    ['run', 'written', 'edited', 'staffed', 'managed', 'moderated', 'owned'],
    PERSON_NOUN_WORDS,
  ),
  // "the same idiot columnist", "that moron minister": an insult set before a person's role
  listFirst([PERSON_NOUN_LIST], `((?:${PERSON_NOUN})\\s+(?:${alternation(ROLES)}))`, ROLES, PERSON_NOUN_WORDS),
  // "fire this clown", "ban that fraud"
  words(
    `((?:fire|ban|sack|remove|block|muzzle|silence)\\s+(?:this|that)\\s+${INTENS}(?:${alternation(NAMED)}))`,
    ['fire', 'ban', 'sack', 'remove', 'block', 'muzzle', 'silence'],
    NAMED,
  ),
  // "Anyone who thinks otherwise is a brainwashed fool", "whoever wrote this is an idiot", "Every driver who parks in a
  // bike lane is a selfish moron" (not denied: "Not everyone who disagrees is a troll")
  words(
    `(?<!(?<![a-z])not\\s+)((?:(?:anyone|anybody|those|people|commenters|everyone|(?:every|each|any)\\s+(?:commenter|reader|poster|person|one|gamer|fan|player|voter|user|customer|buyer|owner|${PERSON_BY_ENDING}))(?:\\s+here)?\\s+(?:who|that|defending|supporting|cheering|praising)|whoever)\\s+(?:(?!(?:because|since|but|cause|cuz|as|when|while|if|so)\\s)[^.!?;\\s]+\\s+){1,10}?(?:is|are)\\s+(?:either\\s+)?(?:[a-z]+\\s+or\\s+)?(?:(?:a|an)\\s+${OTHER_WORDS})?${INTENS}(?:${INSULT}))(?=\\s*(?:[.!?,;:)]|$)|\\s+(?:and|but|or|who|for|to|in|on|with|like)\\s|\\s+[a-z]+ing\\s)`,
    ['anyone', 'anybody', 'whoever', 'those', 'people', 'commenters', 'everyone', 'every', 'each', 'any'],
    INSULT_WORDS,
  ),
  // "the famous historian of Twitter": starts at "of", the title read back in a lookbehind (an alternation of
  // titles first was tried at every word around each "Twitter" of a thread of tweets)
  wordsWithGroupIndices(
    `of\\s+(?:${SOCIAL})(?![a-z])(?<=((?:historian|expert|scholar|professor|genius|general|strategist|economist|lawyer|scientist)s?\\s+of\\s+(?:${SOCIAL})))`,
    ['twitter', 'facebook', 'youtube', 'tiktok', 'reddit', 'internet', 'comment'],
  ),
  // "Which you would know if you weren't such an ignorant buffoon"
  words(
    `(if\\s+(?:you|u)\\s+(?:weren['’]?t|were\\s+not|wasn['’]?t|was\\s+not)\\s+(?:such\\s+|so\\s+)?${INTENS}(?:${INSULT}))(?![a-z])`,
    ['if'],
    INSULT_WORDS,
  ),
  // "the rambling of a bitter old crank", "the ravings of a madman"
  words(
    `((?:ramblings?|ravings?|rantings?|babblings?|drivel|delusions)\\s+of\\s+an?\\s+(?:[a-z]+\\s+){0,3}?(?:${NOUN}|madman|madwoman))(?![a-z])`,
    [
      'rambling',
      'ramblings',
      'raving',
      'ravings',
      'ranting',
      'rantings',
      'babbling',
      'babblings',
      'drivel',
      'delusions',
    ],
  ),
  // "Shame the comments are full of morons like the one above me"
  listFirst(
    [PERSON_NOUN_LIST],
    `((?:${PERSON_NOUN})\\s+like\\s+(?:the|that|this)\\s+(?:one|guy|person|poster|commenter|fellow)\\s+(?:above|below|before\\s+me|here))(?![a-z])`,
    ['above', 'below', 'before', 'here'],
    PERSON_NOUN_WORDS,
  ),
  // "Another keyboard warrior who has never held a rifle …", "Another idiot lecturing us", "Another brainless Trump
  // cultist heard from": an insult for the commenter of the moment, a mild one after an insulting adjective (not "I'm
  // another idiot who queued all night", "another idiot driver", "Another Trump cultist.", "Another stupid little
  // joke.")
  words(
    `(${NOT_ONESELF}another\\s+(?:(?:[a-z]+\\s+)?(?:${alternation(ANOTHER_NOUNS)})|(?:${STRONG_ADJECTIVE})\\s+(?:[a-z]+\\s+)?(?:${PERSON_NOUN})))(?=\\s+(?:who|that|lecturing|telling|pretending|spouting|crying|whining|trying|thinking|posting|heard\\s+from)(?![a-z])|\\s*[.!?…]|\\s*$)`,
    ['another'],
    [...triggerWords(ANOTHER_NOUNS), ...PERSON_NOUN_WORDS],
  ),
  // "Imagine being this much of an NPC"
  words(
    `(imagine\\s+being\\s+(?:this|that|so)\\s+much\\s+of\\s+an?\\s+${INTENS}(?:${NOUN}))(?![a-z])`,
    ['imagine'],
    NOUN_WORDS,
  ),
  // "Another braindead Z-patriot.", "Another brain-dead liberal heard from.", "Another talentless influencer who …":
  // an adjective only people are given, before a word for one at the end or "who"
  words(
    `(${NOT_ONESELF}another\\s+(?:brain-?dead|brainwashed|deluded|talentless)\\s+[a-z-]+(?:\\s+[a-z-]+)?)(?=${EMOJI_RUN}(?:[.!?…]|$)|\\s+heard\\s+from(?![a-z])|\\s+who(?![a-z]))`,
    ['another'],
    ['braindead', 'brain', 'dead', 'brainwashed', 'deluded', 'talentless'],
  ),
  // "The useful idiot strikes again", "our resident troll is back"
  words(
    `((?:the|our|that|this)\\s+(?:[a-z]+\\s+)?(?:${PERSON_NOUN})\\s+(?:strikes\\s+again|is\\s+back|returns))(?![a-z])`,
    PERSON_NOUN_WORDS,
    ['strikes', 'back', 'returns'],
  ),
  // "he is not stupid. Unlike you"
  words(
    `(not\\s+${INTENS}(?:${INSULT})(?:[.,;!]\\s*|\\s+)(?:unlike\\s+(?:you|u)(?![a-z])|like\\s+(?:you|u)(?=\\s*[.!?]|\\s*$)))`,
    YOU_WORDS,
    INSULT_WORDS,
  ),
];

/**
 * "X is an idiot": X decides whether it is a person. The match starts at the
 * verb, with X read backwards by a lookbehind: trying every word of a window
 * as a possible X, as a plain pattern would, was the costliest scan of a check.
 */
const INSULT_BEFORE_NAME = words(
  `(?:this|that)\\s+${INTENS}(${alternation(NAMED)})\\s+([a-z][a-z'’-]*)`,
  ['this', 'that'],
  NAMED,
);
/**
 * "What a coward Lukashenko is", "what a spineless little weasel this minister is", "what a pompous windbag the
 * secretary general is", "What a spineless worm the premier turned out to be": the insult said before its person (the
 * first word of a two-word title decides).
 */
const WHAT_A_INSULT_NAME = words(
  `(?:what|such)\\s+an?\\s+${INTENS}(?:(?:${alternation(INSULT_ADJECTIVES)})\\s+)?(${NOUN})\\s+(?:(?:this|that|the)\\s+)?([a-z][a-z'’-]*)(?:\\s+[a-z][a-z'’-]*)?\\s+(?:is|was|(?:has\\s+)?become|became|(?:has\\s+)?turned\\s+out\\s+to\\s+be|turns\\s+out\\s+to\\s+be|proved\\s+to\\s+be)(?=\\s*[.!?…]|\\s*$)`,
  ['what', 'such'],
  NOUN_WORDS,
);
/**
 * "Censoring little worms, the lot of you": an insult that the words after it give to all the readers it is said to,
 * or to all the people it is said of ("Lycra-clad smug gits, the lot of them"; not "Good night, the lot of you"); tried
 * only where an insult word begins.
 */
const INSULT_THE_LOT_OF_YOU = listFirst(
  [VOCATIVE_LIST],
  `(${VOCATIVE})(?:,|\\s+[-—–])\\s+(?:the\\s+(?:whole\\s+)?lot\\s+of\\s+(?:you|u|ya|yous|them)|every\\s+(?:last\\s+|single\\s+)?one\\s+of\\s+(?:you|u)|all\\s+of\\s+(?:you|u))(?![a-z])`,
  ['lot', 'one', 'all'],
  VOCATIVE_WORDS,
);
/** "halfwits like Dmitry", "morons like Trump": people named as examples of an insult. */
const INSULT_LIKE_NAME = listFirst(
  [PERSON_NOUN_LIST],
  `(${PERSON_NOUN})\\s+like\\s+([a-z][a-z'’-]*)`,
  ['like'],
  PERSON_NOUN_WORDS,
);
/** "Only a talentless hack like this author …", "morons like our mayor": a person by their role, an insult's example. */
const INSULT_LIKE_ROLE = listFirst(
  [VOCATIVE_LIST],
  `(${VOCATIVE})\\s+like\\s+(?:this|that|the|our|your|their)\\s+(?:${ANY_ROLE})(?![a-z])`,
  ['like'],
  VOCATIVE_WORDS,
);

/** After "are": any word but a negation or a determiner, before an insult noun ("are overeducated losers"). */
const ANY_WORD_BEFORE_NOUN = `(?!(?:not|no|never|the|a|an|our|their|my|your|his|her|its|these|those|big|biggest|real|main|clear|only|net|chief|ultimate|obvious|also|both|either|neither|all|just|such|so|too)\\s)[a-z]+(?=\\s+(?:${NOUN})(?![a-z]))`;
// (and what one has turned into: "They have become lunatics", "he became a joke"; and what one must have been: "The
// translator must have been drunk or an idiot")
const VERB = `(?:is|was|are|were|looks\\s+like|seems\\s+like|(?:must|should|would|could|might)\\s+(?:be|have\\s+been)|(?:has|have)\\s+(?:always\\s+|clearly\\s+|long\\s+)?been|(?:has|have)\\s+(?:now\\s+|clearly\\s+|truly\\s+)?become|became|becomes)`;
/**
 * What may stand between the verb and the insult: "such a complete", and after an article two other words ("a
 * Harvard-trained"); after "are", a word, or two parted by a comma ("are preachy, pasty weaklings").
 */
// Lazy: the first insult is the one marked ("a fraud and a coward").
// "Tokayev is Moscow's lapdog", "he is the Kremlin's puppet": a possessive before the insult.
const BEFORE_INSULT = `${INTENS}(?:(?<=(?:^|\\s)(?:a|an|another)\\s+)${OTHER_WORDS.replace('{0,2}', '{0,2}?')}${INTENS}|(?<=(?:are|were|been)\\s+(?:all\\s+)?)(?:[a-z]+,\\s+)?(?:[a-z]+-[a-z]+|${ANY_WORD_BEFORE_NOUN})\\s+|(?<=(?:is|was|are|were|the)\\s+)[a-z]+['’]s\\s+${INTENS})??`;
/**
 * The verb of "X is an idiot", or "he's", "they're", the "s" of "the mayor's": where SAID_OF can begin. Tried only
 * where one of its words stands (`listFirst`): scanned from every character of each window around an insult, it was
 * the costliest pattern of a typical check.
 */
const SAID_OF_VERB = openingList(
  `(?:(he|she)['’]s|(they)['’]re|(?<=[a-z]['’])s(?=\\s+(?:an?|such\\s+an?|another)\\s)|(?=(?:is|was|are|were|looks|seems|must|should|would|could|might|has|have|became|becomes)\\s)${VERB})`,
  // prettier-ignore
  ['he', 'she', 'they', 's', 'is', 'was', 'are', 'were', 'looks', 'seems', 'must', 'should', 'would', 'could', 'might',
    'has', 'have', 'became', 'becomes'],
);
// (a word and "or"/"and" may come first: "must have been drunk or an idiot", "is tone-deaf and an idiot")
const SAID_OF = listFirst(
  [SAID_OF_VERB],
  `${SAID_OF_VERB.source}\\s+((?:[a-z]+(?:-[a-z]+)?\\s+(?:or|and)\\s+(?=an?\\s))?(?:another\\s+|(?<=(?:are|were)\\s+)all\\s+)?${BEFORE_INSULT})(${INSULT})(?!-(?:proof|friendly|free|like|style)(?![a-z]))(?:\\s+([a-z]+))?`,
  INSULT_WORDS,
);

/**
 * After "X is a stupid …", the noun says whether a person is meant: "Ling is a
 * stupid bisexual", "he is a horrible president" yes; "gun control is such a
 * horrible idea" no.
 */
const PERSON_OR_GROUP = new RegExp(
  `^(?:${alternation(GROUPS)}|${[...PLAIN_PERSONS, ...WRITERS, ...PUBLIC_ROLES].join('|')}|people|human|humans|guys|politicians|being|children|kids|child|kid|nurse|programmer|doctor|teacher|lawyer|mother|father|parent|husband|wife|friend|neighbor|neighbour|citizen|member|officer|cop|soldier|worker|engineer|scientist|actor|actress|designer|machinist|butcher|surgeon|dentist|pharmacist|paramedic|medic|fire|police|excuse|specimen|loser|liar|old|middle|drunk|drunkard|censors?|interns?|hacks?|bureaucrats?)$`,
);

/**
 * After "X is an evil godless": a word or two more, then a word for a person ("man", "president"), or for people
 * ("They are pathetic little men").
 */
const PERSON_SOON_AFTER = new RegExp(
  `^(?:\\s+[a-z]+)?\\s+(?:${[...PLAIN_PERSONS, 'human', 'human being', 'drunk', 'drunkard', ...PUBLIC_ROLES, 'men', 'women', 'people', 'creatures'].join('|')})(?![a-z])`,
);
/**
 * After "a brainless …": a word or two, then a strong word that names a person only as an insult ("Instagram bimbo";
 * not an accusation: "an out right loony tunes liar").
 */
const INSULT_SOON_AFTER = new RegExp(`^(?:\\s+[a-z]+)?\\s+(?:${STRONG_PERSON_NOUN})(?![a-z])`);
/**
 * Or, after a size or an age or at once, any word or phrase that names only a person, or one that names a person when
 * an insult describes it: "Scheer is a smarmy little weasel", "a slimy ambulance chaser", "a smug little parasite".
 */
const SIZED_PERSON_NOUN_AFTER = new RegExp(
  `^(?:\\s+(?:little|old|big|young|fat))?\\s+(?:${PERSON_NOUN}|${[...PERSON_LIKE].join('|')})(?![a-z'’])`,
);
/**
 * Of a person or a name, any insult noun, after a camp's word: "The author is a spineless Kremlin stooge" (the
 * adjective is not the Kremlin's).
 */
const NOUN_SOON_AFTER = new RegExp(`^\\s+${CAMP_WORD}\\s+(?:${NOUN})(?![a-z'’])`);
/**
 * Adjectives of a mind's or a spine's lack: said of a person, any noun after them is that person ("a brain-dead
 * dinosaur").
 */
const MINDLESS_OR_SPINELESS = new Set([
  ...['stupid', 'dumb', 'idiotic', 'moronic', 'brainless', 'dimwitted', 'retarded', 'braindead', 'brain-dead'],
  ...['brain dead', 'mindless', 'witless', 'gormless', 'inbred'],
  // and of a spine's: "The principal is a spineless jellyfish"
  ...['spineless', 'gutless'],
  // and of a character's slime: "He's nothing but a slimy opportunist", "She's a two-faced careerist"
  ...['slimy', 'sleazy', 'sleezy', 'two-faced', 'deceitful', 'crooked', 'treacherous'],
]);

/** Words after an adjective that do not make it describe a noun: "he is clueless and …", "stupid to think". */
// prettier-ignore
const JOINING_WORDS = new Set([
  'and', 'or', 'but', 'to', 'for', 'as', 'in', 'on', 'at', 'about', 'with', 'if', 'when', 'because', 'who', 'that',
  'than', 'so', 'too', 'now', 'again', 'anyway', 'enough', 'beyond', 'of',
  // Not nouns either: "He is toxic even for alligators", "he is dumb af", "she is crazy though", and a run-on
  // sentence's next subject: "He is a disgrace he needs to resign"
  'even', 'though', 'tho', 'also', 'af', 'lol', 'lmao', 'haha', 'honestly', 'really', 'always', 'ever', 'still', 'yet',
  'just', 'then', 'imo', 'tbh', 'by', 'from', 'like', 'he', 'she', 'they', 'i', 'we', 'you', 'it', 'rather',
]);

/** Words for people by what they did, which courts and reports use too; and the words that make them such a record. */
// prettier-ignore
const CRIME_NOUNS = new Set([
  'criminal', 'thief', 'murderer', 'rapist', 'crook', 'scammer', 'fraudster', 'swindler', 'con artist', 'cheater',
  'pedophile', 'paedophile', 'drunkard', 'sadist', 'rapists', 'pedophiles', 'paedophiles',
]);
// (and "mass", "serial": "Stalin was a mass murderer" is history's verdict)
const LEGAL_STATUS =
  /\s(?:convicted|jailed|sentenced|alleged|accused|suspected|self-confessed|former|ex|registered|mass|serial)\s/;

/**
 * What such people may not be called: fools, plainly, a flock that follows ("sheep") or pests ("these protesters are
 * lazy parasites"). Not villains ("the generals are murderers" may be a matter of
 * record), nor the words that also judge what people know or did ("experts are clueless about …", "the generals were
 * losers on the battlefield").
 */
// prettier-ignore
const FOOLISH = new Set([
  ...FOOLS, 'stupid', 'dumb', 'idiotic', 'moronic', 'brainless', 'dimwitted', 'retarded', 'braindead', 'brain-dead',
  'brain dead', 'retards', 'muppets', 'numpties',
  'sheep', 'sheeple', 'lemmings', 'parasites', 'leeches', 'vermin', 'scum', 'cockroaches', 'roaches',
  // and the culture war's: "Climate sceptics are all inbred hillbillies", "activists are brainwashed cultists"
  'inbred', 'inbreds', 'hillbillies', 'rednecks', 'hicks', 'cultists', 'psychos', 'cows', 'clowns', 'cavemen', 'neanderthals', 'troglodytes',
  'bloodsuckers',
  // and the less than human: "The trolls in this thread are subhuman"
  'subhuman',
  // and pigs ("Police are pigs")
  'pigs', 'swine',
  // and women's: "Feminists are ugly hags"
  'hags',
  // and babies ("Millennials at work are entitled crybabies", "Students these days are spoiled brats")
  // (not "snowflakes": "I thought liberals were snowflakes" is a camp's jibe at a camp, as "Politicians are liars")
  'crybabies', 'cry babies', 'brats',
  // and the walking dead ("Couriers are brainless zombies staring at their phones")
  'zombies',
  // and the sexual crimes, pinned on a trade ("Tech bros are all rapists in hoodies")
  'rapists', 'paedophiles', 'pedophiles', 'perverts',
  // and sadists ("Army officers are all drunk sadists, every last one")
  'sadists',
  // and the desk's and the keyboard's ("Prosecutors in this city are spineless pencil pushers", "The devs are
  // talentless code monkeys"), and control freaks ("Helicopter parents are neurotic control freaks")
  'pencil pushers', 'paper pushers', 'code monkeys', 'control freaks',
  // and losers ("PhD students are overeducated losers"; not a reform's: "… are the big losers", "losers in this deal")
  'losers',
  // and mouth-breathers ("Her supporters are a cult of mouth-breathers")
  'mouth-breathers', 'mouthbreathers',
  // and those said to feed on others ("All lawyers are bloodsuckers and liars", "Strikers are freeloaders")
  'bloodsuckers', 'vampires', 'freeloaders', 'spongers', 'moochers', 'scroungers', 'layabouts',
]);

/** After a word for people of another kind, a fool's word joined to it: "Crypto bros are scammers and idiots". */
const AND_FOOLS = new RegExp(`^\\s*,?\\s+(?:and|&)\\s+(?:${[...FOOLISH].join('|')})(?![a-z])`);
/**
 * Whether a word after an insulting adjective names people: a fool's or a beast's word, or "fools" (not alone: "people
 * are fools for paying that much"; after an insult: "Voters who trust the CSTO are gullible fools"), or a word for the
 * craven or the crooked that the adjective leaves no other sense ("The gun grabbers are all ignorant cowards",
 * "Legislators are spineless worms"; alone, "the generals were cowards" may be a matter of record).
 */
// (and jerks, zealots, ghouls, freaks and whiners: "entitled jerks", "brainwashed zealots", "heartless ghouls",
// "insufferable freaks", "lazy whiners"; alone, "Teachers are jerks" is a camp's jibe)
// prettier-ignore
const PEOPLE_AFTER_AN_ADJECTIVE = new Set([
  'fools', 'cowards', 'worms', 'weasels', 'hypocrites', 'crooks', 'grifters', 'jerks', 'zealots', 'ghouls', 'freaks',
  'whiners',
  // and the rough and the cheating ("Their fans are knuckle-dragging thugs"; not "the attackers were violent thugs")
  'thugs', 'cheats', 'bullies', 'louts', 'yobs', 'hooligans',
  // and the old ("The people running the CSTO today are corrupt old fossils")
  'fossils', 'dinosaurs',
  // and the hired ("Striking nurses are greedy mercenaries"; alone, "the rebels hired mercenaries" is news)
  'mercenaries',
  // and pests ("Cyclists are arrogant self-righteous pests")
  'pests',
  // and frauds and slobs ("Climate scientists are lying frauds", "Bus drivers are lazy slobs"; alone, "the founders
  // were frauds" may be a court's word)
  'frauds', 'slobs',
  // and cranks and drones ("Parents who homeschool are paranoid cranks", "Teachers are brainwashed drones")
  'cranks', 'drones',
  // and vultures ("Nurses who strike are heartless vultures"; alone, "vultures" may be a market's), toads, snakes,
  // maggots and lunatics ("The councillors who approved this are corrupt little toads", "Vegans are preachy lunatics")
  'vultures', 'toads', 'snakes', 'maggots', 'lunatics',
  // and oafs, gits, menaces, posers, bores and weaklings ("Bus drivers are rude, lazy oafs", "E-scooter riders are
  // brainless menaces", "narcissistic posers", "smug, self-obsessed bores", "preachy, pasty weaklings", "brainless
  // attention seekers"; alone, "a menace" may be a court's word)
  'oafs', 'gits', 'menaces', 'posers', 'bores', 'weaklings', 'attention seekers', 'attention-seekers', 'rubes',
  'yokels',
  // and slugs, narcissists and monsters ("Cruise passengers are fat lazy slugs", "vapid narcissists", "Teenagers today
  // are entitled little monsters"; alone, "the monsters" may be a film's)
  'slugs', 'narcissists', 'monsters',
]);
const namesPeopleAfterAnInsult = (word: string) =>
  FOOLISH.has(word) || BEASTS.has(word) || PEOPLE_AFTER_AN_ADJECTIVE.has(word);
/** Words that may stand between an insulting adjective and the noun it makes an insult: "corrupt old fossils". */
const OLD_OR_LITTLE = new Set(['old', 'little']);
/**
 * After an insulting adjective, up to two more and then a word of FOOLISH or a beast, commas between them or not: "the
 * devs are lazy incompetent clowns", "activists are brainwashed cultists" (not "… brainwashed by state TV", nor a
 * possessive: "… are sick children's parents").
 */
function foolishAfter(adjective: string, after: string): boolean {
  // (an insult noun before another is one too: "Students today are snowflake parasites")
  if (!INSULT_ADJECTIVES.includes(adjective) && !INSULT_NOUN_SET.has(adjective)) return false;
  const next =
    /^\s*,?\s*[a-z-]+(?![a-z'’-])(?:\s*,?\s+[a-z-]+(?![a-z'’-])){0,2}/
      .exec(after)?.[0]
      .trim()
      .split(/[\s,]+/) ?? [];
  // (a word of two too: "spineless pencil pushers")
  return next.some(
    (w, i) =>
      (namesPeopleAfterAnInsult(w) || namesPeopleAfterAnInsult(`${w} ${next[i + 1]}`)) &&
      // ("old" and "little" between: "corrupt old fossils"; and any one word just before the noun: "arrogant Lycra
      // louts")
      next.slice(0, Math.max(0, i - 1)).every((a) => INSULT_ADJECTIVES.includes(a) || OLD_OR_LITTLE.has(a)),
  );
}
/**
 * A beast or a lowly word that an insulting adjective before it (read with the words before the insult) makes one:
 * "Villagers are filthy peasants", "Miners are dirty peasants".
 */
function lowlyAfterAdjective(wordsBefore: string, noun: string): boolean {
  const words = wordsBefore.trim().split(/[\s,]+/);
  // ("old" or "little" between: "stupid old fossils", "lazy little rats")
  if (words.length > 1 && OLD_OR_LITTLE.has(words.at(-1)!)) words.pop();
  // (either of the last two, a comma between them or not: "preachy, pasty weaklings", "smug, self-obsessed bores")
  const adjectives = words.slice(-2);
  // (and fools, after an insult: "Voters who trust the CSTO are gullible fools"; not "fools" alone, "people are fools for
  // paying that much"; so the craven and the crooked: "… are all ignorant cowards", and "entitled jerks", where alone
  // "entitled" is a right: "they are entitled to a refund")
  return adjectives.some(
    (adjective) =>
      (BEASTS.has(noun) && (INSULT_ADJECTIVES.includes(adjective) || BEASTLY.has(adjective))) ||
      (PEOPLE_AFTER_AN_ADJECTIVE.has(noun) &&
        (INSULT_ADJECTIVES.includes(adjective) || BEASTLY.has(adjective) || INSULTING_BEFORE_PEOPLE.has(adjective))),
  );
}
/**
 * Words that are no insult alone but are one before a word for people that an insult makes such: "entitled jerks" (where
 * alone "entitled" is a right: "they are entitled to a refund"), "lying frauds", "preachy lunatics".
 */
const INSULTING_BEFORE_PEOPLE = new Set(['entitled', 'lying', 'preachy', 'neurotic']);
/** The fools' words that are beasts a farmer keeps too: "The farmers are sheep breeding specialists". */
const KEPT_BEASTS = new Set(['sheep', 'pigs', 'swine', 'cows']);
/** Words that are no insult said of a person ("the driver was drunk") but are one before a lowly word: "dirty peasants". */
const BEASTLY = new Set(['drunk', 'drunken', 'dirty', 'thieving']);
const LOSERS_OF_A_DEAL =
  /^\s+(?:in|on|at|by|to|from|of|when|under|as|if|here|again|too|after|because|whenever)(?![a-z])/;
/**
 * The plural of a word for people by what they do or are: "gamblers", "investors", "cultists", "junkies" (after an
 * insulting adjective, PERSON_PLURAL_SHAPE's endings and more).
 */
const PEOPLE_BY_WHAT_THEY_DO = /^[a-z]+(?:ers|ors|ists|ians|ants|ents|ards|ies)$/;
const peopleByWhatTheyDo = (word: string) =>
  PEOPLE_BY_WHAT_THEY_DO.test(word) && !THINGS_WITH_A_PERSON_ENDING.has(word);
/**
 * Beasts, after an insulting adjective: "the bus drivers are rude, lazy animals" (not "the players were animals",
 * praise); and the lowly, children and drunks, which a plain word before them makes a report ("most villagers were
 * peasants", "the passengers were drunks from the stag party"): "Villagers are filthy peasants", "City workers are lazy
 * drunks", "Climate activists are brainwashed children".
 */
// (pigs and swine are FOOLISH already: said of people by trade, with or without an adjective)
// prettier-ignore
const BEASTS = new Set([
  'animals', 'rats', 'beasts', 'savages', 'monkeys', 'dogs', 'apes', 'baboons', 'gorillas',
  'peasants', 'drunks', 'junkies', 'degenerates', 'children', 'kids', 'toddlers', 'babies',
]);
/**
 * "Oil workers are drunk animals", "The cleaners at the mall are dirty rats": a beast after a word that says nothing
 * against a person alone ("the driver was drunk"), said of people by their trade (read by the rule: `tradeCalledBeasts`).
 */
const BEASTLY_BEASTS = words(
  `(?:are|r|were)\\s+(?:all\\s+|just\\s+|nothing\\s+but\\s+)?(?:${[...BEASTLY].join('|')}),?\\s+(${alternation([...BEASTS])})(?![a-z])`,
  ['are', 'r', 'were'],
  [...BEASTLY],
  [...BEASTS],
);
/**
 * "Flight attendants are just glorified waitresses", "The author is a glorified copy-paste machine": a person or a trade
 * belittled (read by the rule: only of people; "This app is a glorified calculator" judges a thing).
 */
const GLORIFIED = words(
  `(?:(?:he|she|you|u|they)\\s*['’](?:s|re)|is|are|was|were)\\s+(?:just\\s+|only\\s+|nothing\\s+but\\s+|basically\\s+|really\\s+)?(?:an?\\s+)?(glorified\\s+[a-z-]+(?:\\s+[a-z-]+)?)(?=\\s*[.!,;]|\\s*$|\\s+with\\s+(?:an?\\s+)?(?:ego|attitude|keyboard|mop|badge|title)(?![a-z]))`,
  ['glorified'],
);
const CLOWNS_BY_TRADE = new RegExp(`^${CLOWNS_AT_WORK}`);

/** The people of this discussion, in the plural: "the moderators here are …" is said of people one can name. */
// prettier-ignore
const STAFF_OF_THE_DISCUSSION = [
  'moderators', 'mods', 'editors', 'journalists', 'writers', 'reporters', 'commenters', 'admins', 'columnists',
];
const PERSON_PRONOUNS = new Set(['he', 'she', 'hes', "he's", 'shes', "she's"]);
const PERSON_WORDS = new Set([
  ...WRITERS,
  'commenter',
  'poster',
  'moderator',
  'mod',
  'op',
  // a wiki's or a forum's people: "this user is a sock puppet"
  'user',
  'admin',
  'administrator',
  ...DAILY_ROLES,
  ...PLAIN_PERSONS,
  ...PUBLIC_ROLES,
  ...STAFF_OF_THE_DISCUSSION,
  // family, named by whose they are: "his wife is an ugly old hag", "the owner's son is a thug"
  ...['wife', 'husband', 'son', 'daughter', 'mother', 'father', 'brother', 'sister', 'girlfriend', 'boyfriend'],
]);
/**
 * "the guy in the video", "the chef on that show", "the minister of ecology", "the developer behind this tower", "the
 * minister quoted in paragraph four", "the head of children's services": a word for a person, then a phrase about where
 * they are or what they are in charge of.
 */
const HEAD_BEFORE_PHRASE =
  /(?:^|[^a-z])([a-z]+)\s+(?:(?:quoted|cited|pictured|shown|mentioned|named|interviewed|featured|described)\s+)?(?:in|on|from|at|with|of|behind)\s+(?:(?:the|that|this|a|an|his|her|their)\s+(?:[a-z]+\s+)?|(?:[a-z0-9]+(?:['’]s)?\s+){0,2})$/;
/** "The minister for the environment", "the spokesman for the ministry": an office for what it answers for. */
const OFFICE_FOR =
  /(?:^|[^a-z])(minister|secretary|commissioner|spokesman|spokeswoman|spokesperson|envoy|ambassador|czar|tsar|director|candidate)\s+for\s+(?:the\s+)?(?:[a-z]+\s+){0,2}$/;
/** "The head of children's services": a word that names a person only before what they are in charge of. */
const headOf = (phrase: RegExpExecArray) => phrase[1] === 'head' && /^[^a-z]?head\s+of\s/.test(phrase[0]);
/**
 * Words that judge how someone did, not what they are, when said of a moment or a task ("was terrible in the debate",
 * "is terrible at it").
 */
// prettier-ignore
const PERFORMANCE = new Set([
  'terrible', 'awful', 'horrible', 'useless', 'lame', 'rotten', 'crappy', 'shitty', 'disgrace', 'joke', 'embarrassment',
  'failure',
]);
/** A jibe taken back at once by praise of the same person: "My dentist is a sadist, but he's the best in town". */
const PRAISED_AFTER =
  /^\s*,?\s+but\s+(?:he|she|they)\s*(?:['’]s|\s+is|['’]re|\s+are)\s+(?:also\s+|still\s+|really\s+)?(?:the\s+best|an?\s+(?:genius|legend|great|brilliant|fantastic|wonderful|excellent|good)|great|brilliant|amazing|excellent)(?![a-z])/;
const PERFORMED_WHEN =
  /^\s*(?:(?:in|during)\s+(?:the|this|that|his|her|their|today['’]s|yesterday['’]s|last\s+night['’]s|sunday['’]s|saturday['’]s)\s+(?:[a-z]+\s+)?(?:debates?|games?|match(?:es)?|final|semi-?final|race|interview|election|campaign|role|series|season|derby|tournament|cup|show|speech|summit|talks|hearing|press\s+conference|film|movie|play|half|period|round)|against|today|tonight|yesterday|last|this\s+(?:season|year|week|time|morning|evening)|again|lately|recently|so\s+far|at\s+(?:it|this|that|(?:his|her|their|the)\s+[a-z]+|[a-z]+ing)|with\s+(?:money|names|numbers|people|words|kids|children))(?![a-z])/;
/** Capitalised words that start sentences but are not names. */
// prettier-ignore
const NOT_NAMES = new Set([
  'this', 'that', 'it', 'there', 'here', 'what', 'which', 'who', 'everything', 'nothing', 'something', 'anything',
  'everyone', 'everybody', 'nobody', 'anyone', 'anybody', 'someone', 'somebody', 'the', 'a', 'an', 'my', 'your', 'our', 'their', 'its', 'his', 'her', 'these', 'those', 'being', 'such',
  'life', 'war', 'politics', 'history', 'today', 'tomorrow', 'yesterday', 'which', 'where', 'why', 'how', 'when',
  'if', 'and', 'but', 'so', 'because', 'all', 'some', 'none', 'one', 'each', 'every', 'no', 'yes',
  // a story's people and the story: "The villain is a corrupt idiot", "the hero of the novel is a complete fool"
  'villain', 'villains', 'protagonist', 'antagonist', 'narrator', 'character', 'characters', 'heroine', 'novel',
  'book', 'film', 'movie', 'play', 'story', 'series', 'sitcom', 'cartoon', 'novella', 'episode',
]);

/**
 * Capitalised words that name places and institutions, not people: "Moscow
 * is delusional", "the West is hypocritical" criticise a policy. Countries,
 * their other names and capitals come from countries-list (a maintained data
 * set, rather than a list of our own); the rest are the regions and
 * institutions this publisher's articles are about.
 */
/** Places that are also people's first names or surnames: "Chad is an idiot" is about a person. */
// prettier-ignore
const ALSO_PEOPLES_NAMES = new Set([
  'chad', 'jordan', 'israel', 'victoria', 'sofia', 'paris', 'hamilton', 'kingston', 'santiago', 'douglas', 'stanley',
  'adamstown', 'jamestown', 'lima', 'florence',
]);
const PLACES = new Set([
  ...Object.values(countries).flatMap((c) =>
    [c.name, ...(c.alias ?? []), c.capital.replace(/ D\.C\.$/, '')]
      .map((name) => name.toLowerCase())
      .filter((name) => name && !name.includes(' ') && !ALSO_PEOPLES_NAMES.has(name)),
  ),
  // prettier-ignore
  ...['west', 'east', 'europe', 'asia', 'africa', 'america', 'eurasia', 'caucasus', 'nato', 'eu', 'un', 'csto', 'kremlin',
    'pentagon', 'congress', 'parliament', 'duma', 'brussels', 'beijing', 'washington', 'government', 'ministry'],
]);

type Target = 'person' | 'unsure' | 'none';
const GRANDPARENTS = new Set([
  'grandfather',
  'grandmother',
  'grandpa',
  'grandma',
  'granddad',
  'grandad',
  'granny',
  'grandparents',
]);

/** A word, then "IS" or "WAS": a shouted subject in the singular. */
const SINGULAR_AFTER = /^[^\s]+\s+(?:IS|WAS)\s/;
/** Who "X" in "X is …" is, from the word and its case in the original. */
function targetOf(submission: Submission, subject: string, subjectIndex: number, replyTo?: string): Target {
  const word = subject.replace(/['’]s$/, '');
  if (word.startsWith('@')) return 'person';
  // A reply naming the commenter it answers: "Oleg is clueless".
  if (replyTo !== undefined && word === replyTo.toLowerCase()) return 'person';
  if (PERSON_PRONOUNS.has(word)) return 'person';
  if (PERSON_WORDS.has(word)) return 'person';
  // "Your grandfather was a traitor": the reader's family; not "My grandmother could hardly write", nor history's.
  if (
    GRANDPARENTS.has(word) &&
    /(?:^|[^a-z])(?:your|ur)\s+$/.test(submission.normalized.text.slice(Math.max(0, subjectIndex - 8), subjectIndex))
  )
    return 'person';
  if (word === 'they' || word === 'theyre') return 'unsure';
  if (notAName(word)) return 'none';
  const at = originalIndex(submission.normalized, subjectIndex);
  const original = String.fromCodePoint(submission.text.codePointAt(at) ?? 32);
  // A capitalised word: a name ("Ling", "Rogozin", "NATO"); in a script without case ("서윤"), any word may be one.
  // Not in a stretch of capitals ("CONSERVATIVES ARE COWARDS"): there, case tells nothing, but a verb in the singular
  // may still be said of a name ("ERIC HOLDER IS A FILTHY MAGGOT").
  if (original !== original.toLowerCase())
    return !shouted(submission.text, at) || SINGULAR_AFTER.test(submission.text.slice(at, at + 40)) ? 'unsure' : 'none';
  if (/\p{L}/u.test(original) && original.toLowerCase() === original.toUpperCase() && !/[a-z]/.test(word))
    return 'unsure';
  return 'none';
}

/**
 * Words that name no one: the writer, alone or with others ("I was stupid to believe it", "we were idiots to trust
 * them"), function words, places, numbers.
 */
const notAName = (word: string) =>
  word === 'i' || word === 'we' || NOT_NAMES.has(word) || PLACES.has(word) || /^\d/.test(word);
/** A lower-case word that may be a name written without its capital. */
const mayBeAName = (word: string) => /^[a-z][a-z'’-]*$/.test(word) && !notAName(word);

/**
 * Where a name that ends with the word at `at` begins: "Derek Jeter", "Maria
 * Zakharova" (up to two capitalised words before it, in the original).
 */
function nameStart(submission: Submission, at: number): number {
  const text = submission.normalized.text;
  for (let words = 0; words < 2; words++) {
    const previous = /([a-z][a-z'’-]*) $/.exec(text.slice(Math.max(0, at - 30), at));
    if (!previous) break;
    const first = submission.text[originalIndex(submission.normalized, at - previous[0].length)] ?? '';
    if (first === first.toLowerCase()) break;
    at -= previous[0].length;
  }
  return at;
}

/** Whether the word at `at` and the words after it, a dozen letters at least, are all in capitals. */
function shouted(text: string, at: number): boolean {
  const stretch = /^[^a-z]*/.exec(text.slice(at, at + 40))![0];
  return (stretch.match(/[A-Z]/g)?.length ?? 0) >= 12;
}

/** How a found insult is put to the commenter; the message quotes the original text of its span. */
type Wording = 'attacks' | 'may-attack' | 'aimed' | 'as-reply' | 'looks' | 'sexual';
type Found = { rule: 'attacks'; clause: 'personal_attack'; hold: boolean; wording: Wording };

const MESSAGES: Record<Wording, (quoted: string) => string> = {
  attacks: (q) => `“${q}” attacks a person. Criticise the argument, not the people who make it.`,
  'may-attack': (q) => `“${q}” may be a personal attack; ${MODERATOR_READS}`,
  aimed: (q) => `“${q}” is aimed at a person; ${MODERATOR_READS}`,
  'as-reply': (q) => `“${q}”, as a reply, is said of the person you answer; ${MODERATOR_READS}`,
  looks: (q) =>
    `“${q}” is about a person's looks or body; remarks on looks are not for this discussion, and ${MODERATOR_READS}`,
  sexual: (q) => `“${q}” is a sexual remark, which is not for this discussion; ${MODERATOR_READS}`,
};

function found(wording: Wording, hold: boolean): Found {
  return { rule: 'attacks', clause: 'personal_attack', hold, wording };
}

function attack(word: string, certain: boolean, strong = false): Found {
  const hold = (MILD_INSULTS.has(word) && !strong) || !certain;
  return found(hold ? 'may-attack' : 'attacks', hold);
}

const BARE_FILLERS = new Set([...INTENSIFIERS, 'how', 'what', 'or', 'and', 'you', 'u']);

/** A reply that is nothing but such words, after the @names it opens with: said to the person it answers. */
function bareInsultInReply(submission: Submission): (Found & Pick<Reason, 'start' | 'end'>) | undefined {
  const text = submission.normalized.text;
  const body = /^\s*(?:@[a-z0-9_]+\s+)*/.exec(text)![0].length;
  if (text.length - body > 80) return undefined;
  const words = [...text.slice(body).matchAll(/[a-z]+(?:['’-][a-z]+)*/g)];
  if (
    !words.length ||
    words.length > 5 ||
    LETTER_OR_DIGIT.test(text.slice(body).replace(/[a-z]+(?:['’-][a-z]+)*/g, ''))
  )
    return undefined;
  if (!words.every(([w]) => ABOUT_A_MIND.has(w) || BARE_FILLERS.has(w))) return undefined;
  const insult = words.find(([w]) => ABOUT_A_MIND.has(w));
  if (!insult) return undefined;
  const start = body + insult.index;
  const span = originalSpan(submission.normalized, start, start + insult[0].length);
  return { ...found('as-reply', true), ...span };
}

const LOOKS_INDEX = plainIndex(LOOKS.map((phrase) => phrasePattern(phrase, true)));

const SEXUAL_INDEX = plainIndex(SEXUAL.map((phrase) => phrasePattern(phrase, true)));

const TO_YOU_INDEX = plainIndex(TO_YOU);
const DISMISSAL_INDEX = plainIndex(DISMISSAL_PATTERNS);
const LIKENED_INDEX = plainIndex(LIKENED.map((phrase) => phrasePattern(phrase, true)));

/**
 * An insult denied by the sentence it stands in: "I'm not saying he is racist",
 * "I don't think the author is stupid" (not "I can't believe how stupid …"),
 * or said of no one: "Not every critic is a bot", "Not all fans are idiots".
 * Read just before the subject.
 */
const DENIED_BEFORE =
  /(?:(?:(?<![a-z])(?:not|never)|(?<![a-z])(?:do|does|did|would|am|is|was)n['’]?t)\s+(?:saying|say|said|think|thinking|believe|claiming|claim|calling|suggesting|implying)\s+(?:that\s+)?(?:(?:the|this|that|our|your)\s+)?|(?<![a-z])not\s+(?:every|each|all(?:\s+(?:the|of\s+the|these|those))?)\s+)$/;
/**
 * Whether the verb at `at` has people by their trade as its subject, a phrase after them or not ("workers at the
 * plant").
 */
function tradeCalledBeasts(text: string, at: number): boolean {
  const subject = wordBefore(text, at);
  if (!subject) return false;
  const head = HEAD_BEFORE_PHRASE.exec(text.slice(Math.max(0, subject.start - 50), subject.start));
  return PEOPLE_IN_PLURAL.has(subject.word) || (head !== null && PEOPLE_IN_PLURAL.has(head[1]!));
}
/**
 * Whether the word at `at` has a determiner before it: "the superintendent", "our principal", "Amazon's founder" (not
 * "my": "My cat is a little gremlin", "my grandfather was a traitor in their eyes", the writer's own).
 */
const DETERMINER = "(?:^|[^a-z'’])(?:the|that|this|our|your|ur|their|his|her|[a-z]+['’]s)\\s+";
const DETERMINER_BEFORE = new RegExp(`${DETERMINER}$`);
/** A word between, when the word at `at` names a person: "the local councillor" (not "the hallway light"). */
const DETERMINER_AND_A_WORD_BEFORE = new RegExp(`${DETERMINER}[a-z-]+\\s+$`);
const determined = (text: string, at: number, subject: string) =>
  DETERMINER_BEFORE.test(text.slice(Math.max(0, at - 30), at)) ||
  (PERSON_WORDS.has(subject) && DETERMINER_AND_A_WORD_BEFORE.test(text.slice(Math.max(0, at - 40), at)));
/** Nouns with a determiner that name no one to attack: a story's people, pets and babies, figures made of things. */
// prettier-ignore
const NOT_ATTACKED = new Set([
  ...STORY_PEOPLE, 'cat', 'dog', 'kitten', 'puppy', 'horse', 'parrot', 'pet', 'baby', 'toddler', 'mascot', 'costume',
  'statue', 'doll', 'toy', 'figure', 'sculpture', 'logo', 'drawing',
]);
const denied = (text: string, at: number) => DENIED_BEFORE.test(text.slice(Math.max(0, at - 40), at));
/**
 * A sentence that opens with a verb's "-ing" form and a few words before the subject: "Selling our best defender was a
 * stupid decision", "Hiring this coach was idiotic": the subject is the act, not the person named in it.
 */
const ACT_BEFORE = /[.!?;:—–]\s*([a-z]+ing)\s+(?:[a-z'’-]+\s+){0,3}$/;
/** Nouns in "-ing" that name a person or a thing, not an act: "King", "Darling", "Something" opening a sentence. */
// prettier-ignore
const ING_NOUNS = new Set([
  'king', 'viking', 'darling', 'sibling', 'underling', 'weakling', 'hireling', 'thing', 'something', 'nothing',
  'anything', 'everything', 'morning', 'evening', 'building', 'wedding', 'ring', 'wing', 'spring', 'string', 'sting',
]);
const actAsSubject = (text: string, at: number): boolean => {
  // (the text's start read as a sentence's)
  const act = ACT_BEFORE.exec(`${at > 60 ? '' : '. '}${text.slice(Math.max(0, at - 60), at)}`);
  return act !== null && !ING_NOUNS.has(act[1]!);
};

const LOST_WHAT =
  /^\s+(?:in|of|from)\s+(?:(?:the|this|that|last|next|a|an|both|each|every|such|any|these|those)\s+)?(?:[a-z0-9'’-]+\s+){0,2}(?:elections?|races?|votes?|contests?|match(?:es)?|games?|finals?|wars?|battles?|deals?|trades?|tournaments?|primar(?:y|ies)|runoffs?|referendums?|lotter(?:y|ies)|fights?|bouts?|cases?|lawsuits?|disputes?|rounds?|struggles?|reforms?|auctions?|tenders?|changes?|crisis|crises|merger|shake-up|reshuffle)(?![a-z])/i;
/**
 * Insult words in idioms that insult no one, by the words after them: "sick of
 * the excuses", "sick and tired", "crazy about football", "this witch hunt";
 * and "anti-fascist", whose prefix turns the word around.
 */
const IDIOM_AFTER: Record<string, RegExp> = {
  sick: /^\s+(?:of|and\s+tired)(?![a-z])/i,
  crazy: /^\s+(?:about|for)(?![a-z])/i,
  nuts: /^\s+(?:about|for|and\s+bolts)(?![a-z])/i,
  witch: /^[\s-]+hunt/i,
  // "a loser in the 2018 election", "the losers of the pension reform": who lost, not what someone is
  loser: LOST_WHAT,
  losers: LOST_WHAT,
};
function inIdiom(text: string, start: number, end: number): boolean {
  if (/(?<![a-z])anti-$/i.test(text.slice(Math.max(0, start - 6), start))) return true;
  return IDIOM_AFTER[text.slice(start, end).toLowerCase()]?.test(text.slice(end, end + 60)) ?? false;
}

/**
 * Emoji that call someone a clown, a pig, a rat, a snake or a sheep ("You 🤡", "Author = 🤡🤡🤡"), the emoji closing
 * what is said of the person, and the finger given to someone ("🖕 you"; alone, it is as often a gesture at the news).
 * The word patterns do not see emoji, so these are read in the original text: found by a plain scan for the emoji,
 * then the words just before and after each are read (one pattern over the whole text, tried at every character,
 * cost 30 µs a check).
 */
/** 🤡 💩 🐷 🐖 🐀 🐍 🐑, as UTF-16 (the patterns built from it have no u flag). */
const CLOWN_OR_ANIMAL = '\\uD83E\\uDD21|\\uD83D[\\uDCA9\\uDC37\\uDC16\\uDC00\\uDC0D\\uDC11]';
const FINGER = '\uD83D\uDD95';
const INSULT_EMOJI = new RegExp(`${CLOWN_OR_ANIMAL}|${FINGER}`, 'g');
const SAID_TO_BE =
  /(?<![\p{L}\p{N}])(?:you|u|ur|ya|author|writer|journalist|reporter|editor|columnist|moderator|admin|mod|he|she|this guy|op)(?:\s*(?:=|:|is|are|r|['’]re|['’]s)\s*|\s+)(?:(?:a|an|the|such a|total|absolute|complete|utter|just|literally)\s+)*$/iu;
const STARTS_CLOWN_OR_ANIMAL = new RegExp(`^(?:${CLOWN_OR_ANIMAL})`);
/** What may follow the run: other emoji and spaces, then the end of the clause. */
const RUN_ENDS = /^[\s\p{Extended_Pictographic}\uFE0F\u200D]*(?:[.!?,;:]|$)/u;
const FINGER_TO = /^(?:\uD83C[\uDFFB-\uDFFF])?\s*(?:you|u|ya|them|him|her)(?![a-z])/i;
const TO_FINGER = /(?<![a-z0-9])(?:you|u)\s+$/i;

function emojiInsults(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  INSULT_EMOJI.lastIndex = 0;
  for (let m = INSULT_EMOJI.exec(text); m; m = INSULT_EMOJI.exec(text)) {
    const at = m.index;
    const end = at + 2;
    const before = text.slice(Math.max(0, at - 50), at);
    if (m[0] === FINGER) {
      const to = FINGER_TO.exec(text.slice(end, end + 12));
      const from = to ? null : TO_FINGER.exec(before);
      if (to) out.push({ start: at, end: end + to[0].length });
      else if (from) out.push({ start: at - before.length + from.index, end });
      continue;
    }
    // The run of emoji is one span ("🤡🤡🤡"): the scan goes on after it.
    let runEnd = end;
    while (STARTS_CLOWN_OR_ANIMAL.test(text.slice(runEnd, runEnd + 2))) runEnd += 2;
    INSULT_EMOJI.lastIndex = runEnd;
    const said = SAID_TO_BE.exec(before);
    if (said && RUN_ENDS.test(text.slice(runEnd, runEnd + 40)))
      out.push({ start: at - before.length + said.index, end: runEnd });
  }
  return out;
}

/**
 * "The corrupt idiot should be banned for life", "…, the corrupt rat should be banned": a person named by an insult
 * and said to act, held (not "the idiot box is on all day", "the rat ate the wires", "the word debil is Russian for
 * a fool", and not "The Idiot is
 * Dostoevsky's finest novel": a title, capitalised, is checked in the original). What stands before the article is
 * read behind it, only where one stands.
 */
const INSULT_AS_SUBJECT = words(
  `((?:the|that|this|these|those)(?<=(?:^(?:@[a-z0-9_]+\\s+)*|[.!?…,;:]\\s*)(?:the|that|this|these|those))\\s+(?:(?:(?!(?:word|words|term|terms|name|label|title|insult|expression|phrase)\\s)[a-z-]+\\s+)?(${STRONG_PERSON_NOUN})|(?:${STRONG_ADJECTIVE}|corrupt|lying|crooked|thieving|greedy)\\s+(?:[a-z-]+\\s+)?(rats?|snakes?|crooks?|clowns?|liars?|frauds?|thugs?|fools?)))(?=\\s+(?:should|shouldn['’]?t|must|needs?\\s+to|will|would|can['’]?t|cannot|couldn['’]?t|doesn['’]?t|didn['’]?t|has|had|is|was|just|clearly|obviously|probably|still|keeps?|wants?|thinks?)(?![a-z]))`,
  ['the', 'that', 'this', 'these', 'those'],
  // (the nouns' words, rarer than the adjectives')
  [
    ...STRONG_PERSON_NOUN_WORDS,
    'rat',
    'rats',
    'snake',
    'snakes',
    'crook',
    'crooks',
    'clown',
    'clowns',
    'liar',
    'liars',
    'fraud',
    'frauds',
    'thug',
    'thugs',
    'fool',
    'fools',
  ],
);

/** Before a comma, a verb and an insulting adjective: what follows the comma goes on the list ("are rude, lazy oafs"). */
const ADJECTIVES_IN_A_ROW = new RegExp(
  `(?:^|[^a-z'’])(?:are|were|is|was)\\s+(?:${alternation(INSULT_ADJECTIVES)}|rude),\\s*$`,
);

export const attacks: Rule = (submission, context) => {
  const hits: (Found & Pick<Reason, 'start' | 'end'>)[] = [];
  const bare = context.replyTo === undefined ? undefined : bareInsultInReply(submission);
  if (bare) hits.push(bare);
  for (const { pattern } of candidates(submission, TO_YOU_INDEX)) {
    hits.push(
      ...reasonsFor(
        submission,
        pattern,
        (m) => {
          if (denied(submission.normalized.text, m.index)) return undefined;
          // "calling everyone who disagrees with you a Kremlin bot", "I sent you a link": "you" the object of what
          // stands before it, and the noun not said to them
          if (
            /^(?:you|u|ya)\s+an?\s/.test(m[0]) &&
            YOU_AS_OBJECT.has(wordBefore(submission.normalized.text, m.index)?.word ?? '')
          )
            return undefined;
          // "Bus drivers are rude, lazy oafs.": the last of a list of insults said of a subject, not a vocative
          if (ADJECTIVES_IN_A_ROW.test(submission.normalized.text.slice(Math.max(0, m.index - 40), m.index)))
            return undefined;
          // "you stupid clown": a mild word made plain by a strong one next to it (read back from the vocative by a
          // pattern that starts there: `lead`).
          const said = m.groups?.lead ? `${m.groups.lead} ${m[0]}` : m[0];
          const strong = said.split(/[\s,]+/).some((w) => INSULT_ADJECTIVES.includes(w) && !MILD_INSULTS.has(w));
          return attack(m[1]!, true, strong);
        },
        1,
      ),
    );
  }
  for (const { pattern } of candidates(submission, DISMISSAL_INDEX)) {
    hits.push(...reasonsFor(submission, pattern, () => found('aimed', true), 1));
  }
  for (const { pattern } of candidates(submission, LIKENED_INDEX)) {
    hits.push(
      ...reasonsFor(
        submission,
        pattern,
        (m) => (clauseNamesAPerson(submission, m.index, context.replyTo) ? found('aimed', true) : undefined),
        1,
      ),
    );
  }
  for (const { pattern } of candidates(submission, LOOKS_INDEX)) {
    hits.push(...reasonsFor(submission, pattern, () => found('looks', true), 1));
  }
  for (const { pattern } of candidates(submission, SEXUAL_INDEX)) {
    hits.push(...reasonsFor(submission, pattern, () => found('sexual', true), 1));
  }
  for (const span of emojiInsults(submission.text)) hits.push({ ...found('aimed', true), ...span });
  // "ты идиот", "автор дебил": a mild word or an unsure target is held, as in English.
  for (const { start, end, kind, certain } of russianFindings(submission))
    if (kind === 'attack') hits.push({ ...found(certain ? 'attacks' : 'may-attack', !certain), start, end });
  for (const pattern of [INSULT_BEFORE_NAME, INSULT_LIKE_NAME])
    hits.push(
      ...reasonsFor(
        submission,
        pattern,
        (m) => {
          const name = m[2]!;
          return name === 'him' ||
            name === 'her' ||
            targetOf(submission, name, m.index + m[0].length - name.length) === 'unsure'
            ? attack(m[1]!, false)
            : undefined;
        },
        1,
      ),
    );
  hits.push(...reasonsFor(submission, INSULT_LIKE_ROLE, (m) => attack(m[1]!, true), 1));
  hits.push(...reasonsFor(submission, INSULT_THE_LOT_OF_YOU, (m) => attack(m[1]!, false)));
  hits.push(
    ...reasonsFor(
      submission,
      GLORIFIED,
      (m) => {
        const contracted = /^(?:he|she|you|u|they)/.test(m[0]);
        const subject = contracted ? undefined : wordBefore(submission.normalized.text, m.index)?.word;
        const ofPeople =
          contracted ||
          (subject !== undefined &&
            (PEOPLE_IN_PLURAL.has(subject) || PERSON_WORDS.has(subject) || PERSON_PRONOUNS.has(subject)));
        return ofPeople ? attack(m[1]!, false) : undefined;
      },
      1,
    ),
  );
  hits.push(
    ...reasonsFor(
      submission,
      BEASTLY_BEASTS,
      (m) => (tradeCalledBeasts(submission.normalized.text, m.index) ? attack(m[1]!, false) : undefined),
      1,
    ),
  );
  hits.push(
    ...reasonsFor(
      submission,
      INSULT_AS_SUBJECT,
      (m) => {
        const noun = m[2] ?? m[3]!;
        const at = originalIndex(submission.normalized, m.index + m[0].lastIndexOf(noun));
        const first = submission.text[at] ?? '';
        // A capitalised noun is a title or a name ("The Idiot"), unless the whole text shouts.
        return first !== first.toLowerCase() && !shouted(submission.text, at) ? undefined : found('aimed', true);
      },
      1,
    ),
  );
  // A word for a person ("this guy") is as plain as "you"; a name is unsure, as "Moscow" would be.
  hits.push(
    ...reasonsFor(
      submission,
      WHAT_A_INSULT_NAME,
      (m) => {
        const target = targetOf(submission, m[2]!, m.index + m[0].lastIndexOf(m[2]!));
        return target === 'none' ? undefined : attack(m[1]!, target === 'person');
      },
      1,
    ),
  );
  hits.push(
    ...reasonsFor(
      submission,
      SAID_OF,
      (m) => {
        // "the mayor's a clown": the "is" of a noun's contraction (the match starts at its "s"; a possessive has no
        // article after it: "the mayor's aide")
        const nounContracted =
          m[1] === undefined && m[2] === undefined && /['’]/.test(submission.normalized.text[m.index - 1] ?? '');
        const contracted = m[1] !== undefined || m[2] !== undefined || nounContracted;
        // X: "he" of "he's", else the word just before the verb (read here, not by the pattern: a lookbehind
        // for it, tried at every verb of a window, was most of the pattern's cost).
        const x = nounContracted
          ? wordEndingAt(submission.normalized.text, m.index - 1)
          : contracted
            ? { word: (m[1] ?? m[2])!, start: m.index }
            : wordBefore(submission.normalized.text, m.index);
        if (!x) return undefined;
        let { word: subject, start: at } = x;
        // "The mayor-elect is …", "the president elect is …": the office's word is the subject.
        if (!contracted && (subject === 'elect' || subject === 'designate')) {
          const office =
            submission.normalized.text[at - 1] === '-'
              ? wordEndingAt(submission.normalized.text, at - 1)
              : wordBefore(submission.normalized.text, at);
          if (office && PERSON_WORDS.has(office.word)) ({ word: subject, start: at } = office);
        }
        // "the author of this piece is …": the subject is the person the piece is by.
        const before = Math.max(0, at - 40);
        const by = WRITINGS.has(subject) ? AUTHOR_OF.exec(submission.normalized.text.slice(before, at)) : null;
        if (by) {
          subject = by[1]!;
          at = before + by.index;
        }
        const from = Math.max(0, at - 80);
        const before80 = contracted ? '' : submission.normalized.text.slice(from, at);
        // (looked for only where a relative pronoun stands, or a pronoun that begins a clause without one: "the
        // expert they quoted is …"; most subjects end no clause)
        const clause = RELATIVE_CLAUSE_WORD.test(before80)
          ? (PERSON_WHO.exec(before80) ?? PEOPLE_WHO.exec(before80))
          : null;
        if (clause) {
          subject = clause[1]!;
          at = from + clause.index;
        }
        // "the commenter above is …", "this guy here is …", "students these days are …": the subject is before.
        if (!contracted && AFTER_SUBJECT.has(subject)) {
          let previous = wordBefore(submission.normalized.text, at);
          if (subject === 'days' && previous?.word === 'these')
            previous = wordBefore(submission.normalized.text, previous.start);
          else if (subject === 'days') return undefined;
          // (and a participle between: "the doctor quoted here is …", "the man pictured above is …")
          else if (previous && PARTICIPLE_BEFORE_HERE.test(previous.word))
            previous = wordBefore(submission.normalized.text, previous.start);
          if (!previous) return undefined;
          ({ word: subject, start: at } = previous);
        }
        // "Teachers like her are lazy parasites": the people she stands for are the subject.
        if (!contracted && EXAMPLE_OF_PEOPLE.has(subject)) {
          const like = wordBefore(submission.normalized.text, at);
          const people = like?.word === 'like' ? wordBefore(submission.normalized.text, like.start) : undefined;
          if (people && peopleInPlural(people.word)) ({ word: subject, start: at } = people);
        }
        // "the guy in the video is …", "the chef on that show is …", "the minister for the environment is …": the person
        // the phrase is about is the subject
        const phraseFrom = Math.max(0, at - 50);
        const phrase = submission.normalized.text.slice(phraseFrom, at);
        const head = contracted ? null : (HEAD_BEFORE_PHRASE.exec(phrase) ?? OFFICE_FOR.exec(phrase));
        if (head && (PERSON_WORDS.has(head[1]!) || peopleInPlural(head[1]!) || headOf(head))) {
          subject = head[1]!;
          at = phraseFrom + head.index + head[0].indexOf(head[1]!);
        }
        // "the attack on Navalny was stupid", "the letter from Petrova is idiotic", "the interview with Maria
        // Zakharova is idiotic": X is not the subject.
        if (
          afterPreposition(submission.normalized.text, nameStart(submission, at)) ||
          denied(submission.normalized.text, at) ||
          // (an act takes "is" or "was"; before "are" the "-ing" word is the people's: "Striking nurses are greedy …")
          (actAsSubject(submission.normalized.text, at) && !/^(?:are|were)\s/.test(m[0]))
        )
          return undefined;
        const insult = m[4]!;
        // "justin is an IDIOT": a tweet's names are often not capitalised, and a word for a fool names a person.
        const named = head && headOf(head) ? 'person' : targetOf(submission, subject, at, context.replyTo);
        // "The superintendent is a windbag", "Amazon's founder is a greedy troll": a word that names only a person,
        // said of a noun with its determiner, is said of someone (whoever the role word names); and so is an insulting
        // adjective before one ("That duchess is a vapid airhead", "The queen consort is an ugly old witch").
        const personNounAfter =
          INSULT_ADJECTIVES.includes(insult) &&
          m[5] !== undefined &&
          SIZED_PERSON_NOUN_AFTER.test(
            ` ${m[5]}${submission.normalized.text.slice(m.index + m[0].length, m.index + m[0].length + 30)}`,
          );
        const target =
          named === 'none' &&
          ((FOOLS.includes(insult) && mayBeAName(subject)) ||
            // (not after a phrase's head that names no person: "The villain in this book is a corrupt idiot")
            ((PERSON_NOUN_ONLY.test(insult) || personNounAfter) &&
              !head &&
              !NOT_ATTACKED.has(subject) &&
              determined(submission.normalized.text, at, subject)))
            ? 'unsure'
            : named;
        // "the minister was terrible in the debate", "the goalkeeper was useless today": a performance judged
        const afterInsult = submission.normalized.text.slice(m.index + m[0].length - (m[5] ? m[5].length + 1 : 0));
        if (PERFORMANCE.has(insult) && PERFORMED_WHEN.test(afterInsult)) return undefined;
        if (PRAISED_AFTER.test(afterInsult)) return undefined;
        // "they're clueless about …": of "they", in the contraction, only the strong words ("they're idiots")
        if (m[2] !== undefined && MILD_INSULTS.has(insult)) return undefined;
        // "The experts are morons", "liberals are too stupid to …": people by their trade or their politics, called
        // fools. Held, not refused: no one in particular is named (peoples and faiths are the hate rule's). An
        // adjective before such a word counts too: "activists are brainwashed cultists" (not "… brainwashed by TV").
        if (
          !contracted &&
          peopleInPlural(subject) &&
          !STAFF_OF_THE_DISCUSSION.includes(subject) &&
          /^(?:are|were)\s/.test(m[0]) &&
          (FOOLISH.has(insult) ||
            foolishAfter(insult, afterInsult) ||
            lowlyAfterAdjective(m[3]!, insult) ||
            AND_FOOLS.test(afterInsult)) &&
          !(insult === 'losers' && LOSERS_OF_A_DEAL.test(afterInsult))
        ) {
          const after = m[5];
          // (a participle after it says what they do: "parasites living off the rest of us", "clowns bussed in")
          // (nor does a word for people by what they do: "Crypto bros are brain-dead gamblers")
          const describesAThing =
            after !== undefined &&
            !JOINING_WORDS.has(after) &&
            !PERSON_OR_GROUP.test(after) &&
            // (the keeping of a beast only after one: "sheep breeding specialists", not "control freaks raising …")
            (!after.endsWith('ing') ||
              (KEEPING_ANIMALS.test(after) && (BEASTS.has(insult) || KEPT_BEASTS.has(insult)))) &&
            !after.endsWith('ed') &&
            !(INSULT_ADJECTIVES.includes(insult) && peopleByWhatTheyDo(after));
          // (clowns by trade: "the devs are clowns at the circus on weekends")
          const byTrade = insult === 'clowns' && CLOWNS_BY_TRADE.test(afterInsult);
          // (a noun that names only people a word later is theirs: "Zoomers are brain-dead TikTok zombies", "Cyclists
          // are arrogant Lycra louts")
          const secondAfter = /^\s*[a-z'’-]+\s+([a-z-]+)/.exec(afterInsult)?.[1];
          const peopleNounSoon = secondAfter !== undefined && namesPeopleAfterAnInsult(secondAfter);
          // (a word for people after it is theirs: "gullible fools", "lazy parasites")
          const peopleNoun = after !== undefined && namesPeopleAfterAnInsult(after);
          return (describesAThing && !peopleNoun && !peopleNounSoon) || byTrade ? undefined : attack(insult, false);
        }
        if (target === 'none') return undefined;
        // (a clown by trade, one too: "the weatherman is a clown at children's parties on weekends")
        if ((insult === 'clown' || insult === 'clowns') && CLOWNS_BY_TRADE.test(afterInsult)) return undefined;
        // "Liberals are insane", "Democrats were idiots": a capitalised plural names a group, not a person
        // (insults of groups by who they are belong to the hate rule); "they are idiots" stays unsure.
        if (
          !contracted &&
          /^(?:are|were)\s/.test(m[0]) &&
          !['they', 'theyre', 'we'].includes(subject) &&
          !STAFF_OF_THE_DISCUSSION.includes(subject)
        )
          return undefined;
        const nextWord = m[5];
        // "he is a convicted scammer", "an alleged thief": a court's or a report's word for what someone did, not an insult
        if (CRIME_NOUNS.has(insult) && LEGAL_STATUS.test(` ${m[3]}`)) return undefined;
        // "Tokayev was a puppet of Moscow": whom a leader answers to, a claim argued in the news (not "a sock
        // puppet of a known troll", an account's fraud, nor "a spineless puppet of the mafia", an insult's)
        const wordsBefore = m[3]!.split(/[\s,]+/);
        if (
          insult === 'puppet' &&
          nextWord === 'of' &&
          !wordsBefore.includes('sock') &&
          !wordsBefore.some((w) => INSULT_ADJECTIVES.includes(w))
        )
          return undefined;
        // "a fool for football", "a sucker for a good story": a fondness, not a folly ("a fool for believing him" is one)
        if ((insult === 'fool' || insult === 'sucker') && nextWord === 'for' && !FOR_DOING.test(afterInsult))
          return undefined;
        // "a stupid idea": the adjective is said of the noun after it (a conjunction is not one: "clueless and …"; nor,
        // after a noun, a participle: "a parasite living off our taxes").
        const participle = nextWord?.endsWith('ing') === true && INSULT_NOUN_SET.has(insult);
        const noun = nextWord && !JOINING_WORDS.has(nextWord) && !participle ? nextWord : undefined;
        // Unless the noun is an insult itself: "she is a despicable disgrace" (of a person), "X is a vile moron".
        // "an evil godless man": the person may come a word or two after the adjective, or an insult for one ("a
        // brainless Instagram bimbo"); and of a person, a mind's lack makes any noun theirs ("He's a brain-dead
        // dinosaur").
        const soonAfter = submission.normalized.text.slice(m.index + m[0].length, m.index + m[0].length + 30);
        // (and, of a person, an insulting adjective that ends the phrase stands for a noun: "The minister is a smug
        // incompetent")
        const insultNoun =
          noun !== undefined &&
          ((INSULT_NOUN_SET.has(noun) && (target === 'person' || PERSON_NOUN_ONLY.test(noun))) ||
            (target === 'person' && INSULT_ADJECTIVES.includes(noun) && ADJECTIVE_AS_NOUN_AFTER.test(soonAfter)));
        if (
          noun &&
          INSULT_ADJECTIVES.includes(insult) &&
          !PERSON_OR_GROUP.test(noun) &&
          !insultNoun &&
          !PERSON_SOON_AFTER.test(soonAfter) &&
          !INSULT_SOON_AFTER.test(` ${nextWord}${soonAfter}`) &&
          !SIZED_PERSON_NOUN_AFTER.test(` ${nextWord}${soonAfter}`) &&
          // (of a name too: "Tokayev is a spineless Kremlin puppet")
          !NOUN_SOON_AFTER.test(` ${nextWord}${soonAfter}`) &&
          !(target === 'person' && MINDLESS_OR_SPINELESS.has(insult))
        )
          return undefined;
        // "a fool who …", "a lying snake": a word that can name a thing plainly names a person here.
        const described = m[3]!.split(/[\s,]+/).some((w) => w === 'lying' || INSULT_ADJECTIVES.includes(w));
        const end = m.index + m[0].length;
        const isPersonNoun =
          PERSON_NOUN_ONLY.test(insult) ||
          (PERSON_LIKE.has(insult) &&
            (described ||
              // (not "a fool's errand": with a next word matched, a space follows the insult)
              (FOR_PEOPLE_ALONE.has(insult) &&
                (nextWord !== undefined || !/^['’]/.test(submission.normalized.text.slice(end)))) ||
              nextWord === 'who' ||
              nextWord === 'whose' ||
              // "a clown and a crook": joined to a word that names only people
              ((nextWord === 'and' || nextWord === 'or') &&
                AND_A_PERSON_NOUN.test(submission.normalized.text.slice(end, end + 80)))));
        // "he's a coward", "she's an utter embarrassment", but not "he's so trash now" (slang for a poor game) or
        // "she's garbage at chess": after the contraction only a word that names a person, an insulting adjective,
        // or a noun with its article counts.
        const withArticle = /(?:^|\s)(?:a|an|another)\s/.test(` ${m[3]}`);
        if (
          contracted &&
          !isPersonNoun &&
          !PERSON_LIKE.has(insult) &&
          !INSULT_ADJECTIVES.includes(insult) &&
          !withArticle
        )
          return undefined;
        // "a fraud investigator", "a clown show": a word that can name a thing, here naming the next one; but "a clown
        // dictator", "a puppet president" name a person in office.
        if (noun && ALSO_FOR_IDEAS.has(insult) && !IN_OFFICE.has(noun)) return undefined;
        // A clear insult of a clearly personal target is refused; anything less certain is held.
        // "she is a despicable disgrace": a strong adjective makes a word that could name a thing plain.
        const strong = m[3]!.split(/[\s,]+/).some((w) => INSULT_ADJECTIVES.includes(w) && !MILD_INSULTS.has(w));
        const certain = target === 'person' && (isPersonNoun || strong || INSULT_ADJECTIVES.includes(insult));
        if (target === 'unsure' && !isPersonNoun && !INSULT_ADJECTIVES.includes(insult)) return undefined;
        // "a talentless bimbo", "a pretentious idiot": a mild adjective before a strong noun is as strong as the noun.
        const mildBeforeNoun = insultNoun && INSULT_ADJECTIVES.includes(insult) && MILD_INSULTS.has(insult);
        return attack(mildBeforeNoun ? noun! : insult, certain, strong);
      },
      4,
    ),
  );
  if (!hits.length) return undefined;
  // One reason per span: several patterns can find the same insult. Insults reported as someone else's words are not
  // the commenter's (reported.ts), and idioms are not insults.
  const unique = hits.filter(
    (r, i) =>
      hits.findIndex((o) => o.start === r.start && o.end === r.end) === i &&
      !reported(submission.text, r.start, r.end) &&
      !inIdiom(submission.text, r.start, r.end),
  );
  if (!unique.length) return undefined;
  const decision = unique.every((r) => r.hold) ? 'hold' : 'reject';
  const reasons = unique.map(({ rule, clause, wording, start, end }) => ({
    rule,
    clause,
    start,
    end,
    message: MESSAGES[wording](quote(submission, { start, end })),
  }));
  return { decision, reasons: reasons.sort((a, b) => a.start - b.start) };
};
