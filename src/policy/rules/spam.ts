/**
 * Policy clause: spam. Links (two or more are held, as WordPress does; link
 * shorteners hide where they lead and are held; the publisher's blocked domains
 * are refused), promotion ("check out my channel"), the same text posted again
 * within ten minutes (refused), and shouting or character floods (held).
 */
import { candidates, MODERATOR_READS, phrasePattern, plainIndex, reasonsFor, words, type Phrase } from '../match.js';
import { originalSpan } from '../normalize.js';
import { russianPromotions } from '../russian.js';
import type { Reason, Rule, Submission } from '../types.js';

// Not t.co: Twitter wraps every link of every tweet in it, so a quoted tweet carries one innocently.
// prettier-ignore
const SHORTENERS = new Set([
  'bit.ly', 'tinyurl.com', 'goo.gl', 'ow.ly', 'is.gd', 'buff.ly', 'rebrand.ly', 'cutt.ly', 'shorturl.at', 'tiny.cc',
  'rb.gy', 'v.gd', 'bl.ink', 'lnkd.in', 'shorte.st', 'adf.ly', 'bit.do', 't.ly', 's.id', 'qr.ae', 'soo.gd',
]);

/** The currencies a sum is written in: signs before it, names after it (the region's too: "40,000 tenge"). */
const CURRENCY_SIGN = '(?:\\$|£|€|₸|₽)';
const CURRENCY_NAME = '(?:dollars|usd|euros|pounds|tenge|tg|roubles|rubles|rub|som|soms|drams)';
/** An amount of money: "$500", "12,000 dollars", "5k", "40,000 tenge". */
const MONEY = `(?:${CURRENCY_SIGN}\\s*\\d[\\d,.]*k?|\\d[\\d,.]*k?\\s*${CURRENCY_NAME})`;
/** A sum worth boasting of: a thousand or more ("$12,000", "$40k"); "I make $15 an hour" is a wage. */
const BIG_MONEY = `(?:${CURRENCY_SIGN}\\s*(?:\\d{1,3}(?:,\\d{3})+|\\d{4,}|\\d+(?:\\.\\d+)?k)|(?:\\d{1,3}(?:,\\d{3})+|\\d{4,}|\\d+k)\\s*${CURRENCY_NAME})`;
/** Where a money-making pitch says the money comes from. */
const EASY_MONEY =
  '(?:from\\s+home|online|on\\s+the\\s+internet|(?:with|on|from)\\s+(?:my|your|her|his|their|a|just\\s+a)\\s+(?:laptop|phone|computer|smartphone))';

/**
 * Promotion, one pattern a phrase with its rarest words (see attack-phrases.ts's
 * DISMISSALS). A sum of money alone is news ("conscripts make $300 a
 * month"); it is a pitch when someone claims it as their own or their
 * relative's ("my aunt earns $12,000 a month") or earned from home or online.
 */
