/**
 * Russian: the obscene vocabulary (мат), slurs, the commonest insults and
 * threats, and promotion, for a publisher whose readers in the CSTO countries
 * write in Russian as often as in English, or swear in it in Latin letters
 * ("blyat"). The rules of each clause ask this module for their part:
 * profanity for the swearing, hate for the slurs and threats, attacks for the
 * insults, spam for the promotion.
 *
 * Written here because nothing good exists to depend on: obscenity has no
 * Russian data, and the Russian filters on npm match roots anywhere in a word,
 * so they refuse "корабля", "употребляем", "ребёнок" and "команда" (tried:
 * russian-bad-word-censor 2.1.8 refused all four; glin-profanity 3.3.0 found
 * nothing at all in Russian). Here a root counts only at the start of a word,
 * after the prefixes Russian builds its obscene verbs with ("на-хуй",
 * "за-еб-али", "отъ-еб-ись"), and the short words are listed with their
 * endings: "сука" but not "сук" (a bough), "бля" but not "бляха" (a badge),
 * "хуй" but not "Хуанхэ", "муд-ак" but not "муд-рость".
 *
 * The text is read as typed, not normalised: normalisation folds Cyrillic
 * letters into the Latin ones they look like, for "іdіot" written to slip
 * past. Here it goes the other way: inside a word with a Cyrillic letter,
 * Latin look-alikes, digits and "@" are read as the Cyrillic letters they
 * stand for ("xуй", "3аебали", "@хуел"), and "*" hides a letter ("п*здец").
 */
import { alternation } from './lexicon.js';
import { reasonsFor, words } from './match.js';
import type { Submission } from './types.js';

export type RussianKind =
  | 'profanity'
  | 'slur'
  | 'ambiguous-slur'
  | 'insult'
  | 'mild-insult'
  | 'dismissal'
  | 'accusation'
  | 'threat'
  | 'call-to-kill'
  | 'death-wish'
  | 'veiled-threat'
  | 'group-crime'
  | 'group-dehumanised'
  | 'group-insult'
  | 'said-to-you';

export interface RussianWord {
  /** The word as folded for matching (lower case, "ё" as "е", look-alikes as Cyrillic). */
  word: string;
  kind: RussianKind;
  /** The span of the original text. */
  start: number;
  end: number;
}

/**
 * Latin look-alikes, digits and symbols, read as Cyrillic inside a Cyrillic word; and Ukrainian's own letters as
 * the Russian ones its words share here ("ідіот", "дебіл"; "ї" as "е", for "їбати").
 */
// prettier-ignore
const AS_CYRILLIC: Record<string, string> = {
  a: 'а', c: 'с', e: 'е', o: 'о', p: 'р', x: 'х', y: 'у', k: 'к', m: 'м', t: 'т', h: 'н', u: 'и', b: 'в',
  '3': 'з', '0': 'о', '6': 'б', '@': 'а', ё: 'е', і: 'и', ї: 'е', є: 'е', i: 'и',
};

// The prefixes of the obscene verbs; before "еб" the separating sign is written ("съебаться", "отъебись"), and
// "с" or "в" alone would find "себе" and "веб".
const PREFIX = '(?:на|по|до|ни|за|об|от|о|вы|рас|раз|при|пере|недо|про|под|у|с|в)?';
const HARD_PREFIX = '(?:за|вы|на|до|по|про|пере|недо|у|при|долбо|(?:с|в|от|под|об|раз|из|вз)[ъь])?';
// prettier-ignore
const PROFANITY = new RegExp([
  `^${PREFIX}х[у*][йяеюи]`,
  `^${HARD_PREFIX}е[б*](?:[аеиоуяылнтсщк]|$)`,
  'п[и*][з*]д',
  '^(?:вы|на|по|раз)?бл[я*](?:д|т|$)',
  '^(?:от)?муд(?:ак|ач|ил|л[оа]|озвон|ох)',
  '^(?:сука|суки|суку|сукой|суке|суками|сучка|сучки|сучку|сучке|сучара|сукин|сучий)$',
  '^залуп', '^г[ао]нд[ао]н', '^(?:за|на|по|от|вз)?дроч', '^шлюх',
  // Ukrainian (and Polish) "курва", in Russian comments too
  '^курв(?:а|ы|и|у|о|ой|ами|ам)?$',
  // The milder "хер" (not "Херсон", "херес")
  '^(?:на|по|ни|до)?хер(?:а|ня|ню|ни|ней|ов|ово|овый|овая|овое|овые)?$',
].join('|'));
/** Words a pattern above would take that are not swearing: "Ебург", Yekaterinburg's nickname. */
const NOT_PROFANITY = /^ебург/;

// prettier-ignore
const SLURS = new Set([
  'пидор', 'пидора', 'пидоры', 'пидоров', 'пидорас', 'пидорасы', 'пидорасов', 'пидр', 'пидары', 'педик', 'педики',
  'хач', 'хачи', 'хачей', 'хачик', 'хачики', 'жид', 'жиды', 'жидов', 'жидам', 'жидами', 'жидовка', 'жидовский',
  'жидовские', 'жидяра', 'хохлы', 'хохлов', 'хохлам', 'хохлами', 'хохлушка', 'кацап', 'кацапы', 'кацапов', 'нерусь',
  'пиндос', 'пиндосы', 'пиндосов',
  // "либераст": liberal and pederast in one word
  'либераст', 'либерасты', 'либерастов', 'либерастам', 'либерастами', 'либерастка',
]);
/** Slur roots with no innocent word after them. */
const SLUR_ROOTS = /^(?:черножоп|узкоглаз|хохлят|хохляцк|жидомасон|кацапск)/;
/** Slurs with an innocent sense ("хохол", a forelock; "чурка", a log; "укроп", dill; "ватник", a padded jacket): held. */
// prettier-ignore
const AMBIGUOUS_SLURS = new Set([
  'хохол', 'чурка', 'чурки', 'чурок', 'чуркам', 'чурками', 'москаль', 'москали', 'москалей', 'укропы', 'укропов',
  'ватник', 'ватники', 'ватников', 'ватка',
]);

/**
 * Insults, by their stems and the case endings they take, with the endings that make a word smaller or bigger
 * ("дебилушка", "идиотина", "мразота"); Ukrainian stems as folded ("негідник" is "негидник"), and Kazakh "ақымақ"
 * and Kyrgyz "акмак" (a fool) with the endings that say "you are" ("ақымақсың", "акмаксың").
 */
const INSULT =
  /^(?:(?:идиот|дебил|кретин|дегенерат|имбецил|олигофрен|придур(?:о)?к|ублюд(?:о)?к|подон(?:о)?к|недоум(?:о)?к|урод|мраз|твар[ьи]|гнид|сволоч|мерзав(?:е)?ц|ничтожеств|бездар[ьи]|тупиц|тупорыл|тупоголов|скотин|быдл|чмо|падл|падлюк|позорищ|безмозгл|бовдур|йолоп|телепн|покид(?:ь|о)?к|негидник|мерзотник|маразматик|посмешищ)(?:а|ы|у|о|ом|ой|е|ов|ам|ами|ах|и|ь|ка|ки|ку|кой|ок|ый|ая|ое|ые|ого|ым|ушка|ушки|ушку|ушкой|ина|ины|ину|иной|ота|оты|оту|отой)?|(?:ақымақ|акмак|малғұн|оңбаған)(?:сың|сыз|сыңдар|сыңар|тар|дар|қа|ка|ты|тың|тын|пен)?)$/;