// prettier-ignore
const PROMOTIONS: Phrase[] = [
  ['check\\s+out\\s+my\\s+(?:channel|page|blog|website|site|profile|video|videos|store|shop|podcast|stream)', ['check']],
  // (not "I'll subscribe for life" or "I don't subscribe to that theory")
  // (and not "Subscribe to my way of thinking")
  ['subscribe\\s+to\\s+(?:my|our)\\s+(?:channel|page|blog|newsletter|youtube|telegram|feed|stream|podcast|substack|account|profile|vlog|site|website)|(?:like\\s+and\\s+|please\\s+)subscribe|(?<=^|[.!?…]\\s*)subscribe(?=\\s*(?:[.!]|$)|\\s+(?:now|today|here|for\\s+(?:more|daily|weekly|updates|free))(?![a-z]))', ['subscribe']],
  // (a platform or a handle: not "Follow me on this: the numbers only add up if …")
  ['follow\\s+me\\s+(?:on|at)\\s+(?:twitter|x|instagram|insta|ig|tiktok|telegram|youtube|facebook|fb|vk|threads|bluesky|my|@)', ['follow']],
  [`(?:earn|make)\\s+(?:extra\\s+)?(?:money|cash)\\s+(?:${EASY_MONEY}|fast|quickly|easily|now|today)`, ['money', 'cash']],
  ['(?:work|working)\\s+from\\s+home\\s+(?:jobs?|opportunit(?:y|ies)|and\\s+(?:earn|make)|earning|making)', ['home']],
  ['message\\s+me\\s+for\\s+(?:details|more\\s+(?:info|information|details)|info)|limited\\s+(?:spots|places|slots)(?=\\s*[.!]|\\s*$)', ['message', 'limited']],
  ['no\\s+experience\\s+(?:needed|required|necessary)', ['experience']],
  // (a lure, not a source: "Click here to read the full text of the treaty on the ministry's site")
  ['click\\s+(?:here|the\\s+link|my\\s+link)(?!\\s+(?:to\\s+read|for\\s+the\\s+(?:full|source|report|study|text|original)))', ['click']],
  ['buy\\s+(?:now|cheap)', ['buy']],
  ['(?:free|cheap)\\s+(?:followers|likes|views|viagra|cialis)', ['followers', 'likes', 'views', 'viagra', 'cialis']],
  ['dm\\s+me\\s+(?:for|to)', ['dm']],
  ['(?:whatsapp|telegram)\\s+(?:me|us|\\+?\\d)', ['whatsapp', 'telegram']],
  ['crypto\\s+(?:giveaway|signals|investment)', ['crypto']],
  ['(?:returns?|profits?|income)\\s+guaranteed|guaranteed\\s+(?:returns?|profits?|income)', ['guaranteed']],
  // (not the charts' "hot singles like this one")
  ['(?:hot|lonely)\\s+singles(?!\\s+(?:like|from|by|of|chart|charts|topped))|singles\\s+in\\s+your\\s+area', ['singles']],
  ['visit\\s+my\\s+(?:website|site|page|profile|store|shop|blog|channel|vlog)', ['visit']],
  // "Check my profile for the best casino bonuses"
  ['(?:check|see|look\\s+at)\\s+my\\s+(?:profile|bio|page|channel)\\s+(?:for|to)', ['profile', 'bio', 'page', 'channel'], ['check', 'see', 'look']],
  ['(?:100|one\\s+hundred)\\s*%\\s+free', ['free']],
  ['limited\\s+time\\s+offer', ['limited']],
  // Loans, trading "mentors", investment groups, casinos
  ['(?:loans?|credit)\\s+approved\\s+(?:in|within)', ['approved']],
  ['need\\s+(?:cash|money)\\s+(?:fast|quick|quickly|now|today)', ['cash', 'money']],
  ['(?:contact|message|text)\\s+(?:him|her|them|me|us)\\s+(?:on|via)\\s+(?:whatsapp|telegram|signal|wechat)', ['whatsapp', 'telegram', 'signal', 'wechat']],
  ['(?:trading|trade)\\s+(?:forex|binary\\s+options?)|forex\\s+(?:trading|trader|mentor|account)', ['forex', 'binary']],
  ['double\\s+your\\s+(?:money|investment|income|savings)', ['double']],
  ['join\\s+(?:our|my)\\s+(?:investment|trading|crypto|forex|betting)\\s+(?:group|club|team|channel)', ['join']],
  // A messenger channel pushed: "join our Telegram channel" (not "the ministry's Telegram channel"; a bare
  // "t.me/…" link is TELEGRAM, below)
  ['join\\s+(?:our|my|the)\\s+(?:[a-z]+\\s+)?(?:telegram|whatsapp|discord|signal|viber)\\s+(?:group|channel|chat)|join\\s+(?:our|my)\\s+(?:telegram|whatsapp|discord|signal|viber)(?![a-z])(?!\\s*\\?)', ['join']],
  ['(?:casino|betting|deposit|welcome|sign-?up)\\s+bonus', ['bonus']],
  ['sign\\s+up\\s+(?:now|today|with\\s+my\\s+(?:link|code)|using\\s+my\\s+(?:link|code))', ['sign']],
  // Followers for sale, a channel pushed, a shop's code
  ['(?:get|gain|buy)\\s+(?:\\d[\\d,.]*k?|thousands\\s+of)\\s+(?:real\\s+)?(?:followers|likes|views|subscribers)', ['followers', 'likes', 'views', 'subscribers']],
  ['buy\\s+(?:real\\s+)?(?:followers|likes|views|subscribers)', ['buy']],
  ['link\\s+in\\s+(?:my\\s+)?bio', ['bio']],
  ['follow\\s+(?:my|our)\\s+(?:[a-z]+\\s+)?(?:channel|page|account|blog)', ['follow']],
  ['follow\\s+(?:me|us)\\s+for\\s+more', ['follow']],
  ['like\\s+and\\s+share\\s+(?:if|this|now|with|to)(?![a-z])', ['share']],
  // (a site or a code: not "Book now at the embassy if you need a visa")
  ['book\\s+now\\s+(?:(?:at|on|via|using|with)\\s+(?:www\\.|https?:|[a-z0-9-]+\\.(?:com|net|org|ru|kz|am|io|travel)|our|my)|and\\s+(?:use|get|save))', ['book']],
  ['(?:use|enter|with)\\s+(?:the\\s+)?(?:promo\\s+|discount\\s+|coupon\\s+)?code\\s+[a-z]*\\d[a-z0-9]*|(?:promo|discount|coupon)\\s+code\\s+[a-z]*\\d[a-z0-9]*', ['code']],
  // A pharmacy without prescriptions, a loan approved fast, cheap goods to message about, a testimonial of returns,
  // the one simple trick
  // (not "no prescription needed for paracetamol in Kazakhstan": a shop's words around it)
  ['(?:pharmacy|order|buy|shop|store|delivery|shipping)[^.!?]{0,60}?no\\s+prescription\\s+(?:needed|required|necessary)|no\\s+prescription\\s+(?:needed|required|necessary)[^.!?]{0,60}?(?:order|buy|delivery|shipping|discount|cheap|dm|whatsapp)', ['prescription']],
  // (not "the ministry expects fast approval of the bill")
  ['(?:loans?|credit)[^.!?]{0,40}?(?:fast|quick|instant|easy|same-day|same\\s+day)\\s+approval|(?:fast|quick|instant|easy|same-day|same\\s+day)\\s+(?:loan|credit)\\s+approval|(?:fast|quick|instant)\\s+approval,?\\s+low\\s+(?:interest|rates?)', ['approval']],
  ['(?:cheap|original|wholesale|discounted|replica)\\s[^.!?]{0,90}?(?:dm|inbox|pm|message|text|whatsapp)\\s+(?:me|us)(?=\\s*[.!]|\\s*$)', ['cheap', 'original', 'wholesale', 'discounted', 'replica'], ['dm', 'inbox', 'pm', 'message', 'text', 'whatsapp']],
  [`(?:invested|deposited)\\s+${MONEY}(?:(?:mrs?|ms|dr)\\.|[^.!?]){0,60}?(?:got|received|earned|made|withdrew)\\s+(?:back\\s+)?${MONEY}`, ['got', 'received', 'earned', 'made', 'withdrew'], ['invested', 'deposited']],
  [`(?:with|using)\\s+(?:this|one|a)\\s+(?:one\\s+)?(?:simple|weird|easy|little)\\s+trick[^.!?]{0,40}?(?:ask\\s+me\\s+how|dm|message|inbox|click)|(?:made|earned|make|earn)\\s+${MONEY}[^.!?]{0,60}?(?:simple|weird|easy)\\s+trick`, ['trick']],
  ['\\d+\\s*%\\s+off\\s+(?:today|now|all|everything|your|for|with|until|this\\s+week)(?![a-z])', ['off']],
  // A hacker who recovers lost crypto, a shop's site to visit, a dating lure, "start here"
  ['recovery\\s+hackers?|recover(?:ed)?\\s+(?:my|your|his|her|their)\\s+(?:lost|stolen|scammed)\\s+(?:usdt|bitcoin|btc|crypto|funds|eth|coins)', ['recovery', 'recover', 'recovered']],
  ['visit\\s+(?:us\\s+at\\s+|our\\s+(?:site|website|shop|store)\\s+(?:at\\s+)?)?w{1,3}\\.[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.[a-z]{2,}(?=[^.!?]{0,60}(?:%\\s+off|discount|cheap|order|buy|essays?|deals?|offer|bonus|casino|deposit|free\\s+spins))', ['visit']],
  ['sugar\\s+(?:daddy|daddies|baby|babies|mommy|mummy)[^.!?]{0,40}(?:register|sign\\s+up|join|click|dm)|register\\s+(?:free\\s+)?(?:now|today)(?=\\s*[.!]|\\s*$)', ['register', 'sugar']],
  ['(?<=[,.!]\\s*)(?:start|begin)\\s+(?:here|now|today)(?=\\s*[.!]|\\s*$)', ['start', 'begin']],
  // A crypto "giveaway", a handle pushed on a messenger, betting tips and VIP groups, links and backlinks for sale,
  // diplomas in days, rates by text, free phones, accounts for sale, a match to watch free at someone's channel
  ['giving\\s+away\\s+[\\d,.]+\\s*k?\\s+(?:btc|eth|bitcoins?|usdt|sol|doge)|send\\s+[\\d.]+\\s*(?:btc|eth|usdt|sol|doge)?\\s+(?:to\\s+(?:get|receive)|and\\s+(?:get|receive))\\s+[\\d.]+', ['giving', 'send']],
  ['follow\\s+@[a-z0-9_]+\\s+on\\s+(?:telegram|instagram|insta|tiktok|twitter|x|youtube|vk)', ['follow']],
  ['(?:betting|trading|forex|crypto|investment|vip)\\s+(?:tips|signals)(?=[^.!?]{0,60}(?:join|dm|vip|group|channel|telegram|win\\s+rate|\\d+\\s*%))|join\\s+(?:our|my)\\s+(?:vip|private|premium|paid)\\s+(?:[a-z]+\\s+)?(?:group|channel|chat|club)', ['tips', 'signals', 'join']],
  // The diet pitch ("Lose 10 kg in 7 days with this one weird herb, doctors hate it"; not "I lost 5 kg walking")
  ['(?:this|one)\\s+(?:one\\s+)?weird\\s+(?:trick|herb|tea|tip|secret|fruit|pill)|doctors\\s+hate\\s+(?:it|him|her|this|them)(?=\\s*[.!]|\\s*$)|lose\\s+\\d+\\s*(?:kg|kilos?|lbs|pounds)\\s+in\\s+\\d+\\s+(?:days|weeks)', ['weird', 'hate', 'lose']],
  // A number to call for a deal ("… without exams, fast and legal, call 8 777 123 45 67"; not a ministry's hotline)
  ['(?:fast|quick|cheap|legal|guaranteed|discount|no\\s+(?:exams?|checks?|prepayment)|without\\s+(?:exams?|checks?|prepayment|documents))[^.!?]{0,40}?(?:call|text|ring|whatsapp|viber|telegram)(?:\\s+(?:me|us|now|today))?(?:\\s+(?:at|on))?:?\\s+\\+?\\d(?:[\\s()-]*\\d){9,11}(?![\\d])', ['fast', 'quick', 'cheap', 'legal', 'guaranteed', 'discount', 'no', 'without'], ['call', 'text', 'ring', 'whatsapp', 'viber', 'telegram']],
  // Documents for sale ("Fake diplomas from any university …, message me")
  ['(?:fake|forged|counterfeit|novelty)\\s+(?:diplomas?|degrees?|passports?|ids?|id\\s+cards?|driving\\s+licen[cs]es?|certificates?)[^.!?]{0,60}?(?:message|dm|write|call|contact|order|whatsapp|telegram|verifiable)(?![a-z])', ['fake', 'forged', 'counterfeit', 'novelty'], ['message', 'dm', 'write', 'call', 'contact', 'order', 'whatsapp', 'telegram', 'verifiable']],
  ['(?:buy|sell|selling|buying|offer|offering)\\s+(?:guest\\s+posts?|backlinks?|do-?follow\\s+links?|seo\\s+services?)', ['guest', 'backlink', 'backlinks', 'dofollow', 'follow', 'seo']],
  ['(?<=^|[.!?…]\\s*)(?:get|buy|order)\\s+(?:your|a)\\s+(?:diploma|degree|certificate|driving\\s+licen[cs]e|passport)\\s+in\\s+\\d+\\s+(?:days|weeks)', ['days', 'weeks']],
  ['(?:text|dm|pm|whatsapp|message|call)\\s+(?:me|us)\\s+for\\s+(?:rates|prices|pricing|a\\s+quote)', ['rates', 'prices', 'pricing', 'quote']],
  ['free\\s+(?:iphone|samsung|ps5|playstation|xbox|airpods|gift\\s+cards?)(?=[^.!?]{0,60}(?:my\\s+(?:page|profile|bio|channel)|first\\s+\\d+|click|dm|card\\s+details|the\\s+link))', ['free']],
  // A card's details asked for ("just enter your card details at the link"; not "never enter your card details on
  // a site you don't know", the bank's advice)
  ['(?<!never\\s|not\\s|don[\'’]t\\s)(?:enter|confirm|verify|provide|send)\\s+your\\s+(?:card|credit\\s+card|bank|banking|payment)\\s+details(?=[^.!?]{0,40}(?:link|here|below|now|to\\s+(?:claim|receive|get|win)))', ['details']],
  ['selling\\s+(?:verified\\s+|aged\\s+|old\\s+)?(?:[a-z]+\\s+)?accounts(?=[^.!?]{0,60}(?:bulk|discount|telegram|dm|cheap))', ['selling']],
  ['(?:watch|stream)\\s+(?:the\\s+)?(?:full\\s+)?(?:match|game|fight|movie|film|episode)\\s+(?:for\\s+)?free(?=[^.!?]{0,40}my\\s+(?:channel|page|site|profile))', ['free']],
  // A site spelled out to pass the link filter ("order now at slim-tea-kz dot com"; not "the dot com bubble"), an
  // escort agency, a fee for a favour, documents for sale, loans without checks, a giveaway for likes
  ['(?:at|visit|on|to|order)\\s+[a-z0-9]+(?:-[a-z0-9]+)*\\s+dot\\s+(?:com|kz|ru|net|org|shop|store|io|uz|kg)(?![a-z])', ['dot']],
  ['escort\\s+(?:services?|agency|agencies|girls|ladies)(?=[^.!?]{0,60}(?:call|discreet|verified|dm|whatsapp|telegram|book))', ['escort']],
  ['for\\s+a\\s+(?:small|modest|reasonable|little)\\s+(?:fee|payment|price|sum)[^.!?]{0,20}?(?:dm|pm|message|text|whatsapp|call|write\\s+to)\\s+(?:me|us)', ['fee', 'payment', 'price', 'sum']],
  ['(?:real|genuine|original|registered)\\s+(?:documents|diplomas?|certificates?|passports?|driving\\s+licen[cs]es?)(?=[^.!?]{0,40}(?:fast|quick|cheap|write|dm|call|contact|whatsapp|telegram|@))', ['documents', 'diploma', 'diplomas', 'certificate', 'certificates', 'passport', 'passports', 'licence', 'licences', 'license', 'licenses']],
  // (not "Banks approved loans without a credit check in 2007")
  ['(?:get|take|apply\\s+for|need)\\s+(?:a\\s+)?(?:loan|credit|cash)[^.!?]{0,30}?(?:without\\s+(?:a\\s+)?|no\\s+)credit\\s+checks?|approval\\s+in\\s+\\d+\\s+(?:minutes|mins)', ['credit', 'approval']],
  // (not "The free giveaway of school kits at the akimat was a mess")
  ['(?:free\\s+giveaway|(?:first|the\\s+first)\\s+\\d+\\s+(?:commenters|followers|subscribers)\\s+(?:get|win|receive))(?=[^.!?]{0,80}(?:like|share|comment|follow|subscribe|tag|dm))', ['giveaway', 'commenters', 'followers', 'subscribers']],
];
const PROMOTION_INDEX = plainIndex(PROMOTIONS.map((phrase) => phrasePattern(phrase)));
/** Money pitched: looked for only in a text with a digit or a currency sign. */
const MONEY_PITCH = words(
  [
    // (not a life story: "I earned $200 a month as a teacher in Osh in 2010")
    `(?:i|i\\s+am|i['’]m|my\\s+[a-z]+)\\s+(?:make|made|makes|earn|earned|earns|making|earning)\\s+(?:up\\s+to\\s+|over\\s+)?${BIG_MONEY}(?![^.!?]{0,30}?\\s(?:as\\s+an?\\s+(?:teacher|nurse|doctor|soldier|driver|worker|miner|engineer|clerk|waiter|waitress|cook|cleaner|builder|farmer|journalist|translator|guard|conscript|student|intern|porter|seamstress)|in\\s+(?:19|20)\\d\\d|back\\s+then|back\\s+in))`,
    `(?:earn|make|making|earning|earns|makes)\\s+(?:up\\s+to\\s+|over\\s+)?${MONEY}(?:\\s+[a-z]+){0,4}?\\s+${EASY_MONEY}`,
  ].join('|'),
  ['make', 'made', 'makes', 'earn', 'earned', 'earns', 'making', 'earning'],
);
const HAS_MONEY = /[\d$£€]/;
/**
 * An address to write to, pushed ("email him at okaforspell@gmail.com", "contact me at …"): read in the original,
 * where the "@" is still one (not "email them at press@mfa.am", a ministry's press office).
 */
const CONTACT_BEFORE =
  /(?<![a-z])(?:email|e-mail|contact|write\s+to|reach|message)\s+(?:him|her|me|us|(?:mr|mrs|ms|miss|dr)\.?\s+[a-z]+)\s+(?:at|on|via)\s+$/i;
const isAddressCode = (c: number) =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 45;
/**
 * Each email address pushed, as spans of the original: found from its "@" (a tweet has many mentions, and a
 * pattern led by the verbs, tried at every character, was a hundredth of a check), then the words before it read.
 */
function contactEmails(text: string): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && (isAddressCode(text.charCodeAt(start - 1)) || '.%+'.includes(text[start - 1]!))) start--;
    // The domain: a name, then one or more dotted parts ("gmail.com", "mail.example.co.uk").
    let end = at + 1;
    while (isAddressCode(text.charCodeAt(end))) end++;
    if (start === at || end === at + 1) continue;
    let dotted = end;
    while (text[dotted] === '.' && isAddressCode(text.charCodeAt(dotted + 1))) {
      dotted += 2;
      while (isAddressCode(text.charCodeAt(dotted))) dotted++;
    }
    if (dotted === end) continue;
    const from = Math.max(0, start - 60);
    const before = CONTACT_BEFORE.exec(text.slice(from, start));
    if (before && !(before.index === 0 && from > 0 && /[a-z]/i.test(text[from - 1]!)))
      found.push({ start: from + before.index, end: dotted });
  }
  return found;
}
const TELEGRAM = words('t\\.me\\/[a-z0-9_]{4,}');
const SHORTENER_SLASHES = [...SHORTENERS].map((d) => `${d}/`);
/** A shortened link written without its scheme ("bit.ly/3xYzQ"), which the link rule does not see either. */
const BARE_SHORTENED = words(
  `(?<![.-])(?:${[...SHORTENERS].map((d) => d.replaceAll('.', '\\.')).join('|')})\\/[a-z0-9_-]{3,}`,
);