// prettier-ignore
const MILD_INSULTS = new Set([
  'дурак', 'дурака', 'дураку', 'дураком', 'дураки', 'дураков', 'дура', 'дуры', 'дурой', 'дурень', 'лох', 'лохи',
  'лоха', 'лохов', 'болван', 'болваны', 'олух', 'тупой', 'тупая', 'тупые', 'тупое', 'даун', 'дауны', 'клоун', 'клоуны',
  'алкаш', 'алкаши', 'пьянь', 'нарик',
  // Trolls and paid bots, said to someone; Ukrainian "брехун" (a liar)
  // (not "бот" alone: "в чате вам ответит бот")
  'тролль', 'тролли', 'троль', 'кремлебот', 'кремлеботы', 'ольгинец', 'ольгинцы', 'брехун', 'брехуни',
  'неудачник', 'неудачница', 'неудачники', 'журналюга', 'журналюги', 'журналюгу', 'писака', 'писаки', 'писаку', 'писак',
  // A person called a vegetable, said to "ты" ("ну ты и овощ"; not "овощи подорожали")
  'овощ',
  // Windbags, and a collective farmer called out as a yokel
  'балабол', 'балаболы', 'трепло', 'пустозвон', 'пустозвоны', 'болтун', 'болтуны', 'колхозник', 'колхозники',
  // A poor pupil sent back to school; a traitor and a coward, the accusations of the region's politics; "убогий"
  // (wretched), also said of a thing ("убогий ремонт")
  'двоечник', 'двоечница', 'двоечники', 'предатель', 'предательница', 'предатели', 'трус', 'трусиха', 'убогий', 'убогая',
  'убогие', 'убогое',
  // A pig, said to someone ("свинья ты неблагодарная"; the plural is a farm's); a hysteric, said of a woman who writes
  'свинья', 'истеричка', 'истерички', 'истеричку', 'истеричкой',
  // A ram and a goat, said to someone ("Ты водить научись, баран"; "стадо баранов", a herd of fools); a thief, a liar
  // and a puppet, the accusations of an election (all held: a ram is a farm's too)
  'баран', 'бараны', 'баранов', 'козел', 'козёл', 'козлы', 'козлина', 'ворюга', 'ворюги', 'вор', 'воры', 'лжец',
  'лжецы', 'марионетка', 'марионетки',
  // A madman and the walking dead, said to someone ("Иди лечись, шизофреник", "вы все тут зомби"; not "мой брат
  // шизофреник", said of no one here)
  'шизофреник', 'шизофреники', 'шизик', 'шизики', 'психопат', 'психопаты', 'зомби',
]);
/**
 * "Этот журналюга опять врёт": an insult pointed at someone the sentence does not name (held); of the mild words
 * only those for writers and talkers, as "этот клоун" may be a clown.
 */
// (and "только": "такое может написать только полный дегенерат", whoever wrote it)
// (and "очередной": "очередной продажный писака отрабатывает грант", yet another of them)
// prettier-ignore
const POINTING = new Set([
  'этот', 'эта', 'этого', 'этой', 'этому', 'этим', 'эти', 'этих', 'этими', 'только', 'очередной', 'очередная',
  'очередного', 'очередные',
]);
// prettier-ignore
const POINTED_MILD = new Set([
  'журналюга', 'журналюги', 'журналюгу', 'писака', 'писаки', 'писаку', 'писак', 'балабол', 'балаболы', 'трепло', 'пустозвон', 'пустозвоны',
  'кремлебот', 'кремлеботы', 'ольгинец', 'ольгинцы', 'брехун', 'брехуни', 'неудачник', 'неудачница', 'неудачники',
  'истеричка', 'истерички', 'истеричку',
]);
/** "Ещё одна истеричка пишет про войну": "ещё один", yet another of them, points like "очередной". */
const ONE_MORE = new Set(['один', 'одна', 'одни', 'одного', 'одну']);
const STILL = new Set(['еще', 'ещё']);
/** Orders to be gone or silent: always said to someone. */
// prettier-ignore
const DISMISSALS = new Set([
  'заткнись', 'заткнитесь', 'отвали', 'отвалите', 'убирайся', 'убирайтесь', 'отвянь', 'умолкни', 'проспись',
  'проспитесь',
]);
/** Threats in the first person ("я тебя урою"): a threat with "тебя", "вас", "его" … in the sentence. */
// prettier-ignore
const THREATS = new Set([
  'урою', 'убью', 'убьем', 'прибью', 'закопаю', 'зарежу', 'пристрелю', 'задушу', 'придушу', 'порешу', 'закопаем',
  'перережем', 'повесим', 'расстреляем',
]);
/**
 * Killing called for ("таких надо расстреливать"): with "надо", "нужно", "пора" … before it. Shooting is done to
 * people; the others only with people named in the sentence ("надо убить бюрократию" is a figure of speech).
 */
const KILLING = new Set([
  'расстрелять',
  'расстреливать',
  'перестрелять',
  'убить',
  'убивать',
  'вешать',
  'перевешать',
  'давить',
  'передавить',
]);
const SHOOTING = new Set(['расстрелять', 'расстреливать', 'перестрелять']);
// prettier-ignore
const PEOPLE = new Set([
  'их', 'его', 'ее', 'таких', 'всех', 'этих', 'них', 'тебя', 'вас', 'предателей', 'журналистов', 'автора',
  'журналиста', 'людей',
]);
/** "Сдохни", and "чтоб ты сдох". */
const DEATH_WISHES = new Set(['сдохни', 'сдохните']);
const DIED = new Set(['сдох', 'сдохла', 'сдохли', 'сдохнет', 'сдохнут']);

/** Who an insult can be said to: "ты", "вы", the author, the article's writing. */
// prettier-ignore
const ADDRESSED = new Set([
  'ты', 'вы', 'тебя', 'тебе', 'тобой', 'вас', 'вам', 'вами', 'твой', 'твоя', 'твои', 'твое', 'ваш', 'ваша', 'ваши',
  // (Ukrainian, folded: "ти", "твій")
  'ти', 'твий', 'твои', 'ваш',
  // (Kazakh "сен", "сіз": you)
  'сен', 'сиз', 'сендер',
  'ваше', 'сам', 'сама', 'автор', 'автора', 'автору', 'журналист', 'журналиста', 'редактор',
  'журналистка', 'журналистки', 'журналистку', 'корреспондент', 'корреспондентка', 'колумнист',
  // The article, and its writing: "статью писал дебил"
  'статья', 'статью', 'писал', 'писала', 'написал', 'написала', 'пишет', 'пишешь', 'редакция', 'редакции',
  // The people of the discussion: "комментаторы тут одни тролли"
  'комментаторы', 'комментатор', 'комментаторов', 'комментаторам',
]);
const OBJECTS = new Set(['тебя', 'тебе', 'вас', 'вам', 'его', 'ее', 'их', 'него', 'нее', 'них']);
const MODALS = new Set(['надо', 'нужно', 'пора', 'следует', 'стоит', 'должны', 'должен', 'бы']);
/** Words that may stand between "ты" and the insult: "ты просто конченый идиот", "вы — полный дебил". */
// prettier-ignore
const BETWEEN = new Set([
  'же', 'просто', 'полный', 'полная', 'конченый', 'конченая', 'конченный', 'законченный', 'настоящий', 'самый',
  'такой', 'такая', 'редкий', 'редкостный', 'реальный', 'еще', 'и', 'тоже', 'всего', 'лишь', 'натуральный',
  'клинический', 'жалкий', 'жалкая', 'жалкое', 'жалкие', 'все', 'тут', 'здесь',
]);
/** A full adjective ("зомбированные", "тупой"): up to three may stand between "ты" and the insult too. */
const ADJECTIVE = /^[\u0400-\u04ff]{2,}(?:ый|ий|ой|ая|яя|ое|ее|ые|ие)$/;
/** The pronouns of "Дебил ты, а не аналитик": the insult said first, to "ты"/"вы" right after it. */
const YOU = new Set(['ты', 'вы', 'ти']);

/**
 * Russian swearing in Latin letters, as the normalised text spells it. Not "suka" (Malay and Indonesian for "to
 * like"), "hui" (the Hui people) or "huy" (a Vietnamese name).
 */
// prettier-ignore
const SWEARING_IN_LATIN = [
  'blyat', 'blyad', 'bljad', 'pizdec', 'pizdets', 'pizdez', 'pizda', 'pizdu', 'nahuy', 'nahui',
  'nakhuy', 'nakhui', 'pohuy', 'pokhuy', 'huynya', 'khuynya', 'mudak', 'mudaki', 'yebat', 'ebat', 'yobany',
  'yobanyi', 'ebanyi', 'dolboeb', 'dolboyob', 'zaebal', 'zaebali',
];
/**
 * The region's slurs as English comment sections write them: for Russians ("russkies"), Ukrainians ("khokhols",
 * "ukies"), Central Asians ("churkas"). "Vatnik" is also the padded jacket: held, and published before "jacket".
 */
// prettier-ignore
const SLURS_IN_LATIN = [
  'russki', 'russkis', 'russkie', 'russkies', 'russky', 'ruski', 'ruskie', 'ruskies', 'khokhol', 'khokhols', 'khokhly',
  'hohol', 'hohols', 'katsap', 'katsaps', 'kacap', 'kacaps', 'ukie', 'ukies', 'ukrop', 'ukrops', 'churka', 'churkas',
  'churki', 'moskal', 'moskals', 'moskali',
];
// (and Kazakhs' slur for the countryside's, "mambets", held: "Mambet" alone is a name)
const AMBIGUOUS_SLURS_IN_LATIN = ['vatnik', 'vatniks', 'vatniki', 'mambets'];
const KIND_IN_LATIN = new Map<string, RussianKind>([
  ...SWEARING_IN_LATIN.map((w): [string, RussianKind] => [w, 'profanity']),
  ...SLURS_IN_LATIN.map((w): [string, RussianKind] => [w, 'slur']),
  ...AMBIGUOUS_SLURS_IN_LATIN.map((w): [string, RussianKind] => [w, 'ambiguous-slur']),
]);
/**
 * Russian insults typed in Latin letters, said to "ty"/"vy" or the author ("ty debil", "avtor idiot, nichego ne
 * ponimaet", "ty tupoi kak probka"), and orders to be silent or gone ("zatknis", "poshel ty so svoim NATO"). The
 * insult words alone are English insult nouns too (lexicon.ts), for "what a debil".
 */