const SHORTENED =
  'Shortened links hide where they lead; a moderator will check this one before your comment appears. Use the full address instead.';
/** The host is the domain or one of its subdomains. */
const onDomain = (host: string, domain: string) => host === domain || host.endsWith(`.${domain}`);

function linkReasons(
  submission: Submission,
  linkLimit: number,
  blockedDomains: string[],
): { reasons: Reason[]; reject: boolean } {
  const reasons: Reason[] = [];
  let reject = false;
  for (const link of submission.links) {
    const blocked = blockedDomains.find((d) => onDomain(link.host, d));
    if (blocked) {
      reject = true;
      reasons.push({
        rule: 'spam',
        clause: 'spam',
        start: link.start,
        end: link.end,
        message: `Links to ${blocked} are not allowed here. Please remove it.`,
      });
    } else if ([...SHORTENERS].some((d) => onDomain(link.host, d))) {
      reasons.push({
        rule: 'spam',
        clause: 'spam',
        start: link.start,
        end: link.end,
        message: SHORTENED,
      });
    }
  }
  if (linkLimit > 0 && submission.links.length >= linkLimit) {
    const extra = submission.links[linkLimit - 1]!;
    reasons.push({
      rule: 'spam',
      clause: 'spam',
      start: extra.start,
      end: submission.links.at(-1)!.end,
      message: `Comments with ${linkLimit} or more links are read by a moderator before they appear.`,
    });
  }
  return { reasons, reject };
}

/** The comparable form of a text for repeated posts: case, spacing and punctuation ignored. */
export function sameTextKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\s\p{P}]+/gu, ' ')
    .trim();
}

const REPEAT_WINDOW_MS = 10 * 60 * 1000;

/**
 * Shouting: a long text (60 letters or more) mostly (over 85%) in capitals.
 * Mentions, hashtags and links are not counted: "@USER" is not shouting.
 * A loop over char codes, not a regular expression: it runs on every check,
 * and stops once the small letters read are too many for the rest of the
 * text to make up, whatever it holds (a quarter of the way into most texts).
 */
function isShouting(text: string): boolean {
  let letters = 0;
  let capitals = 0;
  let skipping = false;
  for (let i = 0; i < text.length; i++) {
    // Even if every code unit left were a capital: capitals / letters > 0.85 needs 3 × capitals > 17 × small.
    if ((i & 63) === 0 && 3 * (capitals + text.length - i) <= 17 * (letters - capitals)) return false;
    const c = text.charCodeAt(i);
    if (c === 64 || c === 35 || (c === 58 && text.startsWith('//', i + 1)))
      skipping = true; // @, #, ://
    else if (c <= 32) skipping = false;
    if (skipping) continue;
    if (c >= 65 && c <= 90) {
      letters++;
      capitals++;
    } else if (c >= 97 && c <= 122) letters++;
    else if (c > 127) {
      const ch = text[i]!;
      const lower = ch.toLowerCase();
      const upper = ch.toUpperCase();
      if (lower !== upper) {
        letters++;
        if (ch === upper) capitals++;
      }
    }
  }
  return letters >= 60 && capitals / letters > 0.85;
}