// prettier-ignore
const INSULTS_IN_LATIN = [
  'debil', 'debily', 'idiot', 'idioty', 'kretin', 'kretiny', 'durak', 'duraki', 'dura', 'pridurok', 'ublyudok', 'urod',
  'urody', 'mraz', 'svoloch', 'gnida', 'podonok', 'podonki', 'skotina', 'chmo', 'tupoi', 'tupoy', 'tupaya', 'tupye',
  'bezdar', 'nichtozhestvo', 'degenerat', 'dolboeb', 'lokh', 'clown', 'kloun',
];
const MILD_IN_LATIN = new Set(['durak', 'duraki', 'dura', 'lokh', 'kloun', 'clown']);
const SAID_TO_YOU_IN_LATIN = words(
  `(?:ty|vy|avtor|avtora|tebya|vas)\\s+(?:(?:prosto|polnyi|polnyj|polny|konchenyi|konchennyi|takoi|takoy|zhe|nastoyashchii|redkii|tozhe|i)\\s+){0,3}(${alternation(INSULTS_IN_LATIN)})`,
  ['ty', 'vy', 'avtor', 'avtora', 'tebya', 'vas'],
  INSULTS_IN_LATIN,
);
const DISMISSED_IN_LATIN = words(
  '(?:zatknis|zatknites|otvali|otvalite|ubiraisya|ubiraysya)(?![a-z])|(?:poshel|poshla|poshli|idi|idite)\\s+(?:ty|vy)(?=\\s*[.!,]|\\s*$|\\s+so\\s+svo)|(?:idi|idite)\\s+lesom',
  ['zatknis', 'zatknites', 'otvali', 'otvalite', 'ubiraisya', 'ubiraysya', 'ty', 'vy', 'lesom'],
);
/** The words in Latin letters, as one pattern: its trigger words are looked up with every rule's, once a check. */
const IN_LATIN = words(
  `(${alternation([...KIND_IN_LATIN.keys()])})(?!\\s+(?:jackets?|coats?)(?![a-z]))`,
  KIND_IN_LATIN.keys(),
);