/**
 * Floods: one character twenty times or more in a row ("!!!!…", "😂😂…"), one
 * word eight times or more in a row, or a phrase of two to eight words three
 * times over sixty characters or more ("CHEAP FLIGHTS TO DUBAI CHEAP FLIGHTS …";
 * not a chant, "Let's go Kairat! Let's go Kairat! Let's go Kairat!"). @mentions
 * are not words: a reply to many people repeats "@" names legitimately.
 */
function findFlood(submission: Submission): { start: number; end: number } | undefined {
  return characterFlood(submission.text) ?? wordFlood(submission) ?? phraseFlood(submission);
}

const PHRASE_FLOOD_CHARACTERS = 60;
function phraseFlood(submission: Submission): { start: number; end: number } | undefined {
  for (const { start, lastStart } of submission.words.repeatedPhrases(2, 8, 3)) {
    const end = submission.words.wordEndAt(lastStart);
    if (end - start >= PHRASE_FLOOD_CHARACTERS) return originalSpan(submission.normalized, start, end);
  }
  return undefined;
}

const FLOOD_CHARACTERS = 20;
const FLOOD_WORDS = 8;

/**
 * One character twenty times or more in a row. A run that long holds two
 * positions ten apart, the first a multiple of ten, with the same code unit
 * (an emoji's two units repeat every two), so only those pairs are compared:
 * a tenth of the reads on text without a flood. Where a pair agrees, the run
 * is traced back to its start and read in full.
 */
const STRIDE = FLOOD_CHARACTERS / 2;
export function characterFlood(text: string): { start: number; end: number } | undefined {
  // Runs starting before `read` were read to their ends already (and were too short).
  let read = 0;
  for (let p = 0; p + STRIDE < text.length; p += STRIDE) {
    if (text.charCodeAt(p) !== text.charCodeAt(p + STRIDE)) continue;
    let from = p;
    while (from > read && text.charCodeAt(from - 1) === text.charCodeAt(from - 1 + STRIDE)) from--;
    const found = characterRun(text, from, p + 1);
    if (found) return found;
    read = p + 1;
  }
  return undefined;
}

/** The same, reading every character: what characterFlood must agree with (tests only). */
export const characterFloodByFullScan = (text: string) => characterRun(text, 0, text.length);

/** The first flood of characters starting in text[from, to), read run by run. */
function characterRun(text: string, from: number, to: number): { start: number; end: number } | undefined {
  for (let i = from; i < Math.min(to, text.length);) {
    const c = text.charCodeAt(i);
    const size = c >= 0xd800 && c <= 0xdbff ? 2 : 1; // an emoji is two units
    let j = i + size;
    let count = 1;
    while (
      j + size <= text.length &&
      text.charCodeAt(j) === c &&
      (size === 1 || text.charCodeAt(j + 1) === text.charCodeAt(i + 1))
    ) {
      j += size;
      count++;
    }
    if (count >= FLOOD_CHARACTERS && c > 32) return { start: i, end: j };
    i = j;
  }
  return undefined;
}