const CYRILLIC = /[\u0400-\u04ff]/;
/** Whether the comment has a Cyrillic letter: asked by two rules, read once (a scan of every character). */
const hasCyrillic = (submission: Submission) => (submission.memo.cyrillic ??= CYRILLIC.test(submission.text));
/** A word as Russian is written here: Cyrillic, with Latin look-alikes, digits, "@" and "*" among its letters. */
const WORD = /[\u0400-\u04ffa-zA-Z0-9@*']+/g;
/** The characters of WORD, by code: a word is widened around a root found inside it. */
const isWordCode = (c: number) =>
  (c >= 0x400 && c <= 0x4ff) ||
  (c >= 97 && c <= 122) ||
  (c >= 65 && c <= 90) ||
  (c >= 48 && c <= 57) ||
  c === 64 ||
  c === 42 ||
  c === 39;
/** Whether a word (lower case) has a character to read as Cyrillic. */
const NOT_CYRILLIC = /[a-z0-9@ёіїє']/;
/**
 * A part that every word the lists and patterns above can match has, in Cyrillic: only the words around these
 * are read (reading each word of a 1,000-character Russian comment cost 45 µs a check; this scan, 9).
 */
// prettier-ignore
const ROOTS = new RegExp([
  'х[у*]', 'х\\*', '[её][б*]', 'п[и*][з*]', 'бл[я*]', 'муд', 'су[кч]', 'залуп', 'г[ао]нд', 'дроч', 'шлюх', 'пид',
  'пед', 'хач', 'жид', 'хох', 'кацап', 'нерусь', 'пиндос', 'черножоп', 'узкоглаз', 'чур[ко]', 'москал', 'укроп', 'ватн',
  'ватк', 'идиот', 'дебил', 'кретин', 'дегенерат', 'имбецил', 'олигофрен', 'придур', 'ублюд', 'подон', 'недоум',
  'урод', 'мраз', 'твар', 'гнид', 'сволоч', 'мерзав', 'ничтож', 'бездар', 'туп', 'скотин', 'быдл', 'чмо', 'дур',
  'лох', 'болван', 'олух', 'даун', 'клоун', 'алкаш', 'пьянь', 'нарик', 'хер', 'заткн', 'отвал', 'отвянь',
  'убира', 'умолкни', 'урою', 'убь', 'прибью', 'закопа', 'зареж', 'пристрел', 'задуш', 'придуш', 'пореш', 'перереж',
  'повесим', 'расстрел', 'перестрел', 'убить', 'убива', 'вешать', 'перевешать', 'сдох',
  'курв', 'трол', 'кремлебот', 'ольгин', 'позорищ', 'неудачни', 'журналюг', 'писак', 'просп',
  // Ukrainian spellings and words; Kazakh
  'ідіот', 'дебіл', 'їб', 'єб', 'падл', 'бовдур', 'йолоп', 'телепн', 'покид', 'негідн', 'негидн', 'мерзот', 'брехун',
  'ақымақ', 'акмак', 'малғұн', 'оңбаған', 'балабол', 'трепл', 'пустозвон', 'болтун', 'колхозник', 'либераст', 'овощ',
  'маразм', 'посмешищ', 'двоечн', 'предател', 'трус', 'убог', 'свинья', 'истеричк', 'баран', 'коз[её]л', 'козл', 'вор',
  'лжец', 'марионетк', 'давить', 'шиз', 'психопат', 'зомби', 'безмозгл',
].join('|'), 'gi');
/** Every word the sets above list: the roots must find each (a test holds them to it). */
export const LISTED_WORDS = [
  ...SLURS,
  ...AMBIGUOUS_SLURS,
  ...MILD_INSULTS,
  ...DISMISSALS,
  ...THREATS,
  ...KILLING,
  ...DEATH_WISHES,
  ...DIED,
];
/** Letters typed apart ("Х у й", "П.и.з.д.е.ц", "е-б-а-т-ь"): three or more, read as the word they spell. */
// (group 1; the match starts at the character before, not with a look back: a scan then tries only the spaces and
// punctuation of a text, not each of its letters)
const SPACED =
  /(?:^|[^\u0400-\u04ffa-z0-9])([\u0400-\u04ff](?:[\s.\-_*]{1,2}[\u0400-\u04ff]){2,})(?![\u0400-\u04ffa-z0-9])/gi;
const SEPARATORS = /[\s.\-_*]/g;
/**
 * Orders to be gone in two words ("иди лесом", "пошёл вон"); not the way through the forest ("иди лесом, а
 * потом направо") or "пошли отсюда" (let's go).
 */
const GO_AWAY =
  /(?<![\u0400-\u04ff])(?:(?:иди|идите|пош[её]л|пошла|вали|валите|катись|катитесь)\s+(?:лесом|вон|отсюда|прочь)|пошли\s+(?:вон|лесом|прочь)|(?:вали|валите|катись|катитесь|убирайся|убирайтесь)\s+(?:в\s+сво[юйёе]|к\s+себе|домой|обратно))(?![\u0400-\u04ff])(?!\s*,?\s*(?:а\s+)?(?:потом|затем|направо|налево|прямо|до|к)(?![\u0400-\u04ff]))/gi;
/** "Тебе за это платят", "сколько вам платят": paid to write, said to someone (held, like "who pays you"). */
const PAID =
  /(?<![\u0400-\u04ff])(?:(?:тебе|вам)\s+(?:за\s+(?:это|него|нее|неё|них)\s+)?(?:платят|заплатили|проплатили)|(?:сколько|кто)\s+(?:тебе|вам)\s+(?:платит|платят|заплатил|заплатили))(?![\u0400-\u04ff])/gi;
/**
 * Phrases, each scanned only in a text with its key: threats left
 * unsaid ("мы знаем, где ты живёшь", "как бы с тобой чего не случилось"), the wall of executions ("таких сразу к
 * стенке"; not "прислонил велосипед к стенке"), and put-downs ("ты вообще в школе учился?", "мозгов у тебя нет",
 * "продажная шкура", "закрой рот"; not "закрой окно").
 */
/**
 * A whole people smeared ("Армяне предатели, всегда такими были", "Все чеченцы бандиты", "Мигранты — это животные"):
 * the plural that names a people, then the smear, after a dash, "это" or "все"/"всегда", or ending its clause
 * ("русские предатели сбежали в Грузию" is news of Russian traitors: "русские" is an adjective too).
 */
// prettier-ignore
const PEOPLES = [
  'армяне', 'грузины', 'азербайджанцы', 'русские', 'россияне', 'украинцы', 'белорусы', 'казахи', 'киргизы', 'кыргызы',
  'таджики', 'узбеки', 'туркмены', 'чеченцы', 'дагестанцы', 'кавказцы', 'татары', 'буряты', 'евреи', 'мусульмане',
  'цыгане', 'китайцы', 'американцы', 'европейцы', 'поляки', 'прибалты', 'латыши', 'литовцы', 'эстонцы', 'мигранты',
  'приезжие', 'гастарбайтеры', 'арабы', 'турки', 'афганцы', 'немцы', 'женщины', 'геи',
];
/** The same peoples as objects: "Узбеков надо депортировать". */
// prettier-ignore
const PEOPLES_ACCUSATIVE = [
  'армян', 'грузин', 'азербайджанцев', 'украинцев', 'белорусов', 'казахов', 'киргизов', 'кыргызов', 'таджиков',
  'узбеков', 'туркменов', 'чеченцев', 'дагестанцев', 'кавказцев', 'татар', 'евреев', 'мусульман', 'цыган', 'китайцев',
  'мигрантов', 'приезжих', 'гастарбайтеров', 'арабов', 'турок', 'афганцев', 'геев',
];
const groupSmear = (smears: string) =>
  new RegExp(
    `(?<![а-яё])(?:${PEOPLES.join('|')})\\s*(?:[—–-]\\s*)?(?:это\\s+)?(?:(?:все|всегда|просто|сплошь|поголовно|одни|сплошные|прирожд[её]нные)\\s+)*(?:${smears})(?![а-яё])(?=\\s*(?:[.!?,;:…)]|$)|\\s+(?:и|а|все|всегда|поголовно)(?![а-яё]))`,
    'gi',
  );
const PHRASES: { keys: string[]; pattern: RegExp; kind: RussianKind }[] = [
  // "Место женщины на кухне", "Бабам место на кухне": women sent back to the kitchen (held, as "Women belong in the
  // kitchen"; not "место на кухне освободилось")
  {
    keys: ['кухн'],
    pattern:
      /(?<![а-яё])(?:место\s+(?:женщины|бабы|баб|женщин)\s+(?:—\s+|-\s+)?на\s+кухне|(?:женщинам|бабам|бабе|женщине)\s+место\s+(?:только\s+)?на\s+кухне)(?![а-яё])/gi,
    kind: 'group-insult',
  },
  // (refused, as the English "Chechens are criminals", "Russians are animals"; other smears held)
  {
    keys: PEOPLES,
    pattern: groupSmear('бандиты|воры|убийцы|террористы|насильники|преступники|головорезы'),
    kind: 'group-crime',
  },
  {
    keys: PEOPLES,
    pattern: groupSmear(
      'животные|звери|скоты|свиньи|крысы|тараканы|дикари|недочеловеки|нелюди|не\\s+люди|паразиты|обезьяны',
    ),
    kind: 'group-dehumanised',
  },
  {
    keys: PEOPLES,
    pattern: groupSmear(
      'предатели|лжецы|лгуны|пьяницы|алкаши|рабы|быдло|тупые|грязные|ленивые|лживые|вонючие|жадные|продажные|больные\\s+люди|психически\\s+больные|извращенцы|не\\s+(?:народ|нация|настоящий\\s+народ)',
    ),
    kind: 'group-insult',
  },
  // "Азербайджанцы только и умеют, что торговать", "Евреи правят миром", "Кавказцы должны сидеть в своих горах",
  // "Женщинам не место в политике", "Узбеков надо депортировать всех до одного" (held, as in English)
  {
    keys: PEOPLES,
    pattern: new RegExp(
      `(?<![а-яё])(?:${PEOPLES.join('|')})\\s+(?:только\\s+и\\s+(?:умеют|могут|знают)|(?<=евреи\\s+)(?:правят|управляют|контролируют)\\s+(?:миром|всем|страной|сми|банками)|(?:должны|пусть)\\s+(?:сидеть|жить|оставаться)\\s+(?:у\\s+себя|в\\s+сво(?:их|ей|ём|ем)\\s+[а-яё]+))(?![а-яё])`,
      'gi',
    ),
    kind: 'group-insult',
  },
  {
    keys: ['место', 'депорт', 'выгна', 'выслать', 'вышвырн'],
    pattern: new RegExp(
      `(?<![а-яё])(?:(?:женщинам|бабам|геям|мигрантам|приезжим|евреям|цыганам|таджикам|узбекам|киргизам|кавказцам)\\s+не\\s+место\\s+(?:в|на|среди)\\s+(?:политике|власти|правительстве|парламенте|армии|журналистике|науке|университетах?|стране|городе|россии|москве|европе|нашей|наших|приличном)|(?:всех\\s+|этих\\s+)?(?:${PEOPLES_ACCUSATIVE.join('|')})\\s+(?:надо|нужно|пора|следует)\\s+(?:всех\\s+)?(?:депортировать|выгнать|выслать|вышвырнуть))(?![а-яё])`,
      'gi',
    ),
    kind: 'group-insult',
  },
  { keys: ['лесом', 'вон', 'отсюда', 'прочь', 'сво', 'себе', 'домой', 'обратно'], pattern: GO_AWAY, kind: 'dismissal' },
  { keys: ['плат'], pattern: PAID, kind: 'accusation' },
  // "Она спит с продюсером": a woman's work put down to whom she sleeps with (held; not "она спит с ребёнком")
  {
    keys: ['спит', 'спала', 'переспал'],
    pattern:
      /(?<![а-яё])(?:спит|спала|переспала|переспит)\s+с\s+(?:продюсером|режисс[её]ром|начальником|боссом|шефом|редактором|спонсором|директором|министром)(?![а-яё])/gi,
    kind: 'accusation',
  },
  // "Армяне — нация торгашей и предателей" (not "народ воров не любит", people who dislike thieves)
  {
    keys: ['нация', 'нацию', 'народ'],
    pattern:
      /(?<![а-яё])(?:нация|нацию|(?:[—–-]|это)\s+народ)\s+(?:[а-яё]+\s+(?:и\s+)?)?(?:торгашей|предателей|воров|бандитов|рабов|алкашей|пьяниц|бездельников|попрошаек|паразитов|дикарей|баранов|холу[её]в|лакеев|трусов|лжецов)(?![а-яё])/gi,
    kind: 'group-insult',
  },
  // "Я найду тебя, и ты пожалеешь" (not "я найду тебя на вокзале", nor "ты пожалеешь, если не попробуешь плов")
  {
    keys: ['найд', 'пожале'],
    pattern:
      /(?<![а-яё])(?:(?:я|мы)\s+(?:тебя|вас)\s+найд(?:у|[её]м)|найд(?:у|[её]м)\s+(?:тебя|вас)(?=\s*[.!,]|\s*$|\s+и\s)|(?:ты|вы)\s+(?:ещ[её]\s+)?(?:пожалеешь|пожалеете)(?=\s*[.!]|\s*$))(?![а-яё])/gi,
    kind: 'veiled-threat',
  },
  // "Сиди в своём болоте, лягушка": sent back to where one belongs
  {
    keys: ['сиди'],
    pattern:
      /(?<![а-яё])(?:сиди|сидите)\s+в\s+сво(?:[её]м|ей)\s+(?:болоте|норе|конуре|хлеву|будке|подвале)(?![а-яё])/gi,
    kind: 'dismissal',
  },
  {
    keys: ['где'],
    pattern:
      /(?:знаем|знаю),?\s+где\s+(?:ты|вы|твоя|ваша|твои|ваши|твой|ваш)\s+(?:[а-яё]+\s+)?(?:живешь|живёшь|живете|живёте|работаешь|работаете|учишься|учитесь|живут|живет|живёт|учатся|работает|работают)(?![а-яё])/gi,
    kind: 'veiled-threat',
  },
  {
    keys: ['случил'],
    pattern:
      /(?:как\s+бы|чтобы|чтоб)\s+с\s+(?:тобой|вами|ним|ней|тобою)\s+(?:чего|что-нибудь|что-то|ничего)\s+не\s+случилось/gi,
    kind: 'veiled-threat',
  },
  {
    keys: ['стенк'],
    // (and "таких писак надо к стенке ставить", "тебя бы к стенке поставить"; not "их надо бы к стенке придвинуть",
    // of tables, nor "тебя бы к стенке поставили в 1937 году", history)
    pattern:
      /(?<![а-яё])(?:(?:(?:поставить|ставить|поставим|сразу|всех|их|таких|его|ее|её)\s+)+к\s+стенке|(?:тебя|вас)\s+бы\s+к\s+стенке(?:\s+(?:поставить|за\s+такое|за\s+такие\s+слова))?(?=\s*[.!,]|\s+(?:поставить|за))|(?:таких|этих|всех|их|его|ее|её)\s+(?:[а-яё]+\s+){0,2}(?:надо|нужно|пора|бы)\s+(?:сразу\s+)?к\s+стенке)(?![а-яё])(?!\s+(?:придвинуть|подвинуть|передвинуть|прислонить|приставить|прикрутить|прибить|повернуть))/gi,
    kind: 'call-to-kill',
  },
  {
    keys: ['школ'],
    pattern:
      /(?<![а-яё])(?:ты|вы)\s+(?:вообще\s+|хоть\s+)?(?:в\s+школе\s+(?:учился|училась|учились)|в\s+школу\s+(?:ходил|ходила|ходили))(?![а-яё])/gi,
    kind: 'dismissal',
  },
  {
    keys: ['мозг', 'iq', 'айкью'],
    pattern:
      // (and "мозгов как у курицы", "мозги у автора явно отсохли", "с такими мозгами тебе только в дворники", "IQ как
      // у табуретки")
      /(?<![а-яё])(?:мозги\s+(?:у\s+[а-яё]+\s+)?(?:явно\s+|совсем\s+|давно\s+|окончательно\s+)?(?:отсохли|высохли|атрофировались|протухли|расплавились|усохли)|мозгов\s+(?:у\s+(?:тебя|вас|него|нее|неё|автора)\s+)?(?:нет|ноль|не\s+хватает)|(?:нет|ноль)\s+мозгов|с\s+(?:такими|твоими|вашими)\s+мозгами|(?:мозгов|мозги|мозг|ума|iq|айкью)\s+(?:у\s+[а-яё]+\s+)?(?:как\s+у|с|размером\s+с)\s+(?:курицы|воробья|рыбки|хомяка|таракана|барана|инфузории|амебы|амёбы|грецкий\s+орех|горошину|горошинку|табуретки|табуретк[аи]|пня|бревна|полена|улитки|комара|мухи|кирпича))(?![а-яё])/gi,
    kind: 'dismissal',
  },
  {
    keys: ['продажн'],
    pattern:
      // (only the nouns that are no insult alone: "продажная тварь" is found by "тварь")
      /продажн(?:ая|ые|ой|ую|ыми|ых)\s+(?:шкура|шкуры|шкурой|шкуру|шкурами|шкур|девка|девки|девкой|девку)(?![а-яё])/gi,
    kind: 'insult',
  },
  {
    // (not "ты с ума сошёл, такие цены!", surprise among friends)
    keys: ['уме'],
    pattern: /(?<![а-яё])(?:ты|вы)\s+(?:вообще\s+|совсем\s+|часом\s+)?в\s+сво[её]м\s+уме(?![а-яё])/gi,
    kind: 'dismissal',
  },
  {
    // "таких как ты надо гнать из страны", "гнать его надо" (not "надо гнать его машину в сервис"), "этих чурбанов
    // надо гнать из страны" (not "выгнать из зала к шести"), "гнать пинками", "гнать поганой метлой"
    keys: ['гнать', 'выгнать', 'выгонять', 'вышвырнуть', 'депортировать', 'выслать', 'высылать', 'пинками', 'метлой'],
    pattern:
      /(?<![а-яё])(?:таких,?\s+как\s+(?:ты|вы),?\s+(?:надо|нужно|пора|следует)\s+(?:гнать|выгнать|выгонять|вышвырнуть|депортировать|выслать|высылать)|(?:гнать|выгнать)\s+(?:его|её|ее|их|тебя|вас)\s+(?:надо|нужно|пора)(?=\s*[.!?,]|\s*$)|(?:надо|нужно|пора)\s+(?:гнать|выгнать)\s+(?:его|её|ее|их|тебя|вас)(?=\s*[.!?,]|\s*$)|(?:(?:этих|таких|всех)\s+(?:[а-яё]+\s+)?(?:надо|нужно|пора|следует)\s+(?:гнать|выгнать|выгонять|вышвырнуть)(?=\s+(?:из\s+(?:страны|города|россии|москвы|европы|нашей|наших)|отсюда|вон|прочь|пинками|поганой|ссаными)|\s*[.!?,]|\s*$)|(?:гнать|выгнать|выгонять|вышвырнуть)\s+(?:[а-яё]+\s+){0,3}?(?:пинками|поганой\s+метлой|ссаными\s+тряпками))(?![а-яё]))/gi,
    kind: 'dismissal',
  },
  {
    // (not "рот закрой, когда ешь", table manners)
    keys: ['закр', 'заткн', 'завал'],
    pattern:
      /(?<![а-яё])(?:(?:закрой|закройте|заткни|заткните|завали|завалите)\s+(?:свой\s+|свою\s+)?(?:рот|пасть|хлебало|варежку)|(?:рот|пасть|хлебало|варежку)\s+(?:закрой|закройте|заткни|заткните|завали|завалите))(?![а-яё])(?!\s*,?\s*когда\s+(?:ешь|ест|едите|жу[её]шь|кашляешь|чихаешь|зеваешь))/gi,
    kind: 'dismissal',
  },
  {
    // "писатель хренов", "хренов аналитик"; "пишешь из своего подвала"; "автору мозги бы вправить"
    keys: ['хренов', 'подвал', 'вправ'],
    pattern:
      /(?<![а-яё])(?:(?:писатель|журналист|автор|аналитик|эксперт|историк|стратег|умник|знаток|политолог)\s+хренов(?:ый|а)?|хренов(?:ый)?\s+(?:писатель|журналист|автор|аналитик|эксперт|историк|стратег|умник|знаток|политолог)|(?:пишешь|пишете|сидишь|сидите|вещаешь|вещаете)\s+(?:из|в)\s+(?:своего|своём|своем|маминого|мамкиного)\s+подвал[а-яё]*|мозги\s+(?:бы\s+)?(?:вправить|вправлю|вправят|вправим))(?![а-яё])/gi,
    kind: 'dismissal',
  },
  {
    keys: ['нашли', 'найдут', 'достали', 'поймали'],
    // "сиди тихо, пока тебя не нашли" (not "пока тебя не нашли на вокзале, мама волновалась")
    pattern:
      /(?<![а-яё])(?:сиди|сидите|молчи|молчите|беги|бегите|прячься|прячьтесь|живи|живите|радуйся|радуйтесь|пиши|пишите)(?:\s+[а-яё]+)?\s*,?\s+пока\s+(?:тебя|вас)\s+не\s+(?:нашли|найдут|достали|поймали)(?![а-яё])/gi,
    kind: 'veiled-threat',
  },
  {
    // "Понаехали тут", "понаехавшие": migrants as a horde (not "понаехали родственники на свадьбу", of family)
    keys: ['понаех'],
    // (and a people said to have "poured in": "Таджики понаехали и гадят везде")
    pattern: new RegExp(
      `(?<![а-яё])(?:понаехали\\s+тут|понаехавш(?:ие|их|им|ими)|(?:${PEOPLES.join('|')})\\s+понаехали)(?![а-яё])`,
      'gi',
    ),
    kind: 'ambiguous-slur',
  },
  {
    // "Очередной диванный эксперт", "ты вообще с головой дружишь?", "тебе бы лечиться", "да
    // пошёл ты со своим НАТО"
    keys: ['диванн'],
    pattern:
      /(?<![а-яё])диванн(?:ый|ые|ого|ому|ым|ых|ая|ой)\s+(?:эксперт|аналитик|стратег|генерал|воин|вояка|политолог|историк|знаток|специалист|войск)[а-яё]*(?![а-яё])/gi,
    kind: 'dismissal',
  },
  {
    keys: ['голов'],
    pattern:
      /(?<![а-яё])(?:(?:ты|вы)\s+(?:вообще\s+|совсем\s+|хоть\s+)?(?:с\s+головой\s+(?:не\s+)?(?:дружишь|дружите)|головой\s+(?:думаешь|думаете))|(?:не\s+)?дружит\s+с\s+головой|с\s+головой\s+не\s+дружит)(?![а-яё])/gi,
    kind: 'dismissal',
  },
  {
    // (and sent there: "Иди лечись, шизофреник"; not "Сходите к психиатру, если тревога не проходит", advice)
    keys: ['лечит', 'лечис', 'психиатр', 'дурк', 'психушк'],
    pattern:
      /(?<![а-яё])(?:(?:тебе|вам|автору|ему|ей)\s+(?:бы\s+)?(?:надо\s+|нужно\s+|пора\s+|стоит\s+)?(?:лечиться|полечиться|подлечиться|к\s+психиатру|в\s+дурку|в\s+психушку)|(?:иди|идите)\s+(?:лечись|лечитесь|полечись|полечитесь|в\s+дурку|в\s+психушку))(?![а-яё])(?!\s+от\s)/gi,
    kind: 'dismissal',
  },
  {
    // "Твоя мамаша тебя на помойке нашла": a foundling of the rubbish heap (not "нашли на помойке котёнка")
    keys: ['помойк', 'свалк'],
    pattern:
      /(?<![а-яё])(?:тебя|вас|автора|его|её|ее)\s+(?:(?:мать|мама|мамаша|родители)\s+)?(?:на\s+(?:помойке|свалке)|в\s+канаве)\s+(?:нашла|нашли|подобрала|подобрали)(?![а-яё])/gi,
    kind: 'dismissal',
  },
  {
    keys: ['пошел', 'пошёл', 'пошла', 'пошли', 'иди'],
    pattern:
      /(?<![а-яё])(?:пош[её]л|пошла|пошли|иди|идите)\s+(?:ты|вы)(?:\s+(?:со\s+сво[а-яё]+|к\s+ч[её]рту|нафиг|на\s+фиг|куда\s+подальше)|(?=\s*[.!,]|\s*$))(?![а-яё])/gi,
    kind: 'dismissal',
  },
  {
    // "Очередной высер": a text called excrement
    keys: ['высер'],
    pattern: /(?<![а-яё])высер(?:а|ы|ом|ов)?(?![а-яё])/gi,
    kind: 'dismissal',
  },
  // "Ты просто кремлёвский бот за 15 рублей": said to someone, an accusation held like "тебе за это платят" (not "в
  // чате вам ответит бот", nor "платный бот в телеграме")
  {
    keys: ['бот'],
    pattern:
      /(?<![а-яё])(?:ты|вы)\s+(?:просто\s+|же\s+|всего\s+лишь\s+|обычный\s+|очередной\s+)?(?:кремл[её]вск(?:ий|ие)|путинск(?:ий|ие)|проплаченн(?:ый|ые)|платн(?:ый|ые))\s+бот(?:ы)?(?![а-яё])/gi,
    kind: 'accusation',
  },
  // "Таких журналистов надо сажать", "найдём и объясним по-другому", "Скоро до тебя доберутся", "Руки бы оторвать
  // тому, кто это написал": a writer to be jailed, a visit promised, hands to be torn off (held as threats; not "руки
  // мастера", nor "журналистов сажают за статьи", news, nor "таких чиновников надо сажать за коррупцию")
  {
    keys: ['сажать', 'посадить', 'пересажать', 'найд', 'доберутся', 'оторвать', 'поотрывать', 'переломать'],
    pattern:
      /(?<![а-яё])(?:(?:(?:таких|этих|всех)\s+(?:журналистов|журналюг|писак|авторов|блогеров|редакторов|как\s+(?:ты|вы|автор))|тебя|вас|автора)\s+(?:надо|нужно|пора|следует)\s+(?:сажать|посадить|пересажать)|(?:найд[её]м|найдут)\s+(?:тебя\s+|вас\s+)?и\s+(?:объясним|объяснят|научим|поговорим)|до\s+(?:тебя|вас|автора|него|нее|неё)\s+(?:скоро\s+)?доберутся|руки\s+(?:бы\s+)?(?:оторвать|поотрывать|переломать))(?![а-яё])/gi,
    kind: 'veiled-threat',
  },
  // A death celebrated or wished under the news of one: "Туда ему и дорога", "Мир стал лучше без него", "Чтоб он в
  // аду горел", "Сдох наконец" (held, as in English; not "туда и дорога короче", directions, nor "Наконец-то сдох мой
  // старый ноутбук")
  {
    keys: ['дорога', 'лучше', 'аду', 'сдох'],
    pattern:
      /(?<![а-яё])(?:туда\s+(?:ему|ей|им|тебе)\s+и\s+дорога|мир\s+(?:стал|станет|будет|стал\s+бы|был\s+бы)\s+лучше\s+без\s+(?:него|нее|неё|них|тебя|вас)|(?:чтоб|чтобы|пусть)\s+(?:он|она|они|ты|вы)\s+(?:(?:в\s+аду|там)\s+)?(?:горел|горела|горели|горит|горят|сгорел|сгорела|гнил|гнила|гнили)(?:\s+в\s+аду)?|(?:наконец(?:-то)?\s+сдох(?:ла|ли)?|сдох(?:ла|ли)?\s+наконец(?:-то)?)(?=\s*[.,!…]|\s*$))(?![а-яё])/gi,
    kind: 'veiled-threat',
  },
  // "Твой сын вернётся в гробу" (not "дед вернулся с войны в 1945-м")
  {
    keys: ['гроб'],
    pattern:
      /(?<![а-яё])(?:твой|ваш|твоя|ваша|твои|ваши)\s+[а-яё]+\s+(?:вернется|вернётся|вернутся|приедет|приедут|поедет)\s+(?:домой\s+)?в\s+гробу(?![а-яё])/gi,
    kind: 'veiled-threat',
  },
  // "Ты просто тупое животное": an animal said to "ты" (not "волк — умное животное, пишет биолог")
  {
    keys: ['животное'],
    pattern:
      /(?<![а-яё])(?:ты|вы)\s+(?:(?:просто|же|настоящее|тупое|грязное|безмозглое|жалкое|мерзкое)\s+)*животное(?![а-яё])/gi,
    kind: 'insult',
  },
  // "Ты за сколько Родину продал?", "автор явно под чем-то", "Евреи опять всё купили"
  {
    keys: ['продал', 'под'],
    pattern:
      /(?<![а-яё])(?:(?:ты|вы)\s+за\s+сколько\s+(?:родину|страну)\s+продал[аи]?|(?:автор|ты|он|она|редактор)\s+(?:явно\s+|точно\s+|что\s+ли\s+|опять\s+)?под\s+чем-то)(?![а-яё])/gi,
    kind: 'accusation',
  },
  {
    keys: ['евреи'],
    pattern:
      /(?<![а-яё])евреи\s+(?:опять\s+|снова\s+|давно\s+)?(?:всё|все|всем)\s+(?:купили|скупили|захватили|контролируют|управляют|правят)(?![а-яё])/gi,
    kind: 'group-insult',
  },
  // "Опять бредятина от этого клоуна": a writer called a clown by what he wrote (not "этот клоун", who may be one)
  {
    keys: ['клоун'],
    pattern:
      /(?<![а-яё])(?:бред|бредятина|бредятину|чушь|ерунда|ерунду|писанина|писанину|статья|статью|статейка|статейку|высер|вранье|враньё)\s+(?:от\s+)?(?:этого|очередного)\s+клоуна(?![а-яё])/gi,
    kind: 'dismissal',
  },
  // "Автору место в психушке", "Твоё место у параши", "Редактор совсем с катушек слетел?"
  {
    keys: ['место', 'катушек'],
    pattern:
      /(?<![а-яё])(?:(?:автору|тебе|вам|ему|ей|редактору|тво[её])\s+место\s+(?:в\s+(?:психушке|дурдоме|дурке)|у\s+параши)|с\s+катушек\s+(?:слетел|слетела|слетели|съехал|съехала|съехали))(?![а-яё])(?!\s+(?:нитка|нитки|нить|леска|плёнка|пленка|лента|проволока|кабель|шнур))/gi,
    kind: 'dismissal',
  },
  // "Не позорься", "Ты вообще читать умеешь?", "Тебя мама не учила думать?", "Иди учи историю", "Что за чушь несёт
  // этот клоун?": talking down (not "мама учила меня думать", "иди учи уроки" is a parent's, rare here)
  {
    keys: ['позор', 'умеешь', 'умеете', 'учил', 'учи', 'клоун'],
    pattern:
      // (and "Ты позор своей семьи"; not "ты позорно проиграл")
      /(?<![а-яё])(?:не\s+позорь(?:ся|тесь)|(?:ты|вы)\s+(?:просто\s+|же\s+|настоящий\s+|настоящая\s+)?позор(?![а-яё])|(?:ты|вы)\s+(?:вообще\s+|хоть\s+|вообще-то\s+)?(?:читать|думать|писать|считать)\s+(?:умеешь|умеете)(?!\s+по-[а-яё])|(?:тебя|вас)\s+(?:мама|мать|родители|в\s+школе)\s+не\s+учил[аи]?|(?:иди|идите|сходи|сходите)\s+(?:поучи|учи|учите|выучи|выучите|подучи|подучите)\s+(?:историю|географию|матчасть|русский|математику|физику|экономику)|(?:чушь|бред|ерунду|ахинею|пургу|чепуху)\s+(?:несёт|несет|городит|порет|пишет)\s+(?:этот|эта|очередной|очередная)\s+клоун[а-яё]*(?!\s+(?:в|на)\s+(?:цирке|арене|манеже|шоу|спектакле)))(?![а-яё])/gi,
    kind: 'dismissal',
  },
];
/**
 * Every phrase key, the longest first, scanned from each position a key starts at; a match stands for itself and
 * for every key it begins with ("умеешь" for "уме" too). As one alternation tried once per position, "уме" had
 * hidden "умеешь", and "Ты вообще читать умеешь?" went unread.
 */
const ALL_KEYS = [...new Set(PHRASES.flatMap((p) => p.keys))].sort((a, b) => b.length - a.length);
const PHRASE_KEYS = new RegExp(ALL_KEYS.join('|'), 'gi');
const KEYS_BEGINNING: Record<string, string[]> = Object.fromEntries(
  ALL_KEYS.map((key) => [key, ALL_KEYS.filter((other) => key.startsWith(other))]),
);
/** A Cyrillic letter next to a character read as one: a word that only its folded form shows. */
const MIXED = /[\u0400-\u04ff][a-z0-9@']|[a-z0-9@'][\u0400-\u04ff]/gi;

/** The Russian words of a submission that the rules care about, remembered for the rest of its check. */
export function russianWords(submission: Submission): RussianWord[] {
  if (submission.memo.russian) return submission.memo.russian;
  const found: RussianWord[] = [];
  // reasonsFor gives the trigger lookup and the spans in the original; the rule and clause it asks for are unused.
  const inLatin = reasonsFor(submission, IN_LATIN, (m) => ({
    rule: 'russian',
    clause: 'profanity' as const,
    word: m[1]!,
  }));
  for (const { word, start, end } of inLatin) found.push({ word, kind: KIND_IN_LATIN.get(word)!, start, end });
  const latin = (kind: RussianKind) => (m: RegExpExecArray) => ({
    rule: 'russian',
    clause: 'personal_attack' as const,
    word: m[1] ?? m[0],
    kind,
  });
  for (const { word, kind, start, end } of [
    ...reasonsFor(submission, SAID_TO_YOU_IN_LATIN, latin('said-to-you'), 1),
    ...reasonsFor(submission, DISMISSED_IN_LATIN, latin('dismissal')),
  ])
    found.push({ word, kind: kind === 'said-to-you' && MILD_IN_LATIN.has(word) ? 'mild-insult' : kind, start, end });
  const text = submission.text;
  if (hasCyrillic(submission)) {
    const read = new Set<number>();
    for (const scan of [ROOTS, MIXED]) {
      scan.lastIndex = 0;
      for (let m = scan.exec(text); m; m = scan.exec(text)) {
        let start = m.index;
        while (start > 0 && isWordCode(text.charCodeAt(start - 1))) start--;
        if (read.has(start)) continue;
        read.add(start);
        let end = m.index;
        while (end < text.length && isWordCode(text.charCodeAt(end))) end++;
        const original = text.slice(start, end);
        if (!CYRILLIC.test(original)) continue;
        const word = fold(original);
        const kind = kindOf(word);
        if (kind) found.push({ word, kind, start, end });
      }
    }
    for (const m of text.matchAll(SPACED)) {
      const word = fold(m[1]!.replace(SEPARATORS, ''));
      const kind = kindOf(word);
      if (kind) found.push({ word, kind, start: m.index + m[0].length - m[1]!.length, end: m.index + m[0].length });
    }
    // The phrases' scans run only in a text with one of their keys, all found in one pass.
    const keys = new Set<string>();
    PHRASE_KEYS.lastIndex = 0;
    for (let m = PHRASE_KEYS.exec(text); m; m = PHRASE_KEYS.exec(text)) {
      for (const key of KEYS_BEGINNING[m[0].toLowerCase()]!) keys.add(key);
      PHRASE_KEYS.lastIndex = m.index + 1;
    }
    if (keys.size)
      for (const { keys: needed, pattern, kind } of PHRASES)
        if (needed.some((key) => keys.has(key)))
          for (const m of text.matchAll(pattern))
            found.push({ word: fold(m[0]), kind, start: m.index, end: m.index + m[0].length });
  }
  submission.memo.russian = found.sort((a, b) => a.start - b.start);
  return submission.memo.russian;
}

function fold(word: string): string {
  const lower = word.toLowerCase();
  if (!NOT_CYRILLIC.test(lower)) return lower;
  let out = '';
  for (const c of lower) if (c !== "'") out += AS_CYRILLIC[c] ?? c;
  return out;
}

function kindOf(word: string): RussianKind | undefined {
  if (SLURS.has(word) || SLUR_ROOTS.test(word)) return 'slur';
  if (AMBIGUOUS_SLURS.has(word)) return 'ambiguous-slur';
  if (PROFANITY.test(word) && !NOT_PROFANITY.test(word)) return 'profanity';
  if (MILD_INSULTS.has(word)) return 'mild-insult';
  if (INSULT.test(word)) return 'insult';
  if (DISMISSALS.has(word)) return 'dismissal';
  if (THREATS.has(word)) return 'threat';
  if (KILLING.has(word)) return 'call-to-kill';
  if (DEATH_WISHES.has(word) || DIED.has(word)) return 'death-wish';
  return undefined;
}

/**
 * Promotion in Russian, the spam of the region's comment sections: money from home ("заработок в интернете от 3000
 * рублей в день", "научу зарабатывать"), a messenger to write to ("пишите в телеграм"), a channel to follow
 * ("подписывайтесь на мой канал"), "подробности в профиле". Not the news about them ("министерство опубликовало
 * документ в телеграм-канале", "зарплаты выросли").
 */
const PROMOTION = new RegExp(
  [
    'заработ[а-я]*\\s+(?:в\\s+(?:интернете|сети)|онлайн|из\\s+дома|на\\s+дому|без\\s+вложений|от\\s+\\d)',
    '(?:научу|помогу|начни|начните)\\s+зарабатывать',
    '(?:пиши|пишите|стучи|стучите|обращайтесь)\\s+(?:мне\\s+|нам\\s+)?(?:в|на)\\s+(?:телеграм[а-я]*|tg|тг|личку|лс|директ|вотсап|ватсап|whatsapp|вайбер)',
    'подписывай(?:тесь|ся)\\s+на\\s+(?:мой|наш|мою|нашу)\\s+(?:канал|блог|телеграм[а-я]*|ютуб|инстаграм|страницу|группу)',
    'подробности\\s+(?:в|на)\\s+(?:профиле|личке|лс|телеграме?|канале)',
    'пассивн[а-я]+\\s+доход',
    // "Займ без отказа за 5 минут", "переходи по ссылке в профиле" (not "займы без отказа — ловушка", a warning)
    'займ[а-я]*\\s+без\\s+(?:отказа|проверок|справок)\\s+за\\s+\\d+\\s+(?:минут|мин|час)',
    'ссылк[аеу]\\s+в\\s+(?:профиле|описании|био|шапке)',
  ].join('|'),
  'gi',
);

/** The spans of Russian promotion in a submission. */
export function russianPromotions(submission: Submission): { start: number; end: number }[] {
  if (!hasCyrillic(submission)) return [];
  return [...submission.text.matchAll(PROMOTION)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** A Russian word the rules act on, with what its sentence makes of it. */
export interface RussianFinding {
  start: number;
  end: number;
  /** An insult or dismissal aimed at someone, or a threat, call to kill or death wish. */
  kind: 'attack' | 'threat';
  /** Refused when certain; held for a moderator when not. */
  certain: boolean;
}

/**
 * What the sentence around each insult, order and threat makes of it.
 *
 * An insult is certain when said to "ты"/"вы" or the author outright ("ты
 * идиот", "вы — полный дебил", "автор дебил") or called out after a comma at
 * the end ("Хватит писать чушь, бездарь."); unsure (held) when the sentence
 * speaks to someone, is about the article, or is the insult alone ("Идиот!",
 * "Сам дурак"); mild words ("дурак") are held. An insult in a sentence about
 * no one ("дураки и дороги", the proverb about Russia's two troubles) is not an
 * attack. An order to be gone ("заткнись", "иди лесом") and being told one is paid to write ("тебе за это
 * платят") are held.
 *
 * A threat is a first-person verb of harm with a person as its object ("я
 * тебя урою"), a killing called for ("таких надо расстреливать"), or a death
 * wish ("сдохни", "чтоб ты сдох"): refused.
 */
/** The kinds the hate rule reads from the words themselves: slurs, and smears of a people. */
const NOT_FINDINGS = new Set<RussianKind>([
  'profanity',
  'slur',
  'ambiguous-slur',
  'group-crime',
  'group-dehumanised',
  'group-insult',
]);
export function russianFindings(submission: Submission): RussianFinding[] {
  const words = russianWords(submission).filter((w) => !NOT_FINDINGS.has(w.kind));
  if (!words.length) return [];
  const text = submission.text;
  return words.flatMap((found): RussianFinding[] => {
    const { start, end, kind } = found;
    let sentenceStart = start;
    while (sentenceStart > 0 && !SENTENCE_END.has(text[sentenceStart - 1]!)) sentenceStart--;
    let sentenceEnd = end;
    while (sentenceEnd < text.length && !SENTENCE_END.has(text[sentenceEnd]!)) sentenceEnd++;
    const before = wordsOf(text.slice(sentenceStart, start));
    const after = wordsOf(text.slice(end, sentenceEnd));
    const sentence = [...before, ...after];
    // "Ты вообще в своём уме? — спросил меня друг": a question someone else asked; "Диванный эксперт — так в шутку
    // называет себя мой отец": a name explained. Not the commenter's attack (a threat stays held, as in English).
    const notTheirs =
      SAID_BY_SOMEONE.test(text.slice(sentenceEnd, sentenceEnd + 40)) ||
      NAME_EXPLAINED.test(text.slice(end, end + 20)) ||
      REPORTED_TAG.test(text.slice(end, sentenceEnd));
    if (notTheirs && !THREAT_KINDS.has(kind)) return [];
    switch (kind) {
      case 'dismissal':
        // "Отвали камень от входа": the verb with its object, rolling a stone away (not "отвали от меня")
        if (
          STONE_MOVING.has(found.word) &&
          after[0] !== undefined &&
          !AFTER_GO_AWAY.has(after[0]) &&
          !/^\s*[,.!?]/.test(text.slice(end))
        )
          return [];
        return [{ start, end, kind: 'attack', certain: false }];
      case 'accusation':
        return [{ start, end, kind: 'attack', certain: false }];
      case 'said-to-you':
        return [{ start, end, kind: 'attack', certain: true }];
      case 'threat':
        return sentence.some((w) => OBJECTS.has(w)) ? [{ start, end, kind: 'threat', certain: true }] : [];
      case 'veiled-threat':
        return [{ start, end, kind: 'threat', certain: false }];
      case 'call-to-kill':
        // (a phrase found whole, "сразу к стенке", is a call by itself; "перевешать мало", too little to hang)
        if (found.word.includes(' ')) return [{ start, end, kind: 'threat', certain: true }];
        // (four words back: "хорошо бы этих киргизов всех перестрелять")
        return (before.slice(-4).some((w) => MODALS.has(w)) || after[0] === 'мало') &&
          (SHOOTING.has(found.word) || sentence.some((w) => PEOPLE.has(w)))
          ? [{ start, end, kind: 'threat', certain: true }]
          : [];
      case 'death-wish':
        return DEATH_WISHES.has(found.word) || before.some((w) => w === 'чтоб' || w === 'чтобы')
          ? [{ start, end, kind: 'threat', certain: true }]
          : [];
      default: {
        // "Чмо — слово из армейского жаргона": a word talked about, not called anyone; "Тупой карандаш": a blunt
        // pencil (an adjective before a thing's noun)
        if (TALKED_ABOUT.test(text.slice(end, end + 40))) return [];
        if (
          BLUNT.has(found.word) &&
          after[0] !== undefined &&
          !ADDRESSED.has(after[0]) &&
          !YOU.has(after[0]) &&
          !NOT_A_THING_AFTER.has(after[0]) &&
          kindOf(after[0]) === undefined &&
          !/^\s*[,.!?—–-]/.test(text.slice(end))
        )
          return [];
        let i = before.length - 1;
        for (let adjectives = 0; i >= 0; i--) {
          if (POINTING.has(before[i]!)) break; // ("очередной" ends like an adjective)
          if (ONE_MORE.has(before[i]!) && STILL.has(before[i - 1] ?? '')) break;
          if (BETWEEN.has(before[i]!)) continue;
          if (ADJECTIVE.test(before[i]!) && adjectives++ < 3) continue;
          break;
        }
        // "Хватит писать чушь, бездарь.", "Слышь, клоун, иди учи матчасть": called out at the end, or hailed
        // ("…, бездарь полная": words of emphasis may follow)
        const called =
          (after.every((w) => BETWEEN.has(w)) && /,\s*$/.test(text.slice(sentenceStart, start))) ||
          HAILED.test(text.slice(sentenceStart, start));
        const certain = (i >= 0 && ADDRESSED.has(before[i]!)) || called || YOU.has(after[0] ?? '');
        const addressed = certain || sentence.some((w) => ADDRESSED.has(w));
        const alone = sentence.length <= 2;
        const pointedWord = i >= 0 && (POINTING.has(before[i]!) || ONE_MORE.has(before[i]!));
        // "Ну и мразь же этот министр": an exclamation, said of someone
        const exclaimed = before.length === 2 && before[0] === 'ну' && before[1] === 'и';
        const pointed =
          (pointedWord && (kind !== 'mild-insult' || POINTED_MILD.has(found.word))) ||
          NAMED_WITH_A_DASH.test(text.slice(sentenceStart, start)) ||
          exclaimed;
        if (!addressed && !alone && !pointed) return [];
        return [{ start, end, kind: 'attack', certain: certain && kind !== 'mild-insult' }];
      }
    }
  });
}

const SENTENCE_END = new Set(['.', '!', '?', '…', '\n']);
/** "отвали" also rolls a stone away; the words after it that keep it an order. */
const STONE_MOVING = new Set(['отвали', 'отвалите']);
// prettier-ignore
const AFTER_GO_AWAY = new Set(['от', 'уже', 'ты', 'вы', 'же', 'наконец', 'давай', 'быстро', 'отсюда', 'со', 'с', 'к', 'на', 'по', 'а', 'и', 'уж', 'бы', 'нафиг', 'дебил', 'идиот']);
/** The adjectives among the mild words, said of things as well ("тупой нож"). */
const BLUNT = new Set(['тупой', 'тупая', 'тупые', 'тупое', 'убогий', 'убогая', 'убогие', 'убогое']);
/** Words after such an adjective that show no thing is meant: "Ты тупой или притворяешься?" */
// prettier-ignore
const NOT_A_THING_AFTER = new Set(['или', 'и', 'как', 'что', 'ли', 'же', 'ведь', 'совсем', 'вообще', 'а', 'но', 'раз', 'если', 'просто']);
/** Direct speech's tag after its sentence: "…? — спросил меня друг", "…, — сказал он". */
const SAID_BY_SOMEONE =
  /^[?!.,…]*\s*[—–-]\s*(?:спросил|сказал|написал|ответил|крикнул|заметил|пошутил|добавил|сказала|спросила|написала|ответила|крикнула|заметила|пошутила|добавила|говорит|спрашивает|шутит)(?![а-яё])(?!\s+(?:я|мы)(?![а-яё]))/i;
/**
 * A report's tag closing the sentence: "Тролли и боты — реальная проблема соцсетей, пишет исследователь.", "Не
 * позорьтесь, господа министры, — написала газета."
 */
const REPORTED_TAG =
  /,\s*(?:[—–-]\s*)?(?:сказал|сказала|сказали|спросил|спросила|ответил|ответила|написал|написала|написали|пишет|пишут|сообщает|сообщают|говорит|говорят|считает|считают|заявил|заявила|заявили|отмечает|отмечают|утверждает|утверждают|полагает|полагают)\s+(?!(?:я|мы|ты|вы)(?![а-яё]))[а-яё]+(?:\s+[а-яё]+)?\s*$/i;
const THREAT_KINDS = new Set<RussianKind>(['threat', 'veiled-threat', 'call-to-kill', 'death-wish']);
/** A name and what it means: "Диванный эксперт — так называет себя мой отец". */
const NAME_EXPLAINED = /^\s*[—–-]\s*так\s/i;
/** A word followed by what it is: "— слово", "— это ругательство", "— термин". */
const TALKED_ABOUT =
  /^\s*[—–-]\s*(?:это\s+)?(?:[а-яё]+\s+)?(?:слово|ругательство|выражение|термин|жаргонизм)(?![а-яё])/i;
/**
 * A subject, a dash, up to three words, at the start of the insult's sentence: "Лукашенко — старый маразматик",
 * "Депутат наш — вор и лжец", "Избиратели на юге — тупое быдло" (the subject up to four words).
 */
const NAMED_WITH_A_DASH = /^\s*[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)?(?:\s+[а-яё]+){0,3}\s+[—–-]\s+(?:[а-яё]+\s+){0,3}$/;
/** A hail before the insult, at the start of its sentence: "Слышь, клоун", "Эй ты, дебил". */
const HAILED = /^\s*(?:слышь|слышишь|эй|алло|ал[её])(?:\s+ты)?\s*,\s*$/i;
const wordsOf = (stretch: string) => (stretch.match(WORD) ?? []).map(fold);