/**
 * One word eight times or more in a row: a stretch where each occurrence of a word is followed by the next, read
 * from the word index's chains of occurrences (a read of every character cost a twentieth of a check). A name's
 * "@user @user …" is a reply to many, not a flood.
 */
function wordFlood(submission: Submission): { start: number; end: number } | undefined {
  const t = submission.normalized.text;
  for (const { start, lastStart } of submission.words.repeatedPhrases(1, 1, FLOOD_WORDS)) {
    if (t.charCodeAt(start - 1) === 64 /* @ */) continue;
    return originalSpan(submission.normalized, start, submission.words.wordEndAt(lastStart));
  }
  return undefined;
}

export const spam: Rule = (submission, context) => {
  const { reasons, reject: blocked } = linkReasons(
    submission,
    context.settings.linkLimit,
    context.settings.blockedDomains,
  );
  let reject = blocked;

  const promotion = () => ({
    rule: 'spam',
    clause: 'spam' as const,
    message: `This looks like promotion; ${MODERATOR_READS}`,
  });
  for (const { pattern } of candidates(submission, PROMOTION_INDEX))
    reasons.push(...reasonsFor(submission, pattern, promotion));
  if (HAS_MONEY.test(submission.normalized.text)) reasons.push(...reasonsFor(submission, MONEY_PITCH, promotion));
  for (const span of russianPromotions(submission)) reasons.push({ ...promotion(), ...span });
  // A bare Telegram link ("t.me/realnews"), which the link rule does not see without its scheme
  if (submission.normalized.text.includes('t.me/')) reasons.push(...reasonsFor(submission, TELEGRAM, promotion));
  // (a search for a slash, then for each shortener's name and slash: the pattern, tried at every character, cost 2 µs
  // a check, and the 21 searches on every text 3% of a check's instructions)
  const text = submission.normalized.text;
  if (!submission.links.length && text.includes('/') && SHORTENER_SLASHES.some((d) => text.includes(d)))
    reasons.push(
      ...reasonsFor(submission, BARE_SHORTENED, () => ({ rule: 'spam', clause: 'spam' as const, message: SHORTENED })),
    );
  for (const span of contactEmails(submission.text)) reasons.push({ ...promotion(), ...span });

  const recent = context.author?.recent ?? [];
  if (recent.length) {
    const key = sameTextKey(submission.text);
    const repeated = recent.find(
      (r) => context.now.getTime() - r.at.getTime() < REPEAT_WINDOW_MS && sameTextKey(r.text) === key,
    );
    if (repeated && key) {
      reject = true;
      reasons.push({
        rule: 'spam',
        clause: 'spam',
        start: 0,
        end: submission.text.length,
        message: 'You posted this same comment a few minutes ago. Please do not post it twice.',
      });
    }
  }

  if (isShouting(submission.text)) {
    reasons.push({
      rule: 'spam',
      clause: 'spam',
      start: 0,
      end: submission.text.length,
      message:
        'Writing in capitals reads as shouting; please use normal case. A moderator will read your comment before it appears.',
    });
  }

  const flood = findFlood(submission);
  if (flood) {
    reasons.push({
      rule: 'spam',
      clause: 'spam',
      ...flood,
      message: `Repeated characters or words look like flooding; ${MODERATOR_READS}`,
    });
  }

  if (!reasons.length) return undefined;
  return { decision: reject ? 'reject' : 'hold', reasons: reasons.sort((a, b) => a.start - b.start) };
};
