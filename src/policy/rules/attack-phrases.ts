/**
 * The attacks rule's phrase lists: dismissals and put-downs aimed at the reader, likenings, remarks on looks, and
 * sexual remarks, each phrase with its rarest words (`Phrase`). The rule (attacks.ts) holds what they find for a
 * moderator, and looks for each phrase only where its words stand.
 */
import { alternation, INSULT_ADJECTIVES, PLAIN_PERSONS, PUBLIC_ROLES, WRITERS } from '../lexicon.js';
import { order, type Phrase } from '../match.js';
import {
  ADJECTIVE,
  ADJECTIVE_WORDS,
  ANY_ROLE,
  CAMP_WORD,
  INSULT,
  INSULT_WORDS,
  INTENS,
  NOT_AS_YOU_THINK,
  NOUN,
  NOUN_WORDS,
  PEOPLE_IN_PLURAL,
  PERSON_NOUN,
  PERSON_NOUN_WORDS,
  PERSON_PLURAL_SHAPE,
  PLAIN_PERSON,
  SENTENCE_START,
  SLOW_WITTED,
  STORY_PEOPLE,
  TWISTED_CAMP_NAMES,
  VOCATIVE,
  YOU_PEOPLE_ARE,
} from './attack-words.js';

/**
 * Dismissals and insulting idioms aimed at the reader of the comment (or at
 * a person): rude, held for a moderator. Spaces stand for any white space.
 * Each phrase with its rarest words: it is looked for only where one of them
 * stands, so a long list costs a lookup per phrase, not a scan.
 */
// prettier-ignore
export const DISMISSALS: Phrase[] = [
  // (orders, said to someone: not "Children go back to school in September", "parcels get lost"; a person sent
  // under a rock, not a bear into its den)
  // "Wonder how many children he molested": a crime against children pinned on someone, as a question
  ['how many (?:children|kids|boys|girls|minors) (?:he|she|they|you|u) (?:has |have |had )?(?:molested|abused|raped|groomed|touched)(?![a-z])', ['molested', 'abused', 'raped', 'groomed', 'touched']],
  // "He is the absolute worst." (not "he is the worst affected", nor "the worst player", a verdict on a game)
  ["(?:he|she)(?: is|['’]s) (?:the )?(?:absolute|very|actual|literal|utter) (?:worst|worse)(?=\\s*[.!]|\\s*$)", ['absolute', 'very', 'actual', 'literal', 'utter'], ['worst', 'worse']],
  // Condescension: "Do you need someone to read the article to you slowly, or can you manage the pictures?",
  // "Thank you for demonstrating what happens when cousins marry", "Someone get this guy a helmet before he hurts
  // himself thinking", "Your parents must be so proud to have raised such an idiot" (not "read it to you slowly, the
  // doctor said, after the operation": a reading aloud asked, not offered)
  ["read (?:it|this|that|the [a-z]+) to (?:you|u) (?:very )?slowly(?=[^.!?]{0,40}(?:pictures|crayons|small words|finger))|(?:can|could) (?:you|u) (?:even |just )?(?:manage|handle) the pictures|what happens when (?:cousins|siblings|relatives) (?:marry|breed|reproduce|have kids)|(?:get|buy|give) (?:this guy|that guy|him|her|them|you|u) a (?:helmet|bib)(?= before (?:he|she|you|u|they) (?:hurts?|injures?|harms?))|(?:raised|brought up|produced) such an? (?:[a-z]+ )?(?:idiot|moron|fool|clown|imbecile|cretin|loser|halfwit|dimwit|dunce)(?![a-z])", ['slowly', 'pictures', 'cousins', 'siblings', 'relatives', 'helmet', 'bib', 'idiot', 'moron', 'fool', 'clown', 'imbecile', 'cretin', 'loser', 'halfwit', 'dimwit', 'dunce']],
  // The stock jibes without an insult word: "Your opinion is noted and ignored, like you", "Your comment history reads
  // like a cry for help", "Two brain cells and both are fighting for third place" (not "ignored, like you said", "the
  // report reads like a cry for help from the nurses", "three teams are fighting for third place")
  ["(?:ignored|irrelevant|forgotten|worthless|useless),? (?:just )?like (?:you|u)(?=\\s*[.!,;]|\\s*$)", ['ignored', 'irrelevant', 'forgotten', 'worthless', 'useless']],
  ['(?:your|ur) (?:comment|post|posting|tweet|search|browser) history (?:reads|looks|is) like', ['history']],
  ["brain cells?,? (?:and )?(?:both|they)(?:['’]re| are)? (?:fighting|competing) for third place", ['third']],
  // "Imagine being so bad at this game that your own mother is ashamed of you"
  ["(?:your|ur) (?:own )?(?:mother|mom|mum|father|dad|parents|family) (?:is|are|must be|should be|would be) (?:so |deeply )?ashamed (?:of (?:you|u)|to have (?:you|u))", ['ashamed']],
  // "Kazakh pop is for village idiots", "Your religion is a cult for morons": a thing's fans called fools (not "the
  // prize is for losers of the first round")
  ["(?:is|are) (?:only |just |strictly )?(?:an? [a-z]+ )?for (?:(?:village|complete|total|brain-?dead|brainless) )?(?:idiots|morons|retards|imbeciles|cretins|halfwits|dimwits|losers)(?![a-z-])(?! (?:of|in|at) )", ['idiots', 'morons', 'retards', 'imbeciles', 'cretins', 'halfwits', 'dimwits', 'losers']],
  // "You are incapable of understanding contradictions" (not "you are incapable of lying", praise)
  ["(?:you|u)(?:['’]re| are| r) (?:clearly |obviously |simply |just |completely |utterly )?incapable of (?:understanding|thinking|reading|grasping|comprehending|basic|logic|logical|reason|reasoning|critical|independent)(?![a-z])", ['incapable']],
  ['go to hell', ['hell']], [`${order('get lost')}(?!\\s+in\\s)`, ['lost']], ['screw you', ['screw']], ['(?:has|have|[\'’]s|[\'’]ve) (?:clearly |finally |completely |totally )?lost (?:his|her|their|your|ur) marbles|off (?:his|her|their|your|ur) (?:rocker|trolley)|(?:has|have|got) a (?:few )?screws? loose', ['marbles', 'rocker', 'trolley', 'screw', 'screws']], ['(?:grow|get) a brain', ['brain']], ['(?:needs?|could use|get) (?:[a-z]+ or )?(?:a |an urgent )?brain transplant', ['transplant']],
  // (not advice on what to read: "Learn to read the fine print on these contracts")
  [
    `${order('learn to read')}(?! (?:the |a |an |your |their |his |her )?(?:fine print|small print|labels?|contracts?|maps?|music|sheet music|signs?|instructions|room|market|charts?|data|terms|balance sheets?|financial statements|tea leaves)(?![a-z]))`,
    ['learn'],
  ],
  // (not a term's start: "Go back to school, the new term starts Monday")
  [`${order('go back to school')}(?!,? (?:the|a|our|their) (?:new )?(?:term|year|semester|holidays?)(?![a-z]))`, ['school']], ['crawl back (?:under|to|into) (?:(?:your|ur|his|her|their|the|a) )?(?:rock|stone|hole|cave|basement|bridge|swamp|sewer|kennel|masters?|handlers?|bosses|kremlin|moscow|troll farm|troll factory)(?![a-z])', ['crawl']],
  ['before (?:you|u) open (?:your|ur) mouth', ['mouth']], [order('take your meds'), ['meds']],
  ['go troll (?:somewhere|elsewhere)', ['troll']], ['go play in (?:the )?traffic', ['traffic']],
  // (and "I hope the author chokes on her own propaganda", "Hope the councillor chokes on his own lies")
  ["hope (?:you|u) choke|hope (?:he|she|they|the [a-z]+) chokes? on (?:(?:his|her|their) own )?(?:[a-z]+ )?(?:propaganda|lies|words|bile|hate|vomit|tongue|spit)(?![a-z])", ['choke', 'chokes']], [order('(?:stop|quit) breathing'), ['breathing']],
  // (and "sit down and shut up kid", "Sit down and shut up, grandpa")
  ['(?:and|just|now|please|oh|so) shut (?:up|it)(?=\\s*[.!]|\\s*$|,?\\s+(?:kid|boy|girl|troll|loser|moron|idiot|clown|child|sonny|son|mate|dude|bro|pal|buddy|old man|lady|snowflake|grandpa|grandma|gramps|granny|boomer|sweetie|honey|sweetheart)(?![a-z]))', ['shut']],
  // (not "Shut up!" alone: also a friend's "no way!"; and "Zip it, Karen.", "Pipe down, grandpa.")
  [`${SENTENCE_START}(?:shut (?:up|it)|zip it|pipe down)(?=\\s*,|\\s+already)`, ['shut', 'zip', 'pipe']],
  // Camps' names twisted into insults: "Typical Dumbocrat logic", "Demonrats will say anything" (held: a camp, not a
  // person; "libtard" is a slur, obscene.ts's)
  [`(?:${alternation(TWISTED_CAMP_NAMES)})`, TWISTED_CAMP_NAMES],
  // "The clown in chief strikes again", "our idiot-in-chief" (not "commander in chief", "editor in chief")
  [`(?:${NOUN})[ -]in[ -]chief`, ['chief'], NOUN_WORDS],
  // Rhetorical questions: "How do you manage to tie your shoes in the morning?" (not "How do you tie your shoes so
  // they stay tied?"), "Did you flunk out of grade school?", "Is your keyboard the only friend you have?"
  ['how do (?:you|u) (?:even |manage to |remember to )+(?:tie (?:your|ur) shoes|dress (?:yourself|urself)|remember to breathe|find (?:your|ur) way home|operate a (?:keyboard|computer|phone))', ['tie', 'dress', 'breathe', 'find', 'operate']],
  ['(?:did|do) (?:you|u) (?:flunk|fail|drop) out of (?:grade school|primary school|elementary school|high school|kindergarten|school)', ['flunk', 'fail', 'drop'], ['school', 'kindergarten']],
  ['(?:only|last|one) friends? (?:you|u) (?:have|got|ever had|still have)(?=\\s*[.!?]|\\s*$)', ['friend', 'friends']],
  // Likenesses that mock: "as useful as a screen door on a submarine", "as sharp as a bowling ball", "You'd lose a
  // debate with a houseplant" (of a person: "the plan is as useful as a chocolate teapot" judges a plan)
  ["(?:(?:you|u|he|she|they)\\s*(?:['’]re|['’]s| are| is)|(?:you|u) (?:look|sound|seem)) (?:about |just )?as (?:useful|helpful|sharp|bright|smart|clever) as (?:a |an )?(?:screen door on a submarine|chocolate teapot|chocolate fireguard|ashtray on a (?:motorbike|motorcycle)|bowling ball|marble|sack of (?:wet )?(?:mice|hammers)|box of rocks|bag of hammers|black hole|brick|rock)(?![a-z])", ['useful', 'helpful', 'sharp', 'bright', 'smart', 'clever']],
  ["(?:you|u|he|she|they)\\s*(?:['’]d| would|['’]ll| will|could) lose (?:a debate|an argument|a battle of wits|a spelling bee|a game of chess|a chess game) (?:with|to|against) (?:a |an )?(?:houseplant|potted plant|potato|rock|brick|toddler|goldfish|carrot|cabbage|doorknob|plant|chimp|fence ?post|lamp ?post)(?![a-z])", ['lose'], ['debate', 'argument', 'wits', 'bee', 'chess']],
  // "You clearly can't think.", said and left there (not "if you can't think straight, rest")
  ["(?<!(?:if|when|unless|because|cause|so) )(?:you|u) (?:clearly |obviously |simply |just |really |evidently )?(?:can['’]?t|cannot) (?:think|read|reason)(?=\\s*[.!]|\\s*$)", ['think', 'read', 'reason']],
  // "You're obviously a product of our failed school system", "You must have been the class dunce"
  ["(?:you|u)\\s*(?:['’]re| are| r) (?:obviously |clearly |just |a walking |living )?(?:an? |the )?(?:product|victim|result) of (?:a |the |our |this )?(?:failed|broken|public|woke|bad|poor|terrible|government|dumbed-down) (?:school|education)(?: system)?", ['product', 'victim', 'result'], ['school', 'education']],
  ["(?:you|u) (?:must have been|were|are|was) (?:always )?the class (?:dunce|idiot|moron|dummy|dimwit)", ['class'], ['dunce', 'idiot', 'moron', 'dummy', 'dimwit']],
  // "Keep typing, maybe one day you'll say something smart"
  ["(?:maybe|perhaps) (?:one day|someday|some day) (?:you|u)\\s*(?:['’]ll| will) (?:say|write|post) something (?:smart|intelligent|sensible|clever|worth reading|useful)", ['something'], ['smart', 'intelligent', 'sensible', 'clever', 'worth', 'useful']],
  // Sexual put-downs: "… and her legs open", "She only got that promotion on her knees", "What that reporter needs is a
  // good man to put her in her place"
  // (not a trainer's "keep your legs open")
  ['(?:keep|keeps|kept|and) her legs open', ['legs'], ['open']],
  ['got (?:the|that|this|her|his) (?:job|promotion|role|part|position|seat|contract) on (?:her|his) (?:knees|back)', ['knees', 'back'], ['job', 'promotion', 'role', 'part', 'position', 'seat', 'contract']],
  ['an? (?:good |real |strong )?man to (?:put her in her place|tame her|keep her in line|shut her up)', ['man'], ['place', 'tame', 'line', 'shut']],
  // The body mocked: "your ugly mug", "Your chin has its own chin"
  ['(?:your|ur|his|her) (?:ugly|fat|hideous|stupid|smug|punchable|ugly little) (?:mug|face|mush|gob|head)(?![a-z])', ['mug', 'face', 'mush', 'gob', 'head'], ['ugly', 'fat', 'hideous', 'stupid', 'smug', 'punchable']],
  ['(?:your|ur|his|her) chins? (?:has|have) (?:its|their) own chins?', ['chin', 'chins']],
  // A mind called disabled: "He talks like he has Down syndrome", "You sound like you have brain damage", "The
  // minister must be mentally handicapped", "Did you ride the short bus to school?"
  ['(?:talks?|writes?|sounds?|looks?|acts?|argues?) like (?:he|she|you|u|they) (?:has|have|had) (?:down syndrome|brain damage|a brain injury|dementia|a lobotomy)', ['like'], ['syndrome', 'damage', 'injury', 'dementia', 'lobotomy']],
  // (not a rule's "applicants must be intellectually disabled")
  ['(?:he|she|you|u|they|the (?:author|writer|editor|minister|mayor|president|senator|governor|premier|akim)) (?:must|should) be (?:mentally|intellectually) (?:handicapped|retarded|deficient|challenged|disabled|impaired|defective)', ['mentally', 'intellectually']],
  ['(?:ride|rode|ridden|riding) the short bus', ['short'], ['bus']],
  // "trash journalism from a trash human": said of anyone, wherever it stands (not "the garbage people came at 7", the
  // collectors)
  ['(?:trash|garbage) (?:humans?|persons?|human beings?)(?![a-z])', ['human', 'humans', 'person', 'persons', 'being', 'beings'], ['trash', 'garbage']],
  // The internet's dismissals by a name: "Ok Karen, calm down", "Calm down, Karen", "Bye, Felicia" (not "Karen from
  // accounting retired", "Okay, Karen and I will bring the cake")
  ['(?:(?<=^(?:@[a-z0-9_]+\\s+)*|[.!?…,;]\\s*)ok(?:ay)? karen(?=\\s*[.!?,]|\\s*$)|(?:calm down|relax|chill|sure|ok|okay),? karen(?=\\s*[.!?,]|\\s*$)|bye,? felicia)(?![a-z])', ['karen', 'felicia']],
  // "Whoever wrote this propaganda should be locked up with Putin": the author jailed, wished (held)
  ['whoever (?:wrote|published|approved|edited) (?:this|that)(?: [a-z]+)? should (?:be )?(?:locked up|jailed|arrested|imprisoned|put (?:in|behind) (?:jail|prison|bars)|thrown in (?:jail|prison))', ['whoever'], ['locked', 'jailed', 'arrested', 'imprisoned', 'jail', 'prison', 'bars']],
  // "Your mother raised a fool", "I wouldn't trust you to walk my dog"
  [`(?:your|ur) (?:mother|mom|mum|mama|parents|father|dad|family) (?:raised|brought up) (?:such )?an? (?:${NOUN})(?![a-z])`, ['raised', 'brought'], ['mother', 'mom', 'mum', 'mama', 'parents', 'father', 'dad', 'family']],
  ["(?:wouldn['’]?t|would not|couldn['’]?t) trust (?:you|u) to (?:walk|feed|water|mind|watch) (?:my|a) (?:dog|cat|plants|goldfish|hamster)", ['trust'], ['dog', 'cat', 'plants', 'goldfish', 'hamster']],
  // Sarcasm's diagnoses: "Somebody forgot to take their meds today", "Is there a cure for whatever you have?", "I've
  // seen smarter comments from a Magic 8 Ball", "Sounds like someone failed high school civics" (not "Grandma forgot her
  // pills", "She stopped taking her medication before the crash, police said", "I failed high school math", "She failed
  // history in 1999 but became a historian")
  ["(?:somebody|someone|you|u|author|writer)\\s*(?:['’]s| has| have)?(?: clearly| obviously)? (?:forgot|forgotten|skipped|stopped taking|missed) (?:to take )?(?:their|his|her|your|ur) (?:meds|medication|medications|pills)", ['meds', 'medication', 'medications', 'pills']],
  ['(?:a )?cure for (?:whatever|what) (?:you|u|he|she|the author|the writer) (?:have|has|got|suffers? from)(?![a-z])', ['cure'], ['whatever', 'what']],
  ["(?:seen|read|heard|gotten|got) (?:smarter|wiser|more intelligent|more coherent|more sensible) (?:comments|arguments|takes|posts|analysis|thoughts|answers|replies|opinions) from an? (?!(?:[a-z]+ )?(?:expert|professor|economist|historian|analyst|scholar|scientist|researcher|report|study|book)s?(?![a-z]))[a-z0-9-]+", ['smarter', 'wiser', 'intelligent', 'coherent', 'sensible'], ['comments', 'arguments', 'takes', 'posts', 'analysis', 'thoughts', 'answers', 'replies', 'opinions']],
  ['(?:somebody|someone|you|u|the author|the writer)(?: clearly| obviously| must have| must\'ve)? (?:failed|flunked|skipped|slept through|dropped out of) (?:high school |grade school |middle school |basic |elementary |grade \\d+ )?(?:civics|history|math|maths|geography|economics|biology|science|english|reading comprehension|reading)(?![a-z])', ['failed', 'flunked', 'skipped', 'slept', 'dropped']],
  // The rink's and the stands': "That winger plays like a scared little girl", "Whoever drafted this kid should be fired
  // into the sun" (not "she plays like a girl who grew up on the ice", "the probe flew close to the sun")
  ['(?:plays?|played|playing|skates?|skated|skating|throws?|threw|fights?|fought|runs?|ran|whines?|whined|cries|cried) like an? (?:scared |whiny |crying |frightened |)(?:little girl|schoolgirl)s?(?![a-z])(?! (?:should|would|does|do|can|who|that)(?![a-z]))', ['girl', 'schoolgirl', 'girls', 'schoolgirls'], ['like']],
  ['should (?:all )?be (?:fired|launched|shot|thrown|sent|yeeted) into the sun', ['sun'], ['fired', 'launched', 'shot', 'thrown', 'sent', 'yeeted']],
  // "This police chief couldn't find his own backside with a map" (not "couldn't find his keys")
  ["(?:couldn['’]?t|could not|can['’]?t|cannot|could never) find (?:his|her|their|your|ur) (?:own )?(?:backside|butt|arse|ass|behind|rear end|way out of a paper bag)(?![a-z])", ['backside', 'butt', 'arse', 'ass', 'behind', 'rear', 'bag'], ['find']],
  // "Somebody get this hysterical woman a tissue", "Get off the internet, grandma, it's past your bedtime"
  ['(?:get|hand|give|fetch|bring) (?:you|u|(?:this|that) (?:[a-z]+ )?[a-z]+) (?:a tissue|some tissues|a hanky|a safe space|a juice box|a binky|a pacifier|a dummy|a participation trophy|a crayon|some crayons)(?![a-z])', ['tissue', 'tissues', 'hanky', 'safe', 'juice', 'binky', 'pacifier', 'dummy', 'participation', 'crayon', 'crayons'], ['get', 'hand', 'give', 'fetch', 'bring']],
  ["(?:it['’]?s |it is |(?:way|long|well) )past (?:your|ur) bedtime(?!,? (?:kids|children|little ones|boys|girls|sweetie)(?![a-z]))", ['bedtime']],
  // "I'm embarrassed to share a planet with people like you", "Go choke on your avocado toast, millennial"
  ['share (?:a|the|this|my) (?:planet|country|city|gene pool|species|oxygen|air|world) with (?:people like )?(?:you|u)(?![a-z])', ['share'], ['planet', 'country', 'city', 'pool', 'species', 'oxygen', 'air', 'world']],
  [order('go choke on'), ['choke']],
  // "The guy who wrote this belongs in an asylum" (not "She applied for asylum", "The patient belongs in a hospital")
  ["(?:you|u|he|she|author|writer|guy|who wrote this)\\s+(?:belongs?|should be|needs to be)\\s+(?:locked up )?in (?:an asylum|a padded cell|a loony bin|a nuthouse|the nuthouse|a psych ward|a mental (?:institution|asylum))(?![a-z])", ['asylum', 'padded', 'loony', 'nuthouse', 'psych', 'mental'], ['belongs', 'belong', 'should', 'needs']],
  // "You must be a Habs fan, that explains the low IQ" (not "that explains the low turnout")
  ['(?:that|which|this|it) (?:explains|would explain) (?:the|your|ur|his|her|their) (?:low |lack of |missing )?(?:iq|intelligence|brain damage|stupidity|ignorance|illiteracy)(?![a-z])', ['explains', 'explain'], ['iq', 'intelligence', 'damage', 'stupidity', 'ignorance', 'illiteracy']],
  // "Your comment history is a cry for help" (not "His letter was a cry for help, his sister said")
  ["(?:your|ur) (?:comment history|post history|comments|posts|profile|whole existence|existence) (?:is|are|reads like|read like|looks like) (?:a|one big|one long) cry for help", ['cry'], ['help']],
  // "Do you need someone to read the article to you slowly?", "You peaked in high school and it shows" (not "Do you need
  // someone to read the ballot to you? Call the clerk", nor "He peaked in high school as a runner")
  ['(?:need|want) (?:someone|somebody|me|us) to (?:read|explain) (?:it|this|that|the (?:article|story|piece|column|report|headline|comment)) to (?:you|u) (?:slowly|very slowly|in small words|using small words|with pictures)(?![a-z])', ['slowly', 'small', 'pictures'], ['read', 'explain']],
  ['(?<![a-z] )(?:you|u) (?:clearly |obviously |must have |probably |really )?peaked in (?:high school|middle school|grade school|junior high|kindergarten|grade \\d+)', ['peaked']],
  // "You should be ashamed to breathe the same air as decent people"
  ['ashamed to (?:breathe|share) (?:the same air|a planet|the same planet|oxygen)', ['ashamed'], ['air', 'planet', 'oxygen']],
  // "nobody cares what a bitter old hag thinks"
  [`cares? what (?:an?|some|this|that) (?:[a-z-]+ ){0,2}(?:${NOUN}) (?:thinks|says|wants|writes|believes)(?![a-z])`, ['cares', 'care'], ['thinks', 'says', 'wants', 'writes', 'believes']],
  // "Your mom must be so proud of the troll she raised" (not "your mom must be so proud of you")
  [`(?:proud|ashamed) of (?:the|what an?|such an?) (?:${NOUN}) (?:she|he|they) (?:raised|brought up)(?![a-z])`, ['raised', 'brought'], ['proud', 'ashamed']],
  // "The editor who approved this garbage needs a psychiatrist", "you need a shrink" (not "my brother needs a
  // therapist after the accident": the writer, the commenter, or "you")
  ["(?:you|u|author|writer|editor|columnist|journalist|reporter|commenter|poster|troll|guy)(?: who [^.!?]{1,50}?)? (?:clearly |really |seriously |desperately |obviously |badly )?needs? (?:to see )?an? (?:psychiatrist|shrink|psych evaluation|psych eval)(?![a-z])", ['psychiatrist', 'shrink', 'psych']],
  // "Typical boomer brain." said of the commenter: a kind of mind, alone (not "typical brain development")
  ['(?<=^(?:@[a-z0-9_]+\\s+)*|[.!?…]\\s*)typical (?:[a-z-]+ )?brain(?=\\s*[.!?,;]|\\s*$)', ['brain'], ['typical']],
  // "Another brainless Trumpster chiming in": the commenter as one more of a kind
  [`(?:another|yet another|one more) (?:${alternation(INSULT_ADJECTIVES)}) (?:[a-z-]+ )?[a-z-]+ (?:chiming in|chimes in|weighing in|weighs in)(?![a-z])`, ['chiming', 'chimes', 'weighing', 'weighs'], ['another', 'more']],
  // "Hey moderator, are you asleep or just incompetent?"
  // (and "Are you blind as well as stupid?")
  [`are (?:you|u) (?:[a-z]+ ){1,3}(?:or|as well as) (?:just |simply |merely |really |plain )?(?:${INSULT})(?=\\s*[?.!]|\\s*$)`, ['are'], INSULT_WORDS],
  // "Reporters are the lowest form of life", "You journalists are enemies of the people"
  ['(?:is|are|was|were) the lowest forms? of (?:life|human life|humanity|pond life|scum)', ['lowest'], ['life', 'humanity', 'scum']],
  // Run by fools: "a rag run by leftist hacks", "a joke run by clowns", "run by children who think geopolitics is a
  // Twitter thread", "This rag is run by brainless interns and a drunk editor", "Teachers' unions are run by lazy
  // leeches"
  [`(?:run|written|edited|staffed|owned|managed|moderated) by (?:a bunch of |a pack of |a gang of )?(?:(?:${CAMP_WORD} )?(?:clowns|idiots|morons|imbeciles|fools|monkeys|hacks|propagandists)(?![a-z])|(?:${CAMP_WORD} )?(?:liars|shills|traitors)(?=\\s*[.!;]|\\s*$)|(?:children|kids|teenagers|toddlers|schoolchildren|amateurs) who (?:think|believe|can['’]?t|cannot|don['’]?t)(?![a-z])|(?:${ADJECTIVE}|drunk|drunken) (?:interns|editors|journalists|reporters|writers|moderators|mods|hacks|kids|children|teenagers|monkeys|clowns|amateurs|students|people|leeches|parasites|crooks)(?![a-z]))`, ['run', 'written', 'edited', 'staffed', 'owned', 'managed', 'moderated'], ['clowns', 'idiots', 'morons', 'imbeciles', 'fools', 'monkeys', 'hacks', 'propagandists', 'liars', 'shills', 'traitors', 'children', 'kids', 'teenagers', 'toddlers', 'schoolchildren', 'amateurs', 'interns', 'editors', 'journalists', 'reporters', 'writers', 'moderators', 'mods', 'students', 'people', 'leeches', 'parasites', 'crooks']],
  [`${YOU_PEOPLE_ARE}(?:the )?enem(?:y|ies) of the (?:people|nation|state)`, ['enemy', 'enemies']],
  // "Dumb as dirt.", "Thick as two short planks!", said alone of the one answered
  [`${SENTENCE_START}(?:dumb|stupid|thick|dense) as (?:a box of |a bag of |a sack of |a bucket of )?(?:dirt|rocks?|bricks?|a brick|a post|a plank|hammers|two short planks|a doorknob|mud)(?=\\s*[.!,]|\\s*$)`, ['dumb', 'stupid', 'thick', 'dense'], ['dirt', 'rock', 'rocks', 'brick', 'bricks', 'post', 'plank', 'planks', 'hammers', 'doorknob', 'mud']], ['shove (?:it|your [a-z]+) (?:up|where)', ['shove']],
  ['go cry (?:to )?(?:your|ur) (?:mommy|mummy|mom|mum|mother)', ['cry']],
  // "Go back to your bunker, Vladimir's little helper"; "I bet you still sleep with a night light"
  [order('go back to (?:your|ur) (?:bunker|cave|basement|troll farm|troll factory|swamp|hole|kennel|sewer|circus|zoo|cage|trailer(?: park)?)(?![a-z])'), ['bunker', 'cave', 'basement', 'farm', 'factory', 'swamp', 'hole', 'kennel', 'sewer', 'circus', 'zoo', 'cage', 'trailer']],
  // …and of someone else: "The clown in the comments above should go back to his circus"
  ['(?:should|needs? to|can|must|ought to) (?:just )?go back to (?:his|her|their) (?:bunker|cave|troll farm|troll factory|swamp|kennel|sewer|circus|zoo|cage)(?=\\s*[.!,;]|\\s*$)', ['bunker', 'cave', 'farm', 'factory', 'swamp', 'kennel', 'sewer', 'circus', 'zoo', 'cage']],
  // "@Dana you are the reason this comment section is a sewer"
  ["(?:you|u)(?: are|['’]re| r) (?:the )?(?:reason|why) (?:this|the|our) (?:[a-z]+ ){1,3}(?:is|are|has become|became) (?:a |such a )?(?:sewer|cesspool|cesspit|dump|garbage|trash|toxic|dying|unreadable|ruined|hell)(?![a-z])", ['reason', 'why'], ['sewer', 'cesspool', 'cesspit', 'dump', 'garbage', 'trash', 'toxic', 'dying', 'unreadable', 'ruined', 'hell']],
  // "a Kremlin bot with no brain", "a journalist with no brains" (not "a robot with no brain, the engineers say")
  [`(?:${VOCATIVE}|${ANY_ROLE}|${PLAIN_PERSON}|commenter|poster) (?:with|who has|that has) no (?:brains?|brain cells)(?![a-z])`, ['brain', 'brains', 'cells']],
  ["(?<=,\\s*)[a-z]+['’]s little (?:helper|puppet|lapdog|minion|errand boy)(?=\\s*[.!?]|\\s*$)", ['little'], ['helper', 'puppet', 'lapdog', 'minion', 'errand']],
  ['i bet (?:you|u) (?:still )?(?:sleep with a night ?light|live (?:with|in) (?:your|ur) (?:mom|mother|mum|mommy|parents))', ['bet']],
  ['keep (?:your|ur) (?:[a-z]+ )?(?:opinions?|comments?|thoughts|views|takes?|nonsense|drivel)(?: [^.!?]{0,40}?)? to (?:yourself|urself)', ['yourself', 'urself']],
  // "Another brainless take from the resident crypto bro", "brain-dead take from the resident Putin fan"
  // and "Another brainless take from a journalist who never opened a textbook"
  // (of a take, the words that deny a mind; "a stupid take from a smart economist" judges the take)
  ['(?:(?:brainless|brain-dead|braindead|idiotic|moronic|stupid|dumb|garbage|clueless) takes? from (?:the|our|this) (?:resident|local|usual) [a-z]+|(?:brainless|brain-dead|braindead|moronic) takes? from (?:an?|another|the|this|that|some) (?:[a-z]+ )?(?:journalist|reporter|writer|author|columnist|editor|commenter|pundit|expert|analyst|economist|professor|politician|minister|blogger|doctor|scientist)(?![a-z]))', ['take', 'takes']],
  // "This so-called doctor couldn't diagnose a cold": a person's title put in doubt (not "the so-called Islamic State")
  [`(?:this|that) so-called (?:[a-z]+ )?(?:${ANY_ROLE})(?![a-z])`, ['this', 'that'], ['called']],
  // (not "can't count past ten in French yet", of a child)
  ["(?:you|u) (?:can['’]?t|cannot|couldn['’]?t) count (?:past|to|beyond) (?:one|two|three|five|ten)(?! in [a-z])", ['count']],
  // (and the couch or the attic: "typing insults from your mother's couch")
  ["(?:your|ur) (?:(?:mom|mother|mum|mommy)['’]?s (?:basement|couch|sofa|spare room|attic)|(?:parents|grandma|granny)['’]? (?:couch|sofa|spare room|attic)(?![a-z]))", ['basement', 'couch', 'sofa', 'spare', 'attic']],
  // A commenter's pay, a mind that is empty, a history that is a case file (not "Do you get paid per word?", a freelancer)
  // (and a lie paid for, whoever is asked about: "Does the author get paid per lie?")
  ["(?:do|did|does) (?:you|u|he|she|they) (?:get|getting) paid (?:per|by the|for each|for every) (?:comment|tweet|reply)|(?:get|gets|getting|are|is|being) paid (?:per|by the|for each|for every) lie(?![a-z])", ['paid'], ['comment', 'tweet', 'reply', 'lie']],
  ['embarrass(?:ing)? (?:yourself|urself) for free', ['free']],
  // Long comments' asides: "you are either paid to spread this or too thick to see …", "sick in the head", "for
  // whoever is paying her", "would sell their own mothers for a medal"
  ["(?:you|u)\\s*(?:['’]re| are| r) (?:either )?[^.!?]{0,50}? or (?:just |simply |far |way )?too (?:thick|stupid|dumb|dim|dense|ignorant|lazy|blind|brainwashed) to", ['thick', 'stupid', 'dumb', 'dim', 'dense', 'ignorant', 'lazy', 'blind', 'brainwashed']],
  ['(?:is|are|was|were|you[\'’]re|(?:he|she)[\'’]s) (?:all |just |clearly |truly |obviously |really )?sick in the head', ['head'], ['sick']],
  ['for whoever (?:is paying|pays|paid) (?:her|him|you|u|them)(?![a-z])', ['whoever']],
  ['would sell (?:their|his|her|your|ur) (?:own )?(?:mothers?|mums?|moms?|grandmothers?|grannies|souls?) for', ['sell']],
  // Sarcasm: "Thank you, Professor, for explaining geopolitics to us peasants" (not "explain it to us mere mortals",
  // asked humbly), "I'm sure your two hours on Wikipedia make you an expert", "crayons in your mouth", "Impressive,
  // for you", "I see the Kremlin pays by the word again"
  ['thank(?:s| you),? (?:professor|genius|einstein|sherlock|oh wise one|o wise one),[^.!?]{0,60}? (?:to|for) us (?:peasants|plebs|plebeians|simpletons)', ['thank', 'thanks'], ['peasants', 'plebs', 'plebeians', 'simpletons']],
  // (not "I'm sure your years in Almaty make you an expert; could you …?")
  ["(?:i['’]m sure|i am sure|surely|i bet) (?:your|ur) (?:[a-z0-9]+ )?(?:hours?|minutes?|days?|weekend|afternoon|degree|course|phd|diploma|research) (?:on|from|of|at|in|watching|reading) (?:wikipedia|youtube|google|facebook|tiktok|twitter|reddit|telegram|the internet)(?: videos?)? makes? (?:you|u) (?:an? )?(?:expert|genius|authority|scholar|historian|analyst|specialist)(?![a-z])", ['wikipedia', 'youtube', 'google', 'facebook', 'tiktok', 'twitter', 'reddit', 'telegram', 'internet'], ['expert', 'genius', 'authority', 'scholar', 'historian', 'analyst', 'specialist']],
  ['crayons? in (?:your|ur|his|her|their) mouths?', ['crayon', 'crayons']],
  ['(?:impressive|not bad|good effort|well done|nice try|bravo|cute|adorable),? for (?:you|u)(?=\\s*[.!?]|\\s*$)', ['impressive', 'bad', 'effort', 'done', 'try', 'bravo', 'cute', 'adorable']],
  ['i see (?:the )?(?:kremlin|moscow|soros|cia|troll farm|state department)(?: still| is still)? (?:pays|is paying) (?:by the (?:word|comment|post)|per (?:word|comment|post)|you|u)(?![a-z])', ['pays', 'paying'], ['kremlin', 'moscow', 'soros', 'cia', 'farm', 'state']],
  // Taunts: "the tears are delicious", "Keep coping", "not worth the oxygen you breathe", "because you're SUCH an expert
  // 🙄" (not a question to a real one: "Because you're such an expert on Tajik history, could you …?")
  ['(?:your|ur|the|those|these) tears (?:are|taste) (?:so )?(?:delicious|tasty|yummy|sweet)', ['tears']],
  ['(?<=^|[.!?…]\\s*)keep coping(?=\\s*[,.!]|\\s*$)', ['coping']],
  ['not worth the (?:oxygen|air) (?:you|u|he|she|they) (?:breathe|breathes|consume|consumes|waste|wastes)', ['oxygen', 'air']],
  ["because (?:you|u)\\s*(?:['’]re| are| r) (?:such|so much of) an? (?:expert|genius|scholar|authority|intellectual|historian|analyst)(?=\\s*(?:[.!?]|$)|\\s*[\\uD83C-\\uD83E])", ['because'], ['such', 'much']],
  ['must be (?:so |very |really )?proud of (?:her|his|their|your|ur) (?:little )?(?:keyboard (?:warriors?|soldiers?|commandos?)|trolls?|bots?)', ['proud']],
  ["(?:everyone|everybody|anyone|anybody|a (?:toddler|child|potato|goldfish|rock|brick)|my (?:dog|cat|son|daughter|kid|grandma|grandmother)) (?:in this (?:thread|room|comment section) |here )?is smarter than (?:you|u)(?![a-z'’])(?! (?:think|thinks|realise|realize|know|give|expect|assume|imagine))", ['smarter']],
  ["look (?:who|what)(?:['’]s| has)? (?:crawled|slithered|crept|oozed|wandered) (?:back )?out of (?:(?:the|his|her|your|ur|its|their) )?(?:[a-z]+['’]s )?(?:woodwork|sewer|swamp|basement|gutter|kremlin|troll farm|hole|rock|cave|bunker)(?![a-z])", ['crawled', 'slithered', 'crept', 'oozed', 'wandered']],
  ['brain (?:cells? )?(?:must (?:be|get|feel)|is|are|gets) (?:so |very |really )?lonely', ['lonely']],
  ['(?:your|ur|his|her|that|their) (?:big |thick |fat )?empty (?:skull|head|noggin)', ['empty'], ['skull', 'head', 'noggin']],
  ['(?:your|ur|his|her|their) (?:comments?|posts?|comment history|post history|tweets?|writing) (?:reads?|sounds?|looks?) like (?:a |an )?(?:psychiatric|psych|mental (?:health|ward|patient))', ['psychiatric', 'psych', 'mental']],
  // (and a talk page's heading, "== You suck ==", and "you suck and your edits suck", "I can tell you suck but sure";
  // not "you suck but I love you, sis")
  ['(?:you|u) (?:really |totally |just )?suck(?=\\s*[.!=]|\\s*$|\\s+and(?![a-z])|\\s+but(?!\\s+(?:i|we)\\s+(?:still\\s+)?love)(?![a-z]))', ['suck']],
  ['(?:you|u) (?:people |guys |lot )?make me (?:sick|puke|vomit)', ['sick', 'puke', 'vomit']],
  // (and of the writer: "the author has no idea what she is writing about")
  ["(?:you|u) (?:really |clearly |obviously )?(?:have|got) no (?:clue|idea what (?:you|u)\\s*['’]?(?:re| are) talking about)|(?:the|this) (?:author|writer|reporter|journalist|columnist|editor) (?:really |clearly |obviously |simply )?(?:has|had|have) no (?:idea|clue) what (?:he|she|they)(?:['’]s|['’]re| is| are| was| were) (?:talking|writing) about(?!\\s+yet(?![a-z]))", ['clue', 'talking', 'writing']],
  ['(?:nobody|no one|no1|noone) (?:likes|wants|needs) (?:(?:you|u)(?![a-z])|(?:your|ur) (?:crap|garbage|bs|shit|nonsense|drivel|rubbish|propaganda|opinions?|input|takes?)(?![a-z]))', ['nobody', 'one', 'no1', 'noone'], ['likes', 'wants', 'needs']],
  // (and "no1 cares what u think", and "nobody cares" said alone: "ratio + L + nobody cares")
  ['(?:nobody|no one|no1|noone) (?:here )?(?:asked(?: for)?|cares (?:about|what)|wants to (?:read|hear)) (?:you|your|u|ur)(?![a-z])|(?<=^|[.!?…,;+]\\s*)(?:nobody|no one|no1|noone) cares(?=\\s*[.!]|\\s*$)', ['nobody', 'one', 'no1', 'noone'], ['asked', 'cares', 'wants']],
  // "Cute that you think anyone cares what you think"
  ['(?:you|u) (?:really |actually |honestly |seriously )?think (?:anyone|anybody|someone|somebody) (?:here )?cares (?:about|what) (?:you|your|u|ur)(?![a-z])', ['cares'], ['think']],
  // (and sarcastic thanks: "Thanks, Einstein", "Keep going, champ", "Nice try, Sherlock")
  ['(?<=^|[.!?…]\\s*)(?:hey|listen|look|ok|okay|thanks|thank you|cheers|sure|well done|nice try|good try|good job|great job|bravo|congrats|congratulations|keep going|keep trying|keep it up),? (?:genius|einstein|sherlock|smart guy|champ|captain obvious|smarty ?pants)(?![a-z])(?!\\s+(?:idea|ideas|move|plan|solution|stuff|work|piece|tip|suggestion))', ['genius', 'einstein', 'sherlock', 'smart', 'champ', 'captain', 'smarty', 'smartypants', 'pants']],
  // Sarcastic praise: "what a genius you are", "Congratulations, you've discovered …", "oh look, another armchair
  // expert", "the world-renowned analyst from the comment section", "did they teach you that in kindergarten?",
  // "breathtakingly bad", "the commenter who read half a headline", "done your research on Facebook"
  ['what an? (?:genius|einstein|sherlock|expert|intellectual|scholar|mastermind|visionary|scientist) (?:you|u) (?:are|r)(?![a-z])', ['genius', 'einstein', 'sherlock', 'expert', 'intellectual', 'scholar', 'mastermind', 'visionary', 'scientist']],
  ["(?<=^|[.!?…]\\s*)congratulations,? (?:you|u)(?:['’]ve| have)? (?:just )?(?:discovered|figured out|found out|learned|learnt|realised|realized|worked out)", ['congratulations']],
  // The thirty-second session's sarcasm: "Congratulations on discovering the internet, grandpa" (not "Congratulations
  // on your retirement, grandpa Joe!"), "Did your cat help you write it?", "your tinfoil hat", "You're so brave,
  // typing insults from your mother's couch", "you might graduate from middle school someday", "Your ignorance is
  // truly inspiring"
  ["congrat(?:s|ulations) on (?:finally )?(?:discovering|figuring out|finding out|learning|learning how to)[^.!?]{1,40}?, (?:grandpa|gramps|boomer|sweetie|honey|champ|sport|kiddo|einstein|genius|sherlock)(?=\\s*[.!]|\\s*$)", ['congrats', 'congratulations'], ['grandpa', 'gramps', 'boomer', 'sweetie', 'honey', 'champ', 'sport', 'kiddo', 'einstein', 'genius', 'sherlock']],
  ["did (?:your|ur) (?:cat|dog|hamster|goldfish|parrot|toddler|five-year-old|kid|mom|mum|mommy) (?:help (?:you|u) )?(?:write|type) (?:this|it|that)(?![a-z])", ['did'], ['write', 'type']],
  ["(?:your|ur) (?:tinfoil|tin foil|tin-foil) hats?(?![a-z])", ['hat', 'hats'], ['tinfoil', 'foil', 'tin']],
  // (not "You're so brave, writing about your illness")
  ["(?:you|u)\\s*(?:['’]re| are| r) so brave,? (?:hiding behind|(?:typing|posting|commenting)(?: [a-z]+){0,2} (?:from|behind) (?:your|ur|a))(?![a-z])", ['brave'], ['hiding', 'typing', 'posting', 'commenting']],
  ["(?:you|u)(?:['’]ll| will| might| may| could) (?:even |finally |actually )?(?:graduate from|finish|pass|get through) (?:middle school|high school|primary school|elementary school|kindergarten|(?:first|second|third|fourth|fifth|sixth) grade)(?: (?:someday|one day|eventually|by thirty|by forty))", ['graduate', 'finish', 'pass', 'through'], ['school', 'kindergarten', 'grade']],
  ["(?:your|ur) (?:ignorance|stupidity|idiocy|incompetence|cluelessness|dumbness) (?:is|was) (?:truly |really |simply |just |quite |absolutely |genuinely )?(?:inspiring|impressive|astounding|astonishing|breathtaking|staggering|amazing|remarkable|legendary|showing|on display|next level)(?![a-z])", ['ignorance', 'stupidity', 'idiocy', 'incompetence', 'cluelessness', 'dumbness']],
  ['(?:oh look|here comes|enter|behold),? (?:yet )?another (?:armchair (?:expert|general|strategist|analyst)|keyboard warrior|expert|genius|troll|bot|shill)(?![a-z])', ['another']],
  ['(?:analysts?|experts?|scholars?|strategists?|historians?|geniuses|genius|professors?|generals?) (?:from|of|in) (?:the|this|our) (?:comments? section|comments(?=\\s*[.!?,]|\\s*$))', ['comment', 'comments']],
  ['(?:teach|taught) (?:you|u) that in (?:kindergarten|nursery|preschool|pre-school|primary school|first grade|playschool)', ['kindergarten', 'nursery', 'preschool', 'pre', 'primary', 'first', 'playschool']],
  ['breathtakingly (?:bad|poor|weak|ignorant|stupid|dumb|shallow|thin|wrong)', ['breathtakingly']],
  ["(?:commenter|poster|you|u|he|she|someone|somebody|the author) who (?:only )?read (?:half (?:a|the)|only the|just the) headline", ['headline']],
  ['(?:did|done|do|doing) (?:your|ur|his|her) (?:own )?research on (?:facebook|youtube|tiktok|twitter|telegram|instagram|reddit|memes)(?![a-z])', ['research']],
  ['what are (?:you|u)\\s*,\\s*(?:five|six|ten|twelve|\\d+|a child|a kid)(?=\\s*[?!.]|\\s*$)', ['five', 'six', 'ten', 'twelve', 'child', 'kid']],
  ["(?:you|u)\\s*['’]?\\s*(?:re|are) (?:so |just )?full of (?:crap|it|nonsense|yourself|bs|bull)", ['full']],
  // "She is so full of crap her eyes are brown"
  ["(?:so|that) full of (?:crap|shit|it|bs|bull) (?:that )?(?:his|her|your|ur|their) eyes (?:are|r|turned) brown", ['brown']],
  // "Go away troll, your mom is calling you for dinner": the name said without the comma, and the child sent home
  ['(?:go away|get lost|get out|shut up|piss off|back off|grow up|wake up|cry more|nice try) (?:you )?(?:trolls?|idiots?|morons?|clowns?|losers?|snowflakes?|kid|sheep|sheeple|bots?|shills?|dummy|fools?|muppets?|dumbass|boomer)(?=\\s*[,.!?…]|\\s*$)', ['away', 'lost', 'out', 'up', 'off', 'more', 'try'], ['troll', 'trolls', 'idiot', 'idiots', 'moron', 'morons', 'clown', 'clowns', 'loser', 'losers', 'snowflake', 'snowflakes', 'kid', 'sheep', 'sheeple', 'bot', 'bots', 'shill', 'shills', 'dummy', 'fool', 'fools', 'muppet', 'muppets', 'dumbass', 'boomer']],
  ['(?:your|ur) (?:mom|mum|mommy|mummy|mother) (?:is |[’\']s )?calling (?:you|u)?(?: for (?:dinner|supper|tea|bed))?(?=\\s*[,.!?…]|\\s*$| for )', ['calling']],
  ['not worth the air (?:you|u) breathe', ['breathe']],
  // "I've had more intelligent conversations with my toaster", "you'd have to be a special kind of stupid to …"
  ["(?:i['’]ve|i have|i['’]d|i) (?:had|have) (?:more intelligent|smarter|better|deeper|more meaningful) (?:conversations|discussions|debates|chats) with (?:my|a|the) (?:toaster|dog|cat|goldfish|wall|brick|rock|houseplant|fridge|microwave|cactus|potato|kettle)(?![a-z])", ['conversations', 'discussions', 'debates', 'chats'], ['toaster', 'dog', 'cat', 'goldfish', 'wall', 'brick', 'rock', 'houseplant', 'fridge', 'microwave', 'cactus', 'potato', 'kettle']],
  ["(?:(?:you|u)(?:['’]d| would)? (?:have to |need to |must |got to )?be|(?:you|u|he|she|they)(?:['’]re|['’]s| are| is)|it takes) a special (?:kind|brand|breed|type|sort) of (?:stupid|dumb|idiot|moron|ignorant|clueless|dense)(?![a-z])", ['special'], ['kind', 'brand', 'breed', 'type', 'sort']],
  ['make (?:yourself|urself) look (?:dumber|stupider|worse|stupid|dumb|like an idiot)', ['look']],
  // "Keep talking, every comment you post makes you look dumber" (not "the lighting makes you look older")
  ['(?:makes?|made|making) (?:you|u) (?:look|sound|seem) (?:even |way |much |a little |a bit )?(?:dumber|stupider|more stupid|more ignorant|more pathetic|more idiotic)(?![a-z])', ['dumber', 'stupider', 'stupid', 'ignorant', 'pathetic', 'idiotic']],
  // "this dude is a walking brain cell", "you have one brain cell", "not two brain cells to rub together", "a whole
  // paragraph and not a single brain cell involved" (not "one brain cell at a time dies")
  ['(?:a walking brain cell|(?:has|have|had|with|got|only|just|not|without) (?:one|a single|1|two|2) brain cells?(?![ -](?:at a time|dies|die|types?|kinds?|layers?|lines?|cultures?|samples?)(?![a-z]))|two brain cells to rub together)', ['brain']],
  // Sarcasm, the thirty-fifth session's (a set of 15 was stopped 7 times unseen): "Congratulations on writing the dumbest
  // paragraph of the year", "…, professor Google", "for someone who clearly can't read a map", "…, said no teacher
  // ever" (below, with "said no one ever"), "if you think any harder you might hurt yourself" (not "Congratulations on
  // writing the best paragraph", "Captain Smith", "Dr Google", the health pages' name for searching one's symptoms,
  // "Professor Google is the name of the quiz team": the name closes a vocative; nor "For someone who can't drive, the
  // bus pass is a lifeline")
  ['congrat(?:s|ulations) on (?:writing|posting|producing|publishing|making) (?:the|this) (?:dumbest|stupidest|worst|most ignorant|most idiotic|silliest|most pathetic)(?![a-z])', ['congrats', 'congratulations'], ['dumbest', 'stupidest', 'worst', 'ignorant', 'idiotic', 'silliest', 'pathetic']],
  // ("Captain Obvious" is a jibe wherever it stands: below, with the other mockery of the obvious)
  ['(?:professor|prof|captain|general|mister|mr) (?:google|wikipedia|youtube|hindsight)(?=\\s*(?:[.!?,]|$))', ['professor', 'prof', 'captain', 'general', 'mister', 'mr'], ['google', 'wikipedia', 'youtube', 'hindsight']],
  ["(?:you|u)(?:['’]re|['’]ve)?[^.!?]{0,50}? for someone who (?:clearly |obviously |apparently |evidently )?(?:can['’]?t|cannot|couldn['’]?t|could not) (?:even )?(?:read|write|spell|count|think|understand|find)(?![a-z])", ['someone'], ['read', 'write', 'spell', 'count', 'think', 'understand', 'find']],
  ["(?:if (?:you|u) (?:think|thought) (?:any |much )?(?:harder|more|too hard)|(?:don['’]?t|do not) think (?:too|so) hard),? (?:you|u)(?:['’]ll| will| might| could| may) (?:hurt (?:yourself|urself)|strain something|pull a muscle|sprain (?:your|ur|a) brain)", ['think', 'thought'], ['hurt', 'strain', 'pull', 'sprain']],
  // Long comments', the thirty-fifth session's (a set of 10 was stopped 7 times unseen): "You keep repeating the
  // Kremlin's talking points like a trained parrot" (not "Children learn words by repeating them like a parrot"),
  // "expecting a basic level of intelligence from you is asking too much" (not "… from a first draft")
  ["(?:you|u|he|she|they)(?: [a-z'’]+){0,3} (?:repeat|repeats|repeating|recite|recites|reciting)[^.!?]{0,50}? like (?:a )?(?:trained |performing |well-trained )?(?:parrots?|seals?)(?![a-z])", ['repeat', 'repeats', 'repeating', 'recite', 'recites', 'reciting'], ['parrot', 'parrots', 'seal', 'seals']],
  ["(?:expecting|to expect|asking for) (?:any |a basic level of |basic |some |even basic )?(?:intelligence|intellect|brains|common sense|literacy|reading comprehension) from (?:you|u|him|her|them|the author|the writer|this writer|this author) is (?:asking )?(?:a bit |far |way )?too much(?![a-z])", ['expecting', 'expect', 'asking'], ['intelligence', 'intellect', 'brains', 'sense', 'literacy', 'comprehension']],
  // "Voters in the south are too thick to understand what they voted for" (people in the plural; not "The print is too
  // small to read")
  ["(?:voters|people|they|[a-z]+ers|[a-z]+ists)(?: [a-z]+){0,4} (?:are|were) (?:just |simply |all )?too (?:thick|stupid|dumb|dense|ignorant|brainwashed|dim) to (?:understand|see|realise|realize|grasp|know|read|think|vote)(?![a-z])", ['too'], ['thick', 'stupid', 'dumb', 'dense', 'ignorant', 'brainwashed', 'dim']],
  // "I genuinely feel sorry for whoever has to live with you" (not "… for whoever lost their flat in the flood")
  ["(?:feel (?:so )?sorry for|pity) (?:whoever|anyone who|the (?:person|people|woman|man|poor soul|poor sod) who) (?:has|have|had) to (?:live with|work with|be married to|deal with|put up with|sit next to|share a (?:house|flat|office) with) (?:you|u)(?![a-z])", ['sorry', 'pity'], ['live', 'work', 'married', 'deal', 'put', 'sit', 'share']],
  // "Mercenaries are scum, and the ones in this story are the lowest of the low" (said of people; not "Prices are at the
  // lowest of the low")
  ["(?:(?:they|you|u|he|she|ones?|[a-z]+s)(?: are| is|['’]re|['’]s)|(?:they|you|u|he|she) (?:were|was)) (?:simply |just |truly )?the lowest of the low(?![a-z])", ['lowest'], ['low']],
  // and their lack, closing a sentence ("You clearly drive a BMW, which explains the lack of indicators and brain
  // cells"; not "Alcohol kills brain cells", "… the lack of brain cells in older mice")
  ['(?:lack|shortage|absence) of (?:[a-z]+ and )?brain cells(?=\\s*(?:[.!?,;]|$))', ['lack', 'shortage', 'absence'], ['cells']],
  // A thread's replies: "> the alliance is dead / So is your brain cell", "Your god is dead and so is your brain", "To
  // the moron above: …" (not "To the clown who performed at my son's party", "To the genius who invented …"), "Why does
  // anyone care about your opinion?"
  ['(?:(?<=^|[.!?…]\\s*)|(?:dead|broken|empty|gone|useless|dying|rotten|missing|asleep|obsolete|irrelevant|finished),? and )so is (?:your|ur) (?:brain cells?|brains?|iq)(?![a-z])', ['brain', 'cell', 'cells', 'brains', 'iq']],
  ['(?<=^|[.!?…]\\s*)(?:replying to|in reply to|to|for) the (?:idiot|moron|troll|loser|fool|imbecile|muppet|halfwit|cretin)s? (?:who|that|above|below|upthread)(?![a-z])', ['replying', 'reply', 'to', 'for'], ['idiot', 'idiots', 'moron', 'morons', 'troll', 'trolls', 'loser', 'losers', 'fool', 'fools', 'imbecile', 'imbeciles', 'muppet', 'muppets', 'halfwit', 'halfwits', 'cretin', 'cretins']],
  ['why (?:does|would|should) (?:anyone|anybody) care (?:about|what) (?:your|ur) (?:opinions?|views?|thoughts|takes?|comments?)(?![a-z])', ['anyone', 'anybody'], ['care']],
  // Gaming's put-downs: "Git gud, scrub", "Typical Apple sheep", "Your opinion is invalid because you play on easy
  // mode", "This reviewer can't even beat the tutorial", "You sound like a twelve year old who just discovered swearing"
  ['(?<=^|[.!?…,;]\\s*)git gud(?![a-z])', ['gud']],
  ['(?<=^|[.!?…]\\s*)typical (?:[a-z]+ )?(?:sheep|fanboys?|fangirls?|shills?|npcs?|bots?|snowflakes?|lemmings?)(?=\\s*[,.!:;—–-]|\\s*$)', ['typical']],
  ['(?:your|ur) (?:opinions?|views?|take|takes) (?:is|are) (?:completely |totally |simply )?(?:invalid|irrelevant|worthless|meaningless)(?![a-z])', ['invalid', 'irrelevant', 'worthless', 'meaningless']],
  [`(?:you|u|he|she|(?:the|this|that) (?:reviewer|critic|streamer|dev|developer|${WRITERS.join('|')})) (?:can['’]?t|cannot|couldn['’]?t) even (?:beat|finish|pass|get past|clear) the (?:tutorial|first boss)`, ['tutorial', 'boss']],
  // (looked for around the age, not around "year", which half of all news comments have)
  ['(?:you|u|he|she) (?:sound|sounds|write|writes|talk|talks|argue|argues) like an? (?:twelve|12|eleven|11|ten|10|thirteen|13|fourteen|14|nine|9|eight|8)[- ]year[- ]old', ['year'], ['twelve', '12', 'eleven', '11', 'ten', '10', 'thirteen', '13', 'fourteen', '14', 'nine', '9', 'eight', '8']],
  // "This columnist couldn't analyse a shopping list", "These clowns in parliament couldn't run a bath", "The
  // translator must have been a monkey with a dictionary" (not "My grandmother couldn't read a shopping list without
  // her glasses", "They couldn't run a bath because the boiler broke")
  [`(?:(?:you|u|he|she|they|(?:these|those) (?:[a-z]+ )?(?:clowns|idiots|fools|morons|muppets|jokers|amateurs|people|guys)(?: (?:in|at|from) (?:the )?[a-z]+)?|(?:the|this|that) (?:${[...WRITERS, 'commenter', 'translator', 'expert', 'analyst', 'minister'].join('|')})) (?:couldn['’]?t|could not|can['’]?t|cannot) (?:analy[sz]e|write|read|organi[sz]e|run|manage|spell|follow) (?:a |an |the )?(?:shopping list|bath|piss-up in a brewery|menu|cereal box|bus timetable)(?=\\s*[.!,]|\\s*$))|(?:must have been|was clearly|is clearly|must be) an? (?:monkey|chimp|chimpanzee|toddler|drunk) (?:with|on|at) an? (?:dictionary|typewriter|keyboard|crayons?|laptop|phone)`, ['analyse', 'analyze', 'write', 'read', 'organise', 'organize', 'run', 'manage', 'spell', 'follow', 'monkey', 'chimp', 'chimpanzee', 'toddler', 'drunk'], ['list', 'bath', 'brewery', 'menu', 'box', 'timetable', 'dictionary', 'typewriter', 'keyboard', 'crayon', 'crayons', 'laptop', 'phone']],
  // "Your insight is as deep as a puddle" (not "the river is as deep as a puddle in August")
  ['(?:your|ur|his|her|the author[\'’]s) (?:insight|analysis|knowledge|understanding|argument|arguments|thinking|intellect|wit|logic|reasoning|grasp of [a-z]+|comments?|opinions?) (?:is|are|was) (?:about |roughly )?as (?:deep|sharp|bright|profound|solid|sound) as an? (?:puddle|spoon|bowling ball|brick|rock|potato|paddling pool|plank|sack of hammers|wet paper bag|saucer|teaspoon)', ['deep', 'sharp', 'bright', 'profound', 'solid', 'sound'], ['puddle', 'spoon', 'ball', 'brick', 'rock', 'potato', 'pool', 'plank', 'hammers', 'bag', 'saucer', 'teaspoon']],
  // "Go glue yourself to a motorway and do us all a favour", "If brains were petrol, you wouldn't have enough …"
  ['(?:,|and) do (?:us all|the world|everyone|all of us) a favou?r(?=\\s*[.!]|\\s*$)', ['favour', 'favor']],
  ["if brains? (?:were|was) [a-z]+,? (?:you|u|he|she|they)(?:['’]d| would)(?:n['’]?t| not)? (?:have|be able|need)", ['brains', 'brain']],
  // The schoolroom's put-downs: "couldn't pass a fifth-grade exam", "Spoken like someone who never finished school",
  // "the kid who ate glue", "needs remedial reading lessons", "homeschooled by wolves", "God help your students"
  // (not "my son couldn't pass the driving test", "my toddler ate glue once", "she needs reading lessons")
  ["(?:couldn['’]?t|could not|can['’]?t|cannot|wouldn['’]?t) pass an? (?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|[1-8](?:st|nd|rd|th))[- ]grade|primary[- ]school|kindergarten|basic (?:literacy|reading|maths?|math)) (?:exam|test|quiz|class)(?=\\s*[.!,]|\\s*$|\\s+(?:himself|herself|yourself|themselves|if (?:his|her|your|their) life))", ['exam', 'test', 'quiz', 'class'], ['grade', 'primary', 'kindergarten', 'literacy', 'reading', 'maths', 'math']],
  ['(?:(?:spoken|written|said|argued) like|(?:you|u) (?:write|argue|talk|sound) like) (?:an?|someone|somebody) (?:[a-z]+ )?(?:who|that) (?:failed|flunked|dropped out|never (?:finished|went to|passed|opened|read|learned|learnt|attended))(?![a-z])', ['failed', 'flunked', 'dropped', 'never'], ['spoken', 'written', 'said', 'argued', 'write', 'argue', 'talk', 'sound']],
  ['(?:(?:kid|child|one|boy|girl) who (?:ate|eats|used to eat)|(?:you|u) (?:must have |probably |clearly |obviously )?(?:ate|eaten|been eating|eat)) (?:the |too much |a lot of )?(?:glue|crayons|paint chips|lead paint|paste)(?![a-z])', ['glue', 'crayons', 'paint', 'paste']],
  ["(?:(?:you|u|whoever wrote (?:this|that)(?: [a-z]+)?|the (?:author|writer|reporter|journalist|columnist|editor)) (?:needs?|should take|could use|should get)|(?:you|u)['’]?d benefit from) (?:some )?remedial (?:reading|english|writing|grammar|spelling|maths?|math|logic|history|geography)?", ['remedial']],
  ['(?:(?:were|was) (?:you|u) |(?:you|u) (?:were|was|must have been) )(?:raised|brought up|home-?schooled|educated|schooled) by (?:wolves|apes|monkeys|chimps)|home-?schooled by (?:wolves|apes|monkeys|chimps)', ['wolves', 'apes', 'monkeys', 'chimps']],
  ['did (?:you|u) even (?:go to|finish|attend|graduate from) (?:school|high school|primary school)(?![a-z])(?! in )', ['even'], ['school']],
  ['god help (?:your|ur) (?:students|pupils|patients|readers|clients|employees|staff|team|viewers|listeners|voters|kids|children)(?![a-z])', ['god']],
  ['(?:i )?pity (?:the|your|any) (?:children|kids|students|pupils|patients|readers|clients|people|staff) (?:who|that) (?:have|had|get|are stuck with) (?:an? )?[a-z]+ like (?:you|u)(?![a-z])', ['pity']],
  ["(?:you|u|the (?:author|writer|reporter|journalist|columnist|editor)|he|she) (?:should|needs? to|must|ought to) (?:go back to|return to|repeat) (?:school|kindergarten|primary school|first grade|journalism school) before (?:writing|commenting|posting|talking|lecturing|opening)", ['before'], ['school', 'kindergarten', 'grade']],
  ['(?:you|u)(?:, (?:sir|madam|mate|my friend|buddy|pal),)? (?:(?:obviously|clearly|really|simply|apparently|truly|just|seriously) )?(?:have|got) no (?:brain|brains|life)(?![a-z])', ['brain', 'brains', 'life']],
  // (not praise: "People like you are the reason I still read the comments", "… are rare", "Teachers like you should be
  // paid more", "Doctors like you have my respect")
  // (and people by their trade or camp: "Teachers like you are the reason kids hate school", "Atheists like you are
  // empty, miserable people")
  [`(?<!(?:true|real|good|great|honest|brave|decent|kind) )(?:ppl|writers|commenters|bloggers|${[...PEOPLE_IN_PLURAL].join('|')}|${PERSON_PLURAL_SHAPE}) like (?:you|u) (?:are(?! (?:(?:the reason|why) (?:i|we|my|our|kids|children|students|people) (?:[a-z]+ )?(?:still|love|loves|enjoy|enjoys|keep|keeps|come|comes|read|reads|believe|believes|trust|trusts|like|likes|want|wants|became|become|chose|stayed|stay|stays|smile|smiles|hope)|rare|a rare|a gift|a blessing|welcome|needed|what (?:this|the) [a-z]+ needs?)(?![a-z]))|should(?! (?:be (?:paid|proud|thanked|praised|celebrated|rewarded|honou?red|elected|promoted|in charge|running|teaching|leading)|(?:not|never) (?:be (?:charged|fined|blamed|punished|forgotten|ignored)|have to))(?![a-z]))|need|make(?! (?:school|this (?:world|country|site|place|job)|the world|life|it (?:worth|better|bearable)|a difference|me (?:proud|happy|smile|hopeful|believe)|all the difference|(?:[a-z]+ ){1,3}(?:better|safer|stronger|happier|brighter|possible|readable|bearable|worthwhile|civil|pleasant|enjoyable)(?![a-z])))|ruin|have(?! (?:my|our|all my|all our) (?:respect|thanks|gratitude|support|admiration|vote)|(?: [a-z]+)? (?:made|kept|given|done|saved|helped|built|taught|earned)(?![a-z])))(?![a-z])`, ['you', 'u'], ['like']],
  // "People like you who keep repeating Kremlin talking points are either stupid or on the payroll"
  [`people like (?:you|u) (?:who|that) [^.!?;]{1,60}? are (?:either |just |all |simply |nothing but )?(?:${INSULT})(?![a-z])`, ['people'], INSULT_WORDS],
  // "she writes like a lazy intern", "you argue like a child", "You drive like a blind grandma", "The guest columnist
  // writes like a drunk teenager"
  [`(?:he|she|you|u|they|(?:the|this|that) (?:[a-z]+ )?(?:${WRITERS.join('|')}|commenter|poster|critic|reviewer|pundit)) (?:writes?|types?|argues?|talks?|thinks?|reasons?|debates?|comments?|behaves?|acts?|drives?|plays?) like (?:my (?:grandmother|grandma|granny|nan|nana|grandad|grandpa|little sister)|an? (?:(?:${alternation(INSULT_ADJECTIVES)}) [a-z]+|blind [a-z]+|(?:[a-z]+ )?(?:child|toddler|five-year-old|teenager|schoolboy|schoolgirl|drunk|lunatic|madman|idiot|moron|fool|virgin|incel|neckbeard|grandma|granny|grandpa|divorcee|spinster)))(?![a-z])(?! (?:would|might|could|in love|sees?)(?![a-z]))`, ['like'], ['writes', 'write', 'types', 'type', 'argues', 'argue', 'talks', 'talk', 'thinks', 'think', 'reasons', 'reason', 'debates', 'debate', 'comments', 'comment', 'behaves', 'behave', 'acts', 'act', 'drives', 'drive', 'plays', 'play']],
  // "Just block the idiot" (not "ignore the trolls and read the treaty", advice to readers)
  [`(?:block|mute) (?:the|this|that) (?:${PERSON_NOUN})(?![a-z])`, ['block', 'mute'], PERSON_NOUN_WORDS],
  // "poor triggered snowflake"
  ['triggered (?:little )?(?:snowflake|snowflakes|liberal|libs?|lefty|lefties)(?![a-z])', ['triggered']],
  // "If stupidity were a crime you'd be serving a life sentence", "someone who never left his mother's basement"
  ["if (?:stupidity|ignorance|idiocy|being (?:stupid|dumb|wrong)) (?:were|was) (?:a crime|illegal|a sport|an olympic sport),? (?:you|u)(?:['’]d| would| will)", ['crime', 'illegal', 'sport'], ['stupidity', 'ignorance', 'idiocy', 'stupid', 'dumb', 'wrong']],
  // (of "your", any mention is the joke, above; of "his" only his living there: not "police searched his mother's basement")
  ["(?:lives?|living|left|leave|leaving|from|out of) (?:in )?his (?:mom|mommy|mother|mum)['’]?s basement", ['basement']],
  // "you're just too blind to realize it"
  ["(?:you['’]?re|you are|u r|ur|he['’]?s|she['’]?s) (?:just |simply |clearly )?too (?:blind|stupid|dumb|dense|ignorant|brainwashed|thick) to (?:see|realize|realise|understand|notice|get|grasp)", ['too'], ['blind', 'stupid', 'dumb', 'dense', 'ignorant', 'brainwashed', 'thick']],
  // "You spent twenty minutes on Wikipedia and now think you're an expert"
  ['(?:you|u|he|she) (?:spent|spend) (?:a few|five|ten|twenty|thirty|\\d+) minutes (?:on|reading|watching) (?:wikipedia|google|youtube|tiktok|twitter|facebook|the internet)', ['minutes']],
  ["now (?:you )?think(?:s)? (?:you['’]?re|you are|u r) an? (?:expert|genius|historian|scholar|strategist|authority)(?![a-z])", ['now'], ['expert', 'genius', 'historian', 'scholar', 'strategist', 'authority']],
  ['(?:your|ur) (?:stupidity|idiocy|imbecility)', ['stupidity', 'idiocy', 'imbecility']],
  ['with half a brain|if (?:you|u) had half a brain', ['half']],
  // "It must be lovely living in your little bubble", "a hack who copies press releases", "Do your homework next time
  // or find another job" (not "many miners had to find another job")
  ['(?:your|ur) (?:own )?(?:little|tiny|cosy|cozy) (?:bubble|fantasy world|echo chamber|fantasy land|dream world|world)(?![a-z])(?!\\s+of(?![a-z]))', ['bubble', 'world', 'chamber', 'land']],
  ["(?:a|the|this|that) hack who (?:copies|copied|writes|wrote|parrots|repeats|rewrites|can['’]?t|cannot|doesn['’]?t|never)(?![a-z])", ['hack']],
  ['(?:(?<=^|[.!?…;]\\s*)|(?<=,?\\s+or\\s+))(?:go |just )?find (?:yourself )?(?:another|a new|a different|a real|a proper) (?:job|career|profession|line of work|hobby)(?=\\s*[.!]|\\s*$)', ['find']],
  ['(?:your|ur) (?:brain|brains|head|mind) (?:is|are|must be) (?:clearly |obviously |completely |totally )?(?:broken|damaged|rotten|mush|empty|fried|dead|missing)', ['brain', 'brains', 'head', 'mind']],
  ['(?:joke|disgrace|embarrassment|farce|travesty|sorry excuse|poor excuse|pathetic excuse) of an? (?:journalist|reporter|writer|author|editor|columnist|human being|human|person|man|woman|president|minister|politician|leader|commenter|moderator)', ['journalist', 'reporter', 'writer', 'author', 'editor', 'columnist', 'human', 'person', 'man', 'woman', 'president', 'minister', 'politician', 'leader', 'commenter', 'moderator'], ['joke', 'disgrace', 'embarrassment', 'farce', 'travesty', 'excuse']],
  // "a child could do better research", "a monkey could have written this" (not "… better than this parking system")
  ['(?:a|any|my) (?:child|toddler|five-year-old|six-year-old|ten-year-old|monkey|chimp|chimpanzee|schoolboy|schoolgirl|first-year student|intern) could (?:do|write|have written|have done|make|produce) (?:a )?(?:better (?:research|job|article|piece|analysis|reporting|writing|argument|comment|summary|story|report|headline|edit|essay|column|translation)|better than (?:you|u|(?:this|that)(?=\\s*[.!?,]|\\s*$))|this(?=\\s*[.!?,]|\\s*$))(?![a-z])', ['could'], ['child', 'toddler', 'old', 'monkey', 'chimp', 'chimpanzee', 'schoolboy', 'schoolgirl', 'student', 'intern']],
  // "You are the worst editor on this site" (not "you are the worst affected", "the worst of both")
  ["(?:you|u)(?: are|['’]re| r) (?:easily |by far |probably |officially |honestly |truly |simply |just |literally |actually |seriously )?the (?:worst|dumbest|stupidest|most (?:stupid|ignorant|clueless|annoying|dishonest|pathetic|useless|arrogant|boring))(?! (?:affected|hit|off|case|part|of|placed|positioned)(?![a-z]))", ['worst', 'dumbest', 'stupidest', 'stupid', 'ignorant', 'clueless', 'annoying', 'dishonest', 'pathetic', 'useless', 'arrogant', 'boring']],
  // "Your opinion is as worthless as your education": an insult aimed at what a person is
  [`as (?:${alternation(INSULT_ADJECTIVES)})(?:(?:,\\s*|\\s+(?:and|or)\\s+)(?:${alternation(INSULT_ADJECTIVES)}))? as (?:you|u|your (?:education|brain|brains|intelligence|mind|iq|head|degree|upbringing|parents|family|face))(?![a-z'’])${NOT_AS_YOU_THINK}`, ADJECTIVE_WORDS],
  ['(?:go|goes|went|going|gone) full (?:clown|idiot|moron|retard|lunatic|tinfoil|crazy|conspiracy)', ['full'], ['clown', 'idiot', 'moron', 'retard', 'lunatic', 'tinfoil', 'crazy', 'conspiracy']],
  ['(?:dropped|drop) (?:you|him|her) on (?:your|his|her) head', ['dropped', 'drop']],
  // "The author must have been dropped on his head as a child" (not "the parcel must have been dropped on its corner")
  ['(?:been|was|were|got) dropped on (?:your|ur|his|her|their) heads? (?:as an? (?:child|baby|kid|infant)|at birth|too many times|repeatedly|once too often)', ['dropped']],
  // "Another article from the Kremlin's favourite prostitute"
  ["(?:kremlin|putin|moscow|washington|soros|nato|west|regime|akimat|government|party)['’]s (?:favou?rite |little |paid |cheap |personal )?(?:prostitute|hooker|escort|call girl)(?![a-z])", ['prostitute', 'hooker', 'escort', 'girl']],
  [`excuse (?:for|of) an? (?:[a-z]+ ){0,2}(?:human(?: being)?(?! rights)|person|man|woman|rep|${ANY_ROLE})(?![a-z])`, ['excuse']],
  // Condescension: compared with a child or a thing, sent back to the nursery, pitied.
  ['(?:smarter|more (?:intelligent|coherent|sense)) (?:[a-z]+ ){0,2}(?:from|by|out of) an? (?:toddler|monkey|chimp|parrot|goldfish|potato|rock|brick|houseplant|toaster|doorknob|lamp ?post|fifth grader|five[- ]year[- ]old)', ['smarter', 'intelligent', 'coherent', 'sense']],
  // (not thanks: "Bless your heart for the kind words")
  ['bless (?:your|ur) (?:little )?heart(?!\\s+for(?![a-z]))', ['bless']],
  // "Do us all a favour and stop posting" (not "… and read the charter first"); "Who made you the judge of …?"
  ['do (?:us|everyone|the world|the rest of us) (?:all )?a favou?r,? and (?:stop (?:posting|commenting|writing|talking|typing)|shut up|go away|leave|log off|delete (?:your|ur) account|disappear|keep quiet)(?![a-z])', ['favour', 'favor']],
  ['who (?:the hell |the heck |on earth |exactly )?made (?:you|u) (?:the )?(?:judge|boss|king|queen|god|arbiter|gatekeeper|authority|expert|police)(?![a-z])', ['made']],
  ['(?:reading comprehension|logic|critical thinking|common sense|thinking) (?:is|isn[\'’]t) (?:clearly |obviously )?(?:not )?(?:your|ur) (?:strong suit|forte|strength)', ['suit', 'forte', 'strength']],
  ['(?:work on|improve|learn|get) (?:your|ur|some) reading comprehension', ['comprehension']],
  // (of "his", a fault matched by another: not "his arrogance is matched only by his talent")
  ["(?:your|ur) (?:ignorance|arrogance|stupidity) is (?:only )?(?:matched|surpassed|exceeded|outdone) (?:only )?by (?:your|ur)|(?:his|her|their|the (?:author|writer|reporter|editor|journalist)['’]s) (?:ignorance|arrogance|stupidity|incompetence) is (?:only )?(?:matched|surpassed|exceeded|outdone) (?:only )?by (?:his|her|their) (?:ignorance|arrogance|stupidity|incompetence|laziness|dishonesty|vanity)", ['matched', 'surpassed', 'exceeded', 'outdone']],
  ['(?:your|ur) (?:ignorance|arrogance) is (?:[a-z]+ )?(?:astounding|astonishing|staggering|breathtaking|amazing|impressive|showing|embarrassing)', ['ignorance', 'arrogance']],
  ['let the (?:adults|grown[- ]?ups) (?:talk|speak|edit|work|decide|discuss|handle)', ['adults', 'grownups', 'grown']],
  ["back to (?:your|ur) (?:[a-z]+['’]?s )?basement", ['basement']],
  ['another (?:genius|einstein|expert|scholar|rocket scientist|idiot|moron|fool|troll|clown) heard from(?!\\s*:)', ['heard']],
  ['(?<=[,;]\\s*)(?:genius|einstein|sherlock|smart guy|mastermind|champ|sunshine|sweetie|kiddo|sonny)(?=\\s*[.!?…]|\\s*$)', ['genius', 'einstein', 'sherlock', 'smart', 'mastermind', 'champ', 'sunshine', 'sweetie', 'kiddo', 'sonny']],
  // (and "go and read a book that isn't a colouring book")
  ['(?:stick to|go back to|back to) (?:your )?(?:colou?ring books?|crayons)', ['colouring', 'coloring', 'crayons']],
  ["read (?:a |any |some )?books? (?:that|which) (?:isn['’]?t|is not|aren['’]?t|are not) (?:a |about )?colou?ring", ['colouring', 'coloring']],
  ['degree (?:from|out of) an? (?:cereal box|crackerjack box|gumball machine)', ['cereal', 'crackerjack', 'gumball']],
  ['(?:do|doing) (?:us|everyone|everybody|the world) an? favou?r and (?:die|leave|disappear|shut up|go away|log off|(?:retire|quit)(?=\\s*[.!]|\\s*$)|never (?:write|post|comment|speak|talk) again|stop (?:posting|commenting|breathing|breeding|talking|writing))', ['favour', 'favor']],
  ['whor(?:e|es|ed|ing) (?:yourself|urself|himself|herself|themselves) out', ['yourself', 'urself', 'himself', 'herself', 'themselves']],
  // Contempt for the person's worth, sense or schooling
  // (and the beasts that must have: "Who raised you, wolves?")
  ["(?<=^|[.!?…,]\\s*)who raised (?:you|u)(?=\\s*[?!]|\\s*,\\s*(?:wolves|apes|animals|pigs|monkeys|hyenas)(?![a-z]))", ['raised']],
  ['(?:whoever|the people who|those who) raised (?:you|u) (?:did (?:a|such a) (?:terrible|bad|poor|lousy|awful|crap|shit|shitty) job|failed|should be ashamed|must be ashamed)(?![a-z])', ['raised']],
  // (not "the world would be a better place without nuclear weapons")
  ["(?:world|country|planet|internet|site|thread|gene pool)(?: would|['’]d| will)? be (?:a )?(?:much |far |so |a lot )?(?:better|nicer|happier|smarter)(?: place)? without (?:people like )?(?:you|u|your kind)(?![a-z])", ['world', 'country', 'planet', 'internet', 'site', 'thread', 'pool'], ['without']],
  // "I pity your children for having a father this stupid", "someone this dumb"
  [`(?:(?:a|an|any|some) (?:father|mother|dad|mom|mum|parent|husband|wife|man|woman|person|guy|writer|journalist|reporter|author|editor|commenter)|someone|somebody|anyone|anybody) (?:this|so) (?:${SLOW_WITTED.join('|')})(?![a-z])(?! (?:of|about)(?![a-z]))`, ['this', 'so'], SLOW_WITTED],
  ['cope and seethe|seethe and cope', ['seethe']],
  // "arguing with you is like playing chess with a pigeon", "expecting this author to do research is like expecting a
  // cat to do algebra" (not "talking with you is like talking to an old friend")
  ['(?:arguing|debating|reasoning|discussing [a-z]+) with (?:you|u|him|her|people like (?:you|u)|this [a-z]+|that [a-z]+) is like', ['arguing', 'debating', 'reasoning', 'discussing']],
  // (not "reading your comments is like reading a good column")
  ['(?:reading|listening to) (?:your|ur) (?:comments?|posts?|replies|opinions?|takes?|rants?) is like (?:watching|listening to|reading|trying to [a-z]+) (?:a|an) (?:[a-z]+ )?(?:toddler|child|kid|monkey|chimp|drunk|five-year-old|parrot|broken record|car crash|train wreck|trainwreck)', ['reading', 'listening'], ['comments', 'comment', 'posts', 'post', 'replies', 'opinions', 'opinion', 'takes', 'take', 'rants', 'rant']],
  [`expecting (?:you|u|him|her|this [a-z]+|that [a-z]+|the (?:${WRITERS.join('|')})) to [^.!?]{1,60}? is like expecting`, ['expecting']],
  ['(?:play|playing) chess with a pigeon', ['pigeon']],
  // "your comment reads like it was written by a drunk teenager"
  ['(?:reads?|sounds?|looks?) like (?:it was |it were |they were |they was )?(?:written|typed) by an? (?:[a-z]+ ){0,2}(?:child|toddler|teenager|schoolboy|schoolgirl|monkey|chimp|drunk|idiot|moron|lunatic|madman|five-year-old|bot)(?![a-z])', ['written', 'typed']],
  // "the comment section is full of brainwashed sheep" (not "full of bots" or "trolls", a complaint to the moderators),
  // "The picket line is full of unemployable losers"
  [`(?:comments?|comment section|thread|forum|site|this place|crowd|rally|protest|march|picket line|audience|board|council|committee|cabinet|government|administration|parliament|senate|congress|department|newsroom|panel) (?:is|are|was|were) (?:full of|overrun (?:by|with)|crawling with) (?:[a-z'’]+ ){0,2}?(?!trolls?(?![a-z]))(?:${PERSON_NOUN}|sheep|clowns|fools|puppets)(?![a-z'’])`, ['comments', 'comment', 'section', 'thread', 'forum', 'site', 'place', 'crowd', 'rally', 'protest', 'march', 'line', 'audience', 'board', 'council', 'committee', 'cabinet', 'government', 'administration', 'parliament', 'senate', 'congress', 'department', 'newsroom', 'panel'], ['full', 'overrun', 'crawling']],
  // "Couldn't have happened to a nicer scumbag": the sarcastic sympathy, with the insult it was for (not "… to a nicer
  // man")
  [`could(?:n['’]?t| not) (?:have )?happen(?:ed)? to a (?:nicer|better|more deserving|sweeter|lovelier) (?:[a-z]+ )?(?:${PERSON_NOUN})(?![a-z'’])`, ['happened', 'happen'], ['nicer', 'better', 'deserving', 'sweeter', 'lovelier']],
  // "Pride marches are parades of degenerates": people called a parade of them
  ['(?:is|are|was|were) (?:just |nothing but |all )?(?:parades?|processions?|gatherings?) of (?:degenerates|perverts|freaks|deviants|sickos|lunatics)(?![a-z])', ['degenerates', 'perverts', 'freaks', 'deviants', 'sickos', 'lunatics'], ['parade', 'parades', 'procession', 'processions', 'gathering', 'gatherings']],
  ["(?:you|u)\\s*['’]?\\s*(?:re|are) (?:just |such |nothing but )?an? (?:complete |total |utter )?waste of (?:everyone['’]?s |our |my )?(?:time|breath|bandwidth)", ['waste']],
  ['(?:nobody|no one) (?:here )?(?:takes|will take|can take|will ever take) (?:you|u) seriously', ['take', 'takes'], ['seriously']],
  ['(?:you|u) (?:clearly |obviously |must have |must[\'’]ve |probably )?(?:failed|flunked|skipped|slept through) (?:(?:[a-z]+ ){0,2}(?:class|classes|school)|(?:basic |high school |school |your )?(?:history|geography|maths?|economics|civics|logic|reading|biology|physics|chemistry|english)(?![a-z]))', ['failed', 'flunked', 'skipped', 'slept']],
  // "Who the hell do you think you are, lecturing us", "You have no business writing about a region you've never seen"
  ["who (?:the hell |the heck |the f |the fuck |on earth |exactly )?(?:does (?:he|she) think (?:he|she)(?:['’]s| is)|do (?:you|u) think (?:you|u)\\s*(?:['’]re|are))(?=\\s*[?,.!:;—–-]|\\s*$|\\s+to\\s)", ['think'], ['who']],
  ['(?:you|u) (?:have|had|got) no business (?:writing|commenting|talking|lecturing|telling|teaching|reporting|editing|calling (?:yourself|urself)|being (?:a|an|in))', ['business']],
  // "you're only proving how little you know"
  ['(?:proves?|proving|proved|shows?|showing|showed|demonstrates?|demonstrating|reveals?|revealing) (?:just |only |exactly )?how little (?:you|u) (?:know|understand)', ['little'], ['know', 'understand']],
  // "I pity your students", "Your mother must be so proud of her little propagandist"
  ['pity (?:your|ur) (?:students|pupils|children|kids|wife|husband|family|readers|editors?|boss|patients|employers?|colleagues|teachers|partner)', ['pity']],
  // (not "Your parents must be so proud of you, congratulations")
  [`(?:your|ur) (?:mother|mom|mum|mommy|parents|father|dad|family) must be (?:so |very |really )?proud of (?:her|his|their) (?:little |baby |boy |girl )?(?:${NOUN})(?![a-z])`, ['proud'], NOUN_WORDS],
  ["(?:you|u)\\s*(?:['’]re| are| r) (?:just |clearly |obviously )?(?:patient zero|exhibit a)(?![a-z])", ['zero', 'exhibit']],
  // "Are you being deliberately obtuse?"
  ["(?:(?:you|u)\\s*(?:['’]re| are| r)|are (?:you|u)) (?:just )?(?:being )?(?:deliberately|willfully|wilfully|intentionally|purposely) (?:obtuse|dense|ignorant|stupid|dumb|blind|thick|dim)(?![a-z])", ['deliberately', 'willfully', 'wilfully', 'intentionally', 'purposely']],
  // "Someone should revoke your press card"
  ['(?:revoke|take away|confiscate|pull|tear up) (?:your|ur) (?:press (?:card|pass|credentials|badge)|journalism degree|diploma|licen[cs]e to write)', ['press', 'journalism', 'diploma', 'licence', 'license']],
  ['(?:rock|bridge|hole) did (?:you|u) crawl', ['crawl']],
  ['crawl(?:ed)? out from under (?:a|your|that|the) (?:rock|bridge)', ['crawl', 'crawled']],
  ['embarrass(?:ing)? (?:yourself|urself) (?:further|more|any more|again)', ['embarrass', 'embarrassing']],
  ['(?:anything|something|nothing) (?:at all |going on |happening )?(?:at all )?(?:in|between|inside) (?:your|ur) (?:head|ears|skull)', ['anything', 'something', 'nothing'], ['head', 'ears', 'skull']],
  ["(?:you|u)\\s*(?:must be|['’]re|are) (?:[a-z]+,? ){0,4}?(?:just |a (?:bit|little) )?slow(?=\\s*[.!?]|\\s*$)", ['slow']],
  ['can (?:you|u) even (?:spell|(?:read|write|count)(?=\\s*[?!]))', ['spell', 'read', 'write', 'count'], ['even']],
  ["(?:you|u)(?:\\s*['’]?\\s*ve| have)? (?:clearly |obviously |probably )?never (?:opened|read|picked up|cracked open) an? (?:single )?(?:[a-z]+ )?book", ['book']],
  // ("your handler", "your Kremlin handlers")
  ['(?:your|ur) (?:(?:kremlin |russian |western |nato |cia )?handlers?(?![a-z])|paymasters|masters in (?:moscow|the kremlin|washington|beijing|kyiv|kiev))', ['handler', 'handlers', 'paymasters', 'masters']],
  // (and "reading is hard for trolls, isn't it")
  ['(?:reading|thinking|logic|basic maths?|maths?|comprehension|spelling) (?:seems|is|must be|appears|gets) (?:so |too |really |very )?(?:hard|difficult|tough|a struggle|a challenge) for (?:you|u|trolls|bots|some people|people like (?:you|u)|you people)', ['hard', 'difficult', 'tough', 'struggle', 'challenge']],
  // Brain cells lost to the other commenter, not to a budget table
  // (and faith in humanity: "@olga_p every time you post, I lose a little faith in humanity"); what someone has added,
  // said to be noise ("the only thing you've ever contributed here is noise"); said to have nothing to say; the proud
  // ignorant; an insult withheld only to be said ("I'd call you an idiot but that would insult idiots")
  ["(?:every time|whenever|each time) (?:you|u) [a-z]+(?: [a-z]+)?,? i (?:lose|die) (?:a little |some |all |more )?(?:faith in humanity|inside)", ['faith', 'inside'], ['lose', 'die']],
  ["the only thing (?:you|u)(?:['’]ve| have)? (?:ever )?(?:contributed|added|brought|offered)(?: (?:here|to (?:this|the) (?:thread|site|discussion|conversation)))? is (?:noise|spam|nonsense|hot air|garbage|drivel|hate|bile|trolling)(?![a-z])", ['contributed', 'added', 'brought', 'offered'], ['noise', 'spam', 'nonsense', 'air', 'garbage', 'drivel', 'hate', 'bile', 'trolling']],
  ['(?:you|u) (?:type|write|talk|post) (?:a lot|so much) for (?:someone|somebody|a person|a guy|a man|a woman) with (?:nothing|so little) (?:to say|of value|worth saying)', ['nothing', 'little'], ['type', 'write', 'talk', 'post'], ['someone', 'somebody', 'person', 'guy', 'man', 'woman']],
  ["(?:imagine being|(?:you|u|he|she|they)(?:['’]re|['’]s| are| is)) (?:this|so) proud of being (?:ignorant|stupid|wrong|dumb|clueless|uneducated)", ['proud'], ['ignorant', 'stupid', 'wrong', 'dumb', 'clueless', 'uneducated']],
  [`(?:i['’]d|i would|i could|i want to|i['’]m tempted to) call (?:you|u) (?:an? )?${INTENS}(?:${INSULT})(?![a-z])`, ['call'], INSULT_WORDS],
  ['(?:every time|whenever|each time) (?:you|u) [a-z]+(?: [a-z]+)?,? i (?:lose|kill) (?:a few |some |more |several )?brain cells|(?:lose|lost|losing) (?:a few |some |more )?brain cells (?:reading|listening to) (?:you|your|ur)|(?:you|u|your [a-z]+) (?:make|makes|made) me lose (?:a few |some |more )?brain cells|(?:(?:reading|read) (?:your|ur) [a-z]+|(?:your|ur) (?:comment|post|reply|take|comments|posts|replies)) (?:cost|costs|killed|kills) me (?:a few |some |several |more |\\d+ )?(?:iq points|brain cells)', ['cells', 'iq']],
  ['(?:back|go|crawl) (?:back )?(?:to|into) (?:your|ur) echo chamber', ['echo']],
  // An order ("Grow a spine, man"), not advice to a government ("the EU should grow a spine")
  ['(?<=^|[.!?…,]\\s*)grow (?:a|some) (?:spine|backbone|pair)', ['spine', 'backbone', 'pair']],
  ['run(?:s|ning)? (?:off )?to (?:the )?(?:moderators?|mods|mommy|mummy|teacher) (?:crying|whining|in tears)', ['crying', 'whining', 'tears']],
  ['(?:stick to|go back to) (?:writing |reading |covering )?(?:about )?(?:horoscopes|press releases|recipes|fairy tales|cartoons|the weather|celebrity (?:weddings|gossip|news)|gossip columns?|(?:your|his|her|their) day jobs?|greeting cards|fortune cookies|crossword clues|cereal box(?:es)?(?: copy)?)', ['horoscopes', 'releases', 'recipes', 'fairy', 'cartoons', 'weather', 'job', 'jobs', 'celebrity', 'gossip', 'greeting', 'fortune', 'crossword', 'cereal']],
  ['yelling at (?:clouds|the clouds|the tv|the news)', ['yelling']],
  ['(?:is|are) (?:that|those) of an? (?:child|schoolboy|schoolgirl|toddler|five[- ]year[- ]old|teenager|chimp|monkey)', ['child', 'schoolboy', 'schoolgirl', 'toddler', 'five', 'teenager', 'chimp', 'monkey']],
  ['(?:the best|all) (?:your|ur) (?:tiny |little )?(?:brain|brains|mind) (?:can|could) (?:manage|muster|come up with)', ['brain', 'brains', 'mind'], ['manage', 'muster', 'come']],
  // "Nobody asked." or "Nobody asked, Dmitry." (not "Nobody asked, but here is my view")
  ['(?<=^|[.!?…,]\\s*)nobody asked(?=\\s*[.!]|\\s*$|\\s*,?\\s*but\\s+thanks|\\s*,\\s*[a-z]+\\s*[.!]|\\s*,\\s*[a-z]+\\s*$)', ['nobody'], ['asked']],
  ['(?:talking|arguing|debating|reasoning) (?:to|with) (?:you|u) is (?:so |really |truly |honestly )?(?:exhausting|pointless|a waste of time)(?=\\s*[.!,;]|\\s*$)', ['exhausting', 'pointless', 'waste']],
  ['(?:talking|arguing|debating|reasoning) (?:to|with) (?:you|u) is like (?:talking|arguing|debating|reasoning) (?:to|with) an? (?:brick )?(?:wall|rock|brick|tree|toddler|child|goldfish|pigeon)', ['like'], ['wall', 'rock', 'brick', 'tree', 'toddler', 'child', 'goldfish', 'pigeon']],
  ['something (?:is |must be )?(?:clearly |seriously |obviously |really )?wrong with (?:you|u)(?![a-z])', ['something'], ['wrong']],
  ['(?<=^(?:@[a-z0-9_]+\\s+)*|[.!?…,]\\s*)(?:please |you should |you need to |maybe |go |just )?(?:get|seek) (?:some )?(?:professional |mental |mental health |psychiatric )?help(?=\\s*[,.!]|\\s*$)', ['get', 'seek'], ['help']],
  // "… written by a bot, and a stupid one" (not "a plan, and a stupid one", of a thing)
  ['an? (?:pretty |rather |very |particularly )?(?:dim|stupid|dumb|ignorant|clueless|sad|pathetic) one at that|(?:written|penned|authored|edited|run|posted) by an? [a-z]+,? and an? (?:pretty |rather |very |particularly )?(?:dim|stupid|dumb|ignorant|clueless|sad|pathetic|lazy) one(?=\\s*[.!?,;]|\\s*$)', ['dim', 'stupid', 'dumb', 'ignorant', 'clueless', 'sad', 'pathetic', 'lazy']],
  ['(?:cheerleader|mouthpiece) for (?:an? |the )?(?:dictatorship|dictator|regime|tyrant|kremlin|putin|war criminals?|terrorists?)', ['cheerleader', 'mouthpiece']],
  ['(?:you|u) (?:in particular |especially |of all people )?(?:should|ought to|need to) be banned', ['banned']],
  ['(?:you|u) (?:must|gotta) be (?:like )?(?:five|six|seven|eight|nine|ten|eleven|twelve|[5-9]|1[0-2])(?: years old)?(?=\\s*[.!?]|\\s*$)', ['five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', '5', '6', '7', '8', '9', '10', '11', '12'], ['must', 'gotta']],
  ['(?:your|ur) (?:brain|brains|head) (?:must be|is|are) (?:about )?the size of an? (?:pea|peanut|walnut|raisin|grape)', ['pea', 'peanut', 'walnut', 'raisin', 'grape']],
  // (and "Your mother should have taught you some manners")
  // (and "… taught you to think before typing")
  ["(?:your|ur) (?:mother|mom|mum|parents) (?:should have (?:swallowed|aborted|taught (?:you|u) (?:some |any |better )?manners|taught (?:you|u) (?:to|how to) (?:think|read|write|behave|spell))|(?:never|didn['’]?t|did not|failed to) (?:teach|taught) (?:you|u) (?:any |some )?manners)", ['swallowed', 'aborted', 'manners', 'taught']],
  // (and "Grow up and stop …")
  ['(?<=^|[.!?…,]\\s*)grow up(?=\\s*[,.!]|\\s*$|\\s+and\\s+(?:stop|quit|get|learn|move)\\s)', ['grow']],
  // "Stop acting like a spoiled child" (not "Let's not act like children here")
  ['(?:stop|quit) (?:acting|behaving) like an? (?:spoiled |spoilt |petulant |little |whiny |whining )?(?:child|baby|toddler|brat|kid|teenager|schoolgirl|schoolboy)(?![a-z])', ['acting', 'behaving']],
  // "Your grammar is as bad as your brain"
  ['as (?:bad|poor|weak|small|tiny|empty|slow|dim|limited|shallow) as (?:your|ur) (?:brain|brains|mind|iq|intellect|brain cells?)(?=\\s*[.!?,;]|\\s*$)', ['brain', 'brains', 'mind', 'iq', 'intellect']],
  ['are (?:you|u) (?:even )?capable of (?:reading|thinking|understanding|basic|logic)', ['capable']],
  // Rude and crude, short of profanity
  ['(?<=^|[.!?…,;]\\s*|(?:just|now|so) )(?:f|eff) (?:off|you|u)(?![a-z])', ['f', 'eff']],
  ['go (?:and )?(?:f|eff|screw|frick) (?:yourself|urself|yoursel)(?![a-z])', ['f', 'eff', 'screw', 'frick'], ['yourself', 'urself', 'yoursel']],
  ['shut the (?:hell|heck|f|eff|frick|freak|flip) up(?![a-z])', ['shut']],
  ["(?:stick|shove|put) (?:it|that|this|them|(?:your|ur) [a-z]+(?: [a-z]+)?) where the sun (?:doesn['’]?t|does not|don['’]?t) shine", ['sun']],
  // (and "get your head out of Putin's backside")
  ["(?:get|pull|take) (?:your|ur|his|her) head out of (?:(?:your|ur|his|her) |[a-z]+['’]s )?(?:backside|behind|rear end|rear|butt|bum|arse|ass)(?![a-z])", ['head'], ['backside', 'behind', 'rear', 'butt', 'bum', 'arse', 'ass']],
  // The internet's dismissals
  ['(?<=^|[.!?…,;]\\s*)touch (?:some )?grass', ['grass']],
  // (and after an @name and a laugh: "@timur lol cope harder")
  ['(?<=^(?:@[a-z0-9_]+\\s+)*(?:(?:lol|lmao|haha|ok|okay)\\s+)?|[.!?…,;]\\s*)(?:cope|seethe|mald)(?: harder| more)?(?=\\s*[,.!]|\\s*$)', ['cope', 'seethe', 'mald']],
  ['(?<=^|[.!?…,;]\\s*)cry (?:more|harder)', ['cry']],
  ['ok(?:ay)? boomer', ['boomer']],
  // "dude ur iq must be room temperature", "ur brain is smooth as hell", "lol get rekt noob", "bro really thinks he's
  // smart 💀"
  ['(?:iq|i\\.q\\.)(?: score)? (?:must be|is|of|equals) (?:about |around |roughly |like )?(?:room temperature|single digits?|a single digit|lower than (?:a|my|your)|below (?:room|freezing|zero))', ['temperature', 'digits', 'digit', 'lower', 'below']],
  ['(?:(?:your|ur|his|her) brain (?:is|must be) (?:so |as |completely |perfectly )?smooth|smooth[- ]?brain(?:ed|s)?)(?![a-z])', ['smooth', 'smoothbrain', 'smoothbrained', 'brain', 'brained']],
  ['(?<=^|[.!?…,;]\\s*|lol\\s+|lmao\\s+)(?:get|got) rekt', ['rekt']],
  ["(?:really|actually|genuinely) thinks? (?:he|she|they|you|u)(?:['’]s|['’]re| is| are| r) (?:so )?(?:smart|clever|an expert|a genius|funny|deep)(?=\\s*(?:[.!?]|💀|😂|🤣|lol|lmao|$))", ['thinks', 'think'], ['smart', 'clever', 'expert', 'genius', 'funny', 'deep']],
  ['imagine (?:typing|writing|posting) (?:all (?:that|this)|(?:that|this) and (?:still|then))', ['imagine'], ['typing', 'writing', 'posting']],
  ['nobody (?:is reading|reads|wants to read) (?:your|ur)', ['nobody'], ['reading', 'reads', 'read']],
  ['(?<=^|[.!?…,;]\\s*)log off(?= and|\\s*[,.!]|\\s*$)', ['log']],
  ['not the (?:sharpest|brightest) (?:tool in the (?:shed|box)|knife in the drawer|bulb in the (?:box|pack)|crayon in the box)', ['sharpest', 'brightest']],
  // "you're not very bright", "he's not the brightest"
  ["(?:(?:you|u)\\s*['’]?\\s*(?:re|are)|youre|(?:he|she)\\s*(?:['’]s|is)|hes|shes)\\s+(?:really\\s+|just\\s+|clearly\\s+)?not\\s+(?:(?:very|too|so|that|exactly|overly|terribly|particularly|all that)\\s+(?:bright|smart|clever|sharp|intelligent)|the\\s+(?:brightest|sharpest|smartest))(?![a-z])", ['not'], ['bright', 'smart', 'clever', 'sharp', 'intelligent', 'brightest', 'sharpest', 'smartest']],
  ['(?:dumber|stupider|thicker|denser|dimmer) than (?:a|an) (?:box|bag|sack|bucket|pile|load) of (?:rocks|hammers|bricks|nails|spanners|hair)', ['dumber', 'stupider', 'thicker', 'denser', 'dimmer'], ['rocks', 'hammers', 'bricks', 'nails', 'spanners', 'hair']],
  ["lights are on but nobody(?:['’]?s| is) home", ['lights']],
  // (and a name for the one told, without the comma: "get a life loser")
  ['(?<=^|[.!?…,;]\\s*)get a (?:job|life)(?=\\s*[,.!]|\\s+and\\s|\\s+instead\\s+of\\s+(?:wasting|spending|trolling|posting|whining)|\\s*$|\\s+(?:(?:you|u|ya)\\s+)?(?:losers?|nerds?|virgins?|idiots?|morons?|clowns?)(?![a-z]))', ['get'], ['job', 'life']],
  // "go touch grass u virgin": said to someone, the word is the insult (not "the Virgin Mary", "virgin forests")
  ['(?<=(?:^|[.!?…,;]|\\s(?:grass|life|outside|off|up|lol|lmao))\\s*)(?:you|u|ya) (?:(?:absolute|fucking|sad|pathetic|lonely|basement|incel) )?(?:virgins?|neckbeards?)(?=\\s*[,.!?]|\\s*$)', ['virgin', 'virgins', 'neckbeard', 'neckbeards']],
  ['(?<=^|[.!?…,;]\\s*)who hurt (?:you|u)(?=\\s*\\?)', ['hurt']],
  // "…, the dumbest people in the country" (not "the dumbest idea in the country")
  // (and the most violent, on earth: "Muslims … still manage to be the most violent people on earth")
  ['the (?:dumbest|stupidest|most stupid|laziest|ugliest|most ignorant|most useless|rudest|most violent|most primitive|most backward|filthiest|dirtiest) (?:people|men|women|drivers|bunch|lot|crowd|nation) (?:in|on|of) (?:(?:the|this) (?:country|world|city|region|planet|earth)|earth)', ['dumbest', 'stupidest', 'stupid', 'laziest', 'ugliest', 'ignorant', 'useless', 'rudest', 'violent', 'primitive', 'backward', 'filthiest', 'dirtiest']],
  // "Pacifists are cowards hiding behind their mothers' skirts"
  ["hid(?:e|es|ing) behind (?:your|ur|his|her|their) (?:mothers?|mommy|mummy|mom|mum|mama)(?:['’]s?)? skirts?", ['skirt', 'skirts']],
  // "Your wife must be blind to have married you" (not "She must be brave to have married a soldier")
  ['(?:your|ur) (?:wife|husband|girlfriend|boyfriend|partner) (?:must|has to) (?:be|have been) (?:blind|deaf|desperate|crazy|mad|insane|drunk) to (?:have )?(?:marry|married|date|dated|be with|stay with|put up with) (?:you|u)(?![a-z])', ['blind', 'deaf', 'desperate', 'crazy', 'mad', 'insane', 'drunk']],
  // "Go back to your abacus, grandpa", "Get off the internet, boomer", "Stick to your knitting, grandma" (not "Happy
  // birthday, grandpa!", nor "Get off the bus at the square, grandma")
  ['(?:go back to|get off|log off|stay off|stick to) (?:your|ur|the) [a-z]+(?: [a-z]+)?,? (?:grandpa|grandad|granddad|gramps|old man|boomer|granny|grandma|old timer)(?=\\s*[.!?]|\\s*$)', ['back', 'off', 'stick'], ['grandpa', 'grandad', 'granddad', 'gramps', 'man', 'boomer', 'granny', 'grandma', 'timer']],
  // "Go back to your Marvel movies, kid, real cinema is for adults" (a child's pastime; not "Go back to your homework,
  // kid, and then you can play")
  ['go back to (?:your|ur) (?:[a-z]+ )?(?:movies|films|games|video games|cartoons|comics|toys|tiktok|xbox|playstation|fortnite|minecraft|anime|sandbox|crayons|colou?ring books?),? (?:kid|kiddo|child|sonny|boy|little boy|little girl|sweetie)(?=\\s*[,.!?]|\\s*$)', ['kid', 'kiddo', 'child', 'sonny', 'boy', 'girl', 'sweetie']],
  // "You people who pay to see this garbage are the reason cinema is dead"
  ["(?:you|u) people (?:who [^.!?]{1,50}? )?are (?:the reason|why) [^.!?]{0,30}?(?:is|are) (?:dead|dying|ruined|broken|a joke|garbage|trash)(?![a-z])", ['reason', 'why']],
  // "Writers from the provinces can barely spell their own names" (of anyone: the put-down's form)
  ["(?:can|could)(?: barely| hardly|n['’]?t even|not even|n['’]?t| not) (?:spell|write) (?:his|her|their|your|ur) own names?(?![a-z])", ['name', 'names'], ['spell', 'write']],
  // "Your brain is as polluted as the air in Almaty" (not "your lungs are as polluted as the air", a doctor's warning)
  ['(?:your|ur|his|her) (?:brain|mind|head|skull) (?:is|seems|must be) (?:as|so) (?:polluted|empty|foggy|hollow|dirty|rotten|small|tiny|dense|thick|slow) as(?![a-z])', ['brain', 'mind', 'head', 'skull'], ['polluted', 'empty', 'foggy', 'hollow', 'dirty', 'rotten', 'small', 'tiny', 'dense', 'thick', 'slow']],
  // "Your taste in books is as pathetic as your life"
  ['(?:as|so) (?:pathetic|sad|empty|miserable|boring|meaningless|worthless|useless|ugly|small|tiny) as (?:your|ur|his|her) (?:life|face|love life|career|existence|personality|brain)(?![a-z])', ['life', 'face', 'career', 'existence', 'personality', 'brain']],
  // "the author should quit journalism" (a writer told to stop being one; not "the minister should quit")
  ['(?:the (?:author|writer|reporter|journalist|columnist|editor)|(?:you|u|he|she)(?: really| honestly| seriously)?) (?:should|needs? to|ought to|must) (?:just )?(?:quit|give up|retire from|stop) (?:journalism|writing)(?=\\s*[.!,]|\\s*$| and )', ['journalism', 'writing']],
  ['(?:your|ur) (?:parents|mother|mom|mum|father|dad|family) (?:must|should) be (?:so |very )?(?:disappointed|ashamed|embarrassed)', ['must', 'should'], ['disappointed', 'ashamed', 'embarrassed']],
  ['(?<=^|[.!?…,;]\\s*)shut (?:your|ur) (?:mouth|trap|face|pie ?hole|gob)', ['mouth', 'trap', 'face', 'pie', 'piehole', 'hole', 'gob']],
  ['(?:you|u) (?:clearly |obviously |must |probably )?(?:have|has|got) (?:some )?(?:kind of |sort of )?(?:a )?(?:mental|psychological) (?:problem|issue|illness|disorder|condition)s?', ['mental', 'psychological']],
  // Mock praise
  ['(?:figure|figured|work|worked) (?:that|this|it) out (?:all )?by (?:yourself|urself)', ['yourself', 'urself']],
  // (not "the expert has arrived in Yerevan for the talks")
  ['the (?:expert|genius|professor|oracle|great one|master) has (?:spoken|arrived|entered the chat)(?=\\s*[.!,;]|\\s*$)', ['spoken', 'arrived', 'entered']],
  // Sarcasm's stock phrases: "Thanks for sharing, said no one ever", "Your reading is truly inspiring, said no teacher
  // ever" (a trade's "no one" only after "you": not "I hope he chokes in the final again, said no fan ever"), "the peak
  // of Mount Stupid" (not "He said no one ever asked him")
  ["said (?:(?:no ?one|nobody)(?: ever)?|(?<=(?<![a-z])(?:you|your|ur|u)(?![a-z])[^.!?]{0,80}?)no [a-z]+ ever)(?=\\s*[.!]|\\s*$)", ['said'], ['nobody', 'noone', 'one', 'ever']],
  ['(?:peak|top|summit) of mount stupid', ['stupid'], ['mount']],
  ['(?:did|does) (?:your|ur) (?:mom|mommy|mum|mummy|mother|dad|daddy) (?:help (?:you|u) (?:write|type)|write (?:this|that|it))', ['mom', 'mommy', 'mum', 'mummy', 'mother', 'dad', 'daddy'], ['help', 'write']],
  ["(?:it['’]?s|how|so) (?:cute|adorable|sweet|precious) (?:that|how) (?:you|u) (?:think|believe|imagine)", ['cute', 'adorable', 'sweet', 'precious']],
  ['(?:noted|filed) (?:and filed )?(?:in|under|to) (?:the )?(?:bin|trash|garbage|rubbish|wastebasket)', ['noted', 'filed']],
  // (and "the famous political scientist from the Facebook university")
  ['(?:from|of|at) (?:the )?(?:facebook|youtube|twitter|tiktok|google|telegram) (?:university|academy|school)', ['university', 'academy', 'school'], ['facebook', 'youtube', 'twitter', 'tiktok', 'google', 'telegram']],
  ['captain obvious', ['obvious'], ['captain']],
  ['(?:your|ur|his|her) (?:one|only|last|single|remaining|lone|two|both) brain cells?', ['cell', 'cells']],
  // "you're almost making sense", "you're almost at the point where you'd make sense"
  ["(?:you['’]?re|you are|u r) (?:almost|nearly|finally) (?:(?:at the point where|there|to the point where) (?:you['’]?d |you would |you )?(?:make|making)|making) sense", ['sense']],
  // (to someone: not "my daughter explained the map to me with crayons")
  // (and "I have neither the time nor the crayons to explain this to you")
  ['(?:explain|draw)[^.!?]{0,40}(?<![a-z])(?:you|u)(?![a-z])[^.!?]{0,40}crayons|(?:explain|draw)[^.!?]{0,40}crayons (?:for|to) (?:you|u)(?![a-z])|(?:the|enough|any) crayons to explain[^.!?]{0,40}(?<![a-z])(?:you|u)(?![a-z])', ['crayons']],
  ['(?:medal|prize|award|cookie) for (?:stating|pointing out|noticing) the obvious', ['obvious']],
  // "Nobel prize for you, clearly": an award handed out with a sneer (not "a Pulitzer for you, well deserved")
  ['(?:nobel|pulitzer)(?: prize)? for (?:you|u)(?: there)?,? (?:clearly|obviously|genius|einstein)(?![a-z])', ['nobel', 'pulitzer']],
  ['(?:our|the) resident (?:genius|expert|scholar|historian|einstein|professor|strategist|conspiracy theorist|crank)', ['resident']],
  ['(?:run|running|win|winning|fight|fighting|command|commanding) (?:[a-z]+ ){0,5}from (?:your|ur|his|her) (?:sofa|couch|armchair)', ['sofa', 'couch', 'armchair']],
  ['(?:masterpiece|monument|triumph|marvel|tour de force) of (?:ignorance|stupidity|idiocy|incompetence)', ['ignorance', 'stupidity', 'idiocy', 'incompetence']],
  ['(?:monument|testament|tribute) to (?:human )?(?:ignorance|stupidity|idiocy|incompetence)', ['ignorance', 'stupidity', 'idiocy', 'incompetence'], ['monument', 'testament', 'tribute']],
  ['(?:nobody|no one|anyone|anybody) with (?:a |one |half a )?(?:functioning|working|single|half a)? ?(?:brain|brain cell|mind)s? (?:would|could|can|will)(?![a-z])', ['brain', 'brains', 'cell', 'mind'], ['nobody', 'one', 'anyone', 'anybody']],
  // "you absolute walnut" (not "you absolute legend", praise in the same words; not "complete" or "total", verbs too)
  ['(?:you|u) (?:absolute|utter|massive|bloody) (?!(?:legend|star|hero|gem|champion|saint|angel|treasure|king|queen|beast|unit|madman|genius|lifesaver)(?![a-z]))[a-z]+(?=\\s*[.!?]|\\s*$)', ['absolute', 'utter', 'massive', 'bloody']],
  ["(?:stop|quit) (?:whining|crying|moaning|screaming|complaining|sulking) like an? (?:little )?(?:girl|baby|child|toddler|schoolgirl|bitch)|(?:you|u) (?:whine|cry|moan|scream|sulk) like an? (?:little )?(?:girl|baby|child|toddler|schoolgirl|bitch)", ['like'], ['girl', 'baby', 'child', 'toddler', 'schoolgirl', 'bitch']],
  // "the author should stick to writing restaurant reviews", "you really should stick to commenting on football" (not
  // "should stick to the facts", nor "he should stick to sports", said of an athlete, nor advice that names the
  // writer's strength: "should stick to covering Central Asia, where her reporting is excellent")
  [`(?:the (?:${WRITERS.join('|')})|you|u) (?:really |just |clearly |honestly |probably )?(?:should|ought to|need to|had better|better) (?:just |really )?stick to (?!(?:the )?(?:facts|topic|subject|point|evidence|record|text|treaty)(?![a-z]))(?:writing |reporting on |covering |commenting on |talking about |writing about )?[a-z]+(?![^.!?;]*, where (?:her|his|their) (?:reporting|expertise|work|knowledge|coverage|strengths?|sources) )`, ['stick']],
  ['(?:your|ur) (?:two|three|four|five|handful of|dozen|few) followers', ['followers']],
  ["(?:you|u)(?: must be| are| r|['’]re) (?:a blast|so much fun|a delight|a riot|fun|a hit|a joy) at (?:dinner |cocktail )?parties", ['parties']],
  // Sarcasm at the other commenter's mind
  ['(?:practi[cs]e|practi[cs]ing) being (?:this |so )?(?:wrong|stupid|dumb|dense|clueless|ignorant|pathetic|annoying|useless)', ['practice', 'practise', 'practicing', 'practising']],
  // "Are all the writers here this clueless, or just you?" (not "Is it this cold everywhere, or just here?")
  ["(?:this|so|that) (?:stupid|dumb|clueless|ignorant|dense|thick|pathetic|lazy|dishonest|incompetent|useless|arrogant|gullible|naive|dim|slow)\\s*,? or (?:is it )?(?:just|only) (?:you|u)(?![a-z])", ['just', 'only'], ['stupid', 'dumb', 'clueless', 'ignorant', 'dense', 'thick', 'pathetic', 'lazy', 'dishonest', 'incompetent', 'useless', 'arrogant', 'gullible', 'naive', 'dim', 'slow']],
  // "Why does this paper keep hiring hacks like you?": a word for a thing too, named of "you" (not "hacks like
  // these save time", "a puppet like you see in shops")
  ["(?:hacks|clowns|frauds|puppets|jokes|tools|fakes|parasites|leeches|snakes|rats|worms) like (?:you|u)(?=\\s*[.!?,;]|\\s*$|\\s+(?:who|always|never|keep|are|should|ruin|write|post)(?![a-z]))", ['like'], ['hacks', 'clowns', 'frauds', 'puppets', 'jokes', 'tools', 'fakes', 'parasites', 'leeches', 'snakes', 'rats', 'worms']],
  // (not "is diplomacy learned, or does it come naturally?")
  ['(?:wrong|stupid|dumb|dense|clueless|ignorant|bad at [a-z]+)[^.!?]{0,40}? or (?:does|did) (?:it|that) come naturally', ['naturally']],
  // (and "What is it like to be this dense?")
  ["(?:how does it feel|what(?: is|['’]s) it like) to be (?:this|so|that|always) (?:[a-z]+ )?(?:wrong|stupid|dumb|ignorant|clueless|dense|thick|pathetic)", ['feel', 'like'], ['wrong', 'stupid', 'dumb', 'ignorant', 'clueless', 'dense', 'thick', 'pathetic']],
  ['(?:makes?|making) (?:the rest of us|everyone else|all of us|us) look (?:like (?:geniuses|einsteins|a genius|rocket scientists|nobel (?:prize )?winners)|brilliant|smart|clever)', ['geniuses', 'einsteins', 'genius', 'rocket', 'nobel', 'brilliant', 'smart', 'clever']],
  ['(?:your|ur) (?:degree|diploma|phd|doctorate|education) (?:from|at) (?:a |the )?(?:youtube|facebook|twitter|tiktok|google|wikipedia|internet|comment section|university of (?:youtube|google|facebook|life))', ['degree', 'diploma', 'phd', 'doctorate', 'education'], ['youtube', 'facebook', 'twitter', 'tiktok', 'google', 'wikipedia', 'internet', 'comment']],
  ['self-appointed (?:genius|geniuses|einstein|expert|experts|professor|strategist|historian)', ['self']],
  // "Such deep thoughts. Did it hurt?" (not "did it hurt the economy?")
  ['(?:thought|thoughts|thinking|think|idea|came up with)[^.!?]{0,60}[.!?…]\\s*did (?:it|that) hurt(?=\\s*[?!.]|\\s*$)', ['hurt']],
  // "I love how you think shouting makes you right. Adorable, really."
  ['how (?:you|u) (?:think|believe|imagine|seem to think)[^.!?]{0,100}[.!?…]\\s*(?:how )?(?:adorable|cute|precious|sweet)(?=\\s*[,.!]|\\s+really|\\s*$)', ['adorable', 'cute', 'precious', 'sweet']],
  // "Next time try reading the article first."
  ['(?:try|maybe try|you could try) reading (?:the|this) (?:article|piece|story|column|post) (?:first|before (?:commenting|posting|you comment|you post))', ['first', 'before'], ['reading']],
  // Stock put-downs of comment sections
  ['(?:think of|thought of|come up with|came up with|figure|figured) (?:that|this|it) (?:out )?(?:all )?(?:on (?:your|ur) own|by (?:yourself|urself))', ['own', 'yourself', 'urself']],
  ["i['’]?d agree with (?:you|u),? but then (?:we['’]?d|we would) both be wrong", ['wrong'], ['agree']],
  ['(?:somewhere|some|another) (?:a )?village (?:is )?missing (?:its|their|an?) idiot', ['village'], ['missing']],
  // "You take stupid to a whole new level" (not "the new chef takes street food to a whole new level")
  ['(?:take|takes|taking|took|taken) (?:stupid|stupidity|dumb|ignorance|idiocy|crazy|delusion) to (?:a )?(?:whole )?new (?:[a-z]+ )?(?:level|low)s?', ['stupid', 'stupidity', 'dumb', 'ignorance', 'idiocy', 'crazy', 'delusion'], ['level', 'levels', 'low', 'lows']],
  ['if ignorance is bliss,? (?:you|u)', ['ignorance'], ['bliss']],
  ["(?:i )?(?:don['’]?t|do not|can['’]?t) speak (?:fluent )?(?:nonsense|idiot|moron|stupid|gibberish|troll)(?![a-z])", ['speak'], ['nonsense', 'idiot', 'moron', 'stupid', 'gibberish', 'troll']],
  ['(?:was|is) that supposed to be an? (?:argument|point|comeback|insult|rebuttal)\\?\\s*(?:cute|adorable|how cute|precious)(?![a-z])', ['supposed'], ['cute', 'adorable', 'precious']],
  ['the article is the (?:part|bit|text|words) (?:under|below|after) (?:it|the headline|the title)', ['article'], ['under', 'below', 'after']],
  // (not "she must be proud of this analysis, it won a prize")
  ['(?:(?:you|u)|(?:your|ur) (?:mom|mother|mum|mommy|mummy|parents|family|dad|father)) must be (?:so |very |really )?proud of (?:(?:that|this|your) (?:[a-z]+ )?(?:comments?|posts?|reply|replies|takes?|contributions?|insights?|wisdom|analysis|opinions?|arguments?|logic|theories|theory)|the things (?:you|u) (?:write|say|post)|what (?:you|u) (?:write|say|post|wrote|said|posted))(?![a-z])', ['proud']],
  // (and "you get all your news from TikTok": not "from this paper")
  ['(?:learned|learnt|got|get|gets) (?:everything|it all|all (?:of )?(?:that|this|it)|all (?:you|u) know|(?:all )?(?:your|ur|his|her) (?:news|information|info|facts|history|opinions|knowledge)) from (?:a meme|memes|youtube|tiktok|facebook|twitter|telegram|instagram|reddit|rt|russia today|the kremlin|a cereal box|fortune cookies)(?![a-z])', ['learned', 'learnt', 'got', 'get', 'gets'], ['meme', 'memes', 'youtube', 'tiktok', 'facebook', 'twitter', 'telegram', 'instagram', 'reddit', 'rt', 'russia', 'kremlin', 'cereal', 'fortune']],
  ['let me guess,? (?:you|u) (?:also |probably |still )?(?:think|believe)', ['guess']],
  ['bless (?:you|u|your heart) for trying', ['trying'], ['bless']],
  ["(?:thinking|reading|logic|facts|spelling|reasoning|comprehension|research|basic maths?|math|critical thinking)(?: clearly)? (?:just |clearly |obviously |really )?(?:isn['’]?t|is not|aren['’]?t|are not|was never|were never|has never been|have never been) (?:your|ur) (?:strong suit|thing|forte|strength|strong point)", ['suit', 'thing', 'forte', 'strength', 'point']],
  ['(?:your|ur) (?:logic|argument|reasoning|theory) (?:is|was) (?:flawless|perfect|airtight|impeccable|brilliant)[^.!?]{0,20}if (?:you )?ignore', ['ignore'], ['flawless', 'perfect', 'airtight', 'impeccable', 'brilliant']],
  ['(?:the only thing|all) (?:you|u) (?:have|got) (?:in abundance|plenty of|going for (?:you|u))', ['abundance', 'plenty', 'going']],
  ["i['’]?m sure it took (?:you|u) (?:all (?:week|day|night|morning)|hours|days|a week|ages) to (?:come up with|think of|write)", ['took'], ['week', 'day', 'night', 'morning', 'hours', 'days', 'ages']],
  // "Congratulations, you managed to be wrong about every single point."
  ["(?:you|u)(?:['’]ve| have)? (?:managed|manage) to (?:be|get) (?:it )?wrong (?:about|on) (?:every|each|all|everything)", ['wrong'], ['managed', 'manage']],
  // "the world lost a great strategist when you chose to argue in comment sections"
  ['the world lost an? (?:great|brilliant|true|real) [a-z]+ when (?:you|u)(?![a-z])', ['world'], ['lost']],
  // "Your comments are a great argument for reading comprehension classes."
  ['(?:your|ur) (?:comments?|posts?|opinions?|takes?|replies|reply|writing|arguments?) (?:is|are) (?:a|an) (?:great|good|excellent|strong|perfect|compelling|living|powerful) (?:argument|advertisement|case|ad) for (?:reading comprehension|remedial|better schools|education|literacy|compulsory schooling|mandatory (?:schooling|education)|birth control|[a-z]+ (?:classes|lessons))', ['argument', 'advertisement', 'case', 'ad'], ['comprehension', 'remedial', 'schools', 'education', 'literacy', 'schooling', 'control', 'classes', 'lessons']],
  ['(?:even|ever|never) (?:form|write|manage|string together|put together) an? coherent (?:sentence|thought)', ['coherent']],
  ['all (?:one|two|three) (?:of (?:your|his|her) )?brain cells?', ['all'], ['cell', 'cells']],
  // (not "the village idiot in the old fable", a figure of speech)
  // (and hailed, or let near something: "You village idiot", "Who let the village idiot near a keyboard?")
  ["(?:(?:from|says|you['’]?re|you are|(?:he|she)['’]?s|(?:he|she) is|let) (?:the|this|that) |our |(?<![a-z])(?:you|u|ya) )village idiot", ['village']],
  // Comment-section jokes at a reader's mind
  ['do (?:you|u) even (?:know how to )?(?:read|think)(?![a-z])', ['read', 'think'], ['even']],
  ['(?:dropped|drop) (?:you|him|her) (?:as a (?:baby|child|kid)|when (?:you|he|she) (?:was|were) (?:a )?(?:baby|little|young))', ['baby', 'child', 'kid', 'little', 'young'], ['dropped', 'drop']],
  ['(?:smarter|brighter|cleverer|wiser|more intelligent) (?:[a-z]+ ){1,2}than (?:you|u)(?=\\s*[.!?,;]|\\s*$)', ['smarter', 'brighter', 'cleverer', 'wiser', 'intelligent']],
  // (not "shampoo bottles have instructions for a reason, the regulator says")
  ['(?:reason|why) (?:the |that |all )?(?:shampoo|conditioner|bottles?|ladders?|microwaves?|coffee cups?)(?: [a-z]+){0,2} (?:have|has|come with|carry) (?:instructions|warning labels?|warnings)', ['reason', 'why'], ['instructions', 'warning', 'warnings']],
  ['evolution (?:can |does |has )?(?:go|goes|went|gone|run|runs|work|works) (?:in )?(?:reverse|backwards?)', ['evolution'], ['reverse', 'backward', 'backwards']],
  ['(?:average )?iq (?:of [a-z ]{1,20}|here |in (?:here|this [a-z]+) )?(?:drops|dropped|falls|fell|goes down|went down|plummets|plummeted)', ['iq']],
  // "Your IQ must be lower than the temperature in Astana", "Did you get your degree from a cereal box?", "The author's
  // brain has clearly been fried by too much 5G" (not "his brain was damaged in the crash": a doctor's word)
  ["(?:your|ur|his|her|the (?:author|writer|reporter|journalist|editor)['’]s) iq (?:must be|is|['’]s|has to be) (?:even |probably |clearly )?(?:lower|smaller) than", ['iq'], ['lower', 'smaller']],
  ['(?:did|do) (?:you|u) (?:get|buy|find) (?:it|that|that degree|that diploma|(?:your|ur) (?:degree|diploma|phd|doctorate|licen[cs]e|certificate)) (?:from|in|out of) an? (?:cereal|crackerjack|cracker jack) box|(?:degree|diploma|phd|doctorate|licen[cs]e|certificate) (?:from|out of) an? (?:cereal|crackerjack|cracker jack) box', ['cereal', 'crackerjack', 'cracker']],
  ["(?:your|ur|his|her|the (?:author|writer|reporter|journalist|editor|minister)['’]s) brains? (?:has|have|is|was|must have|must be) (?:clearly |obviously |totally |completely |been )*(?:fried|rotted|rotten|melted|addled|pickled|turned to mush|mush)(?![a-z])", ['brain', 'brains'], ['fried', 'rotted', 'rotten', 'melted', 'addled', 'pickled', 'mush']],
  ['(?:back to|from|in|at) (?:your|ur) (?:troll|bot) (?:farm|factory)', ['farm', 'factory']],
  ['how much (?:is|are|does|do|did) [a-z ]{1,30}? pay(?:ing)? (?:you|u)(?![a-z])', ['much'], ['pay', 'paying']],
  ["(?:wouldn['’]?t|would not) know [a-z ]{1,30}? if it (?:slapped|hit|bit|kicked|smacked|punched) (?:you|u|him|her)", ['know'], ['slapped', 'hit', 'bit', 'kicked', 'smacked', 'punched']],
  ['take (?:away )?(?:your|ur|his|her) keyboard(?: away)?|(?:your|ur) (?:keyboard|internet) privileges', ['keyboard', 'privileges']],
  // (not to one's own children: "Kids, be quiet, the adults are talking"; nor news of a talk: "the adults are talking
  // about the budget while the kids play")
  ['(?<!(?<![a-z])(?:kids|children)[^.!?]{0,30})(?:the )?(?:adults|grown[- ]?ups) (?:are|were) (?:talking|speaking|editing|discussing)(?=\\s*[.!,;]|\\s*$|\\s+(?:here|now)(?![a-z]))', ['talking', 'speaking', 'editing', 'discussing'], ['adults', 'grownups', 'grown']],
  ['(?<=[,;]\\s*)(?:sweetie|sweetheart|sweety|honey|hun|darling|sunshine|buttercup|princess|kiddo|skippy)(?=\\s*[,.!?])', ['sweetie', 'sweetheart', 'sweety', 'honey', 'hun', 'darling', 'sunshine', 'buttercup', 'princess', 'kiddo', 'skippy']],
  // A body named to shame it: "Shut up and eat your burger, fatty" (not a dish's list: "greasy, fatty.")
  ['(?<=[,;]\\s*)(?<!(?:greasy|salty|chewy|oily|sweet|cold|dry|tough|lean|rich|heavy|bland|spicy|soggy|crispy|meaty|creamy|cheesy),\\s*)(?:fatty|fatties|tubby|porky|lardo|lardass|fatass)(?=\\s*[.!?]|\\s*$)', ['fatty', 'fatties', 'tubby', 'porky', 'lardo', 'lardass', 'fatass']],
  ['go back to (?:kindergarten|pre-?school|nursery|primary school|grade school|elementary school|first grade)', ['kindergarten', 'preschool', 'school', 'nursery', 'grade']],
  ['(?:lie|lies|lying) like (?:you|u|he|she|they) (?:breathe|breathes|breathing)', ['breathe', 'breathes', 'breathing']],
  // The author and the people quoted
  ['(?:never|not) (?:be )?(?:allowed|let) near an? (?:keyboard|computer|microphone|newsroom)', ['keyboard', 'computer', 'microphone', 'newsroom']],
  ['(?:and )?not (?:a )?(?:very|particularly|terribly|especially) (?:bright|smart|clever) one', ['one'], ['bright', 'smart', 'clever']],
  // One person who "couldn't find Armenia on a map" (not "a lot of Americans")
  [`(?:you|u|he|she|this [a-z]+|the (?:${WRITERS.join('|')})|(?:the|this|that|a) (?:guy|man|woman|person|dude|commenter|poster) who) (?:couldn['’]?t|could not|can['’]?t|cannot) find [a-z]+(?: [a-z]+)? on a map`, ['map']],
  ['(?:piece|article|column|op-?ed|story|rant|screed|propaganda|drivel|garbage|nonsense|trash|rubbish|tripe|claptrap|twaddle|work) (?:(?:(?:was |is |has been )?written )?by|from) (?:a|an|this|that|some|another|the usual) (?:[a-z-]+ ){0,2}(?:hack|shill|propagandist|stooge|clown|fraud|liar|troll|moron|idiot|fool|lackey|puppet|mouthpiece|(?:drunk|drunken|lazy|clueless|bored|failed) (?:intern|child|toddler|monkey|chimp|schoolboy|teenager|student))(?![a-z])', ['piece', 'work', 'article', 'column', 'op', 'oped', 'story', 'rant', 'screed', 'propaganda', 'drivel', 'garbage', 'nonsense', 'trash', 'rubbish', 'tripe', 'claptrap', 'twaddle'], ['hack', 'shill', 'propagandist', 'stooge', 'clown', 'fraud', 'liar', 'troll', 'moron', 'idiot', 'fool', 'lackey', 'puppet', 'mouthpiece', 'intern', 'child', 'toddler', 'monkey', 'chimp', 'schoolboy', 'teenager', 'student']],
  ['(?:school|journalism school|education|the education system) (?:clearly |obviously )?failed (?:this one|you|him|her)', ['school', 'education'], ['failed']],
  ['what passes for an? (?:journalist|reporter|writer|author|expert|editor|analyst|columnist)', ['passes']],
  ["(?:writes?|wrote|argues?|talks?|thinks?) like an? (?:\\d+|five|six|seven|eight|nine|ten|eleven|twelve|thirteen)[- ]year[- ]old|(?:writes?|wrote|argues?|thinks?) like an? (?:child|toddler|schoolboy|schoolgirl)", ['writes', 'write', 'wrote', 'argues', 'argue', 'talks', 'talk', 'thinks', 'think'], ['year', 'child', 'toddler', 'schoolboy', 'schoolgirl']],
  ['(?:hire|get|find) (?:someone|somebody|people) with (?:a brain|brains|half a brain|a clue)', ['hire', 'get', 'find'], ['brain', 'brains', 'clue']],
  ['(?:people like (?:you|u|him|her)|you|u|he|she) (?:have|has|got) no (?:shame|dignity|integrity|morals|conscience)(?![a-z])(?!\\s+in\\s)', ['shame', 'dignity', 'integrity', 'morals', 'conscience']],
  // "I've read cereal boxes with deeper analysis than your comments" (not "more sugar than you'd think")
  ['(?:cereal box(?:es)?|fortune cookies?|bathroom walls?|toilet walls?|shampoo bottles?|greeting cards?)(?: [a-z]+){0,2} (?:deeper|smarter|wiser|more (?:sense|depth|insight|intelligence|thought|wisdom|substance|logic)|better (?:analysis|arguments?|writing|logic|ideas))(?: [a-z]+){0,2} than (?:your|ur|you|u|this (?:author|writer|reporter|commenter)|the (?:author|writer|reporter))(?![a-z])(?!\\s*[\'’]d)', ['cereal', 'fortune', 'bathroom', 'toilet', 'shampoo', 'greeting'], ['than']],
  // "Oh look, the village expert has spoken again", "It must be exhausting being wrong about everything"
  ['village (?:expert|genius|scholar|philosopher|strategist|historian|oracle|professor|einstein|sage|guru)', ['village']],
  // (not "the analyst has spoken again on the radio": the words of mockery only)
  ['(?:expert|genius|oracle|einstein|sage|guru|mastermind) (?:has spoken|strikes) again', ['again'], ['expert', 'genius', 'oracle', 'einstein', 'sage', 'guru', 'mastermind']],
  [`must be (?:so |really )?(?:exhausting|tiring|hard|difficult) being (?:you|u|so (?:wrong|${INSULT})|wrong about everything|this (?:wrong|${INSULT}))(?![a-z])`, ['being'], ['exhausting', 'tiring', 'hard', 'difficult']],
  ["(?:you|u)(?:['’]ve| have)? managed to (?:say|write|post|contribute) (?:absolutely |precisely |literally |exactly )?nothing", ['nothing'], ['managed']],
  ["(?:you|u)\\s*(?:['’]re| are| r) not (?:even )?worth (?:the effort of )?(?:a reply|a response|replying to|answering|responding to|the effort|my time|the time|arguing with|talking to)", ['worth']],
  // The put-downs of long replies: beneath one, lips moving, a puddle's depth, things one knows nothing about
  // (each phrase's last set is the one its windows are cut around, 80 characters before a word and 40 after: the
  // word nearest the phrase's end)
  ['(?:arguing|debating|engaging|replying|responding|talking) (?:(?:with|to) )?(?:you|u|someone|somebody|people|anyone)(?: [^.!?]{0,60}?)? (?:is|are) beneath (?:me|us|my dignity)', ['arguing', 'debating', 'engaging', 'replying', 'responding', 'talking'], ['beneath']],
  ['(?:gets?|got|getting) (?:his|her|your|ur) (?:[a-z]+ )?(?:news|geopolitics|history|information|facts|knowledge|education|opinions?|ideas) from (?:cartoons|memes|comic books|cereal boxes|fortune cookies)', ['cartoons', 'memes', 'comic', 'cereal', 'fortune']],
  ['(?:read|reading)(?: [a-z]+){0,5} without moving (?:your|ur|his|her) lips', ['lips'], ['moving']],
  ["(?:you|u) (?:can['’]?t|cannot|can|could|couldn['’]?t|don['’]?t|never) (?:even )?read anything longer than an? (?:tweet|headline|sentence|meme|paragraph)", ['longer'], ['read']],
  [`(?<!(?:${STORY_PEOPLE.join('|')})\\s+)(?:is|was|are) (?:just |nothing but )?(?:a|an) (?:sad|pathetic|bitter|miserable|pitiful),? little (?:man|woman|person|troll|creature)(?![a-z])`, ['little'], ['sad', 'pathetic', 'bitter', 'miserable', 'pitiful']],
  ["not that (?:you|u)(?:['’]d| would) (?:understand|grasp|comprehend)", ['that'], ['understand', 'grasp', 'comprehend']],
  // (not "a striker whose only skill is speed")
  ['whose only (?:skill|talent|ability|achievement|contribution|qualification) is (?:copying|repeating|parroting|insulting|trolling|whining|complaining|posting|spamming|lying|shouting|name-calling|regurgitating)', ['whose'], ['skill', 'talent', 'ability', 'achievement', 'contribution', 'qualification']],
  ['(?:stop|quit) (?:commenting|posting|pontificating|lecturing|opining)(?: [a-z]+){0,2} (?:on|about) (?:things|topics|subjects|stuff|matters|issues|something|what) (?:you|u) (?:know|understand) nothing', ['commenting', 'posting', 'pontificating', 'lecturing', 'opining'], ['nothing']],
  [`(?:you|u)\\s*(?:['’]re| are| r) (?:just |clearly |obviously )?(?:as|so) (?:slow|dim|${SLOW_WITTED.join('|')}) as(?! (?:me|i|us|we|my)(?![a-z]))`, ['as'], ['slow', 'dim', ...SLOW_WITTED]],
  // (not "the capacity of a teaspoon is five millilitres")
  ['(?:(?:intellectual|emotional) (?:depth|range|capacity) of|(?:has|have|had|with) the depth of|(?:has|have|had|with) the same depth as) an? (?:puddle|teaspoon|saucer|kiddie pool|paddling pool|petri dish)', ['puddle', 'teaspoon', 'saucer', 'pool', 'petri'], ['depth', 'range', 'capacity']],
  // "Every comment you post lowers the IQ of this page", "a failed blogger", "dropped on your head as a child"
  ['(?:lowers?|lowered|lowering|drags? down|dragged down) the (?:average |collective |combined )?iq', ['iq']],
  // (not "a failed writer myself")
  ['(?:failed|washed[- ]up|two[- ]bit|third[- ]rate|second[- ]rate|has[- ]been) (?:blogger|journalist|reporter|writer|author|editor|columnist|analyst|commentator|pundit|hack)s?(?![a-z])(?!,? (?:myself|like me)(?![a-z]))', ['blogger', 'bloggers', 'journalist', 'journalists', 'reporter', 'reporters', 'writer', 'writers', 'author', 'authors', 'editor', 'editors', 'columnist', 'columnists', 'analyst', 'analysts', 'commentator', 'commentators', 'pundit', 'pundits', 'hack', 'hacks'], ['failed', 'washed', 'two', 'third', 'second', 'has']],
  ["(?:head|nose) (?:is |['’]s )?(?:so |that )?(?:far |deep |firmly )?(?:up|in) (?:your |ur |his |her |their |the )?(?:[a-z]+['’]s )?(?:ass|arse|backside|behind|butt|rear end)(?![a-z])", ['ass', 'arse', 'backside', 'behind', 'butt', 'rear'], ['head', 'nose']],
  ['(?:been|was|were|got) dropped on (?:your|ur) head', ['dropped'], ['head']],
  ['(?:hires?|hired|hiring|publish(?:es)?|published|lets?) anyone with a pulse', ['pulse']],
  // (a phrase, not a lexicon word: its parts, "know" and "all", are too common to wait for)
  // (and an adjective or two after the article: "That commentator is an insufferable know-it-all")
  ["(?:(?:you|u|ya)(?: [a-z]+,?){0,2}|(?:a|an|such a|total|complete|utter|resident)(?: [a-z]+,?){0,2}) know-it-alls?(?![a-z])", ['know'], ['all', 'alls']],
  ['ashamed (?:to call|of calling) (?:yourself|urself|himself|herself) an?(?= [a-z])', ['ashamed']],
  ['(?:read|seen|heard) (?:better|smarter|more intelligent) (?:[a-z]+ )?(?:on|in) (?:the back of )?(?:a )?(?:cereal box(?:es)?|bathroom walls?|toilet walls?|fortune cookies?|school newsletters?|school papers?|comic books?)', ['cereal', 'bathroom', 'toilet', 'fortune', 'newsletter', 'newsletters', 'papers', 'paper', 'comic']],
  // Worthlessness wished on a person
  ['better off without (?:you|u)(?![a-z])', ['without']],
  ['(?:nobody|no one) would (?:care|notice|miss (?:you|u)) if (?:you|u) (?:disappeared|died|vanished|were gone|left)', ['nobody', 'one'], ['disappeared', 'died', 'vanished', 'gone', 'left']],
  // Sexual put-downs of a woman or man in public life
  ['(?:got|get|gets|earned) (?:the|her|his|that|this) (?:job|post|position|promotion|seat) (?:because|by|after|since) (?:she|he) (?:slept|sleeping|was sleeping) with', ['slept', 'sleeping']],
  ['(?:slept|sleeping) (?:her|his) way to the top', ['slept', 'sleeping']],
  // "A woman minister? She must have slept with someone important" (not "she must have slept with the light on")
  ["(?:she|he) (?:must|must['’]ve|must have|probably|obviously|clearly)(?: have)? slept with (?:someone|somebody|the boss|(?:the|a|an|her|his) (?:[a-z]+ )?(?:boss|director|minister|editor|producer|president|owner|oligarch|sponsor)|half of)(?![a-z])", ['slept']],
  ['(?:nobody|no one|no man|no woman) (?:would|will|wants to|could) (?:ever )?(?:marry|date|sleep with|touch) (?:her|him|you|u)(?![a-z])', ['marry', 'date', 'sleep', 'touch'], ['nobody', 'one', 'man', 'woman']],
  ['needs? (?:a )?(?:good )?(?:shag|shagging|lay|seeing to)(?![a-z])', ['need', 'needs'], ['shag', 'shagging', 'lay', 'seeing']],
  // Contempt for what a person says and knows: "Spare us your pseudo-intellectual drivel", "stop pretending you
  // understand Central Asia"
  ['spare (?:us|me) (?:your|ur) (?:[a-z-]+ )?(?:drivel|nonsense|garbage|rubbish|lectures?|sermons?|propaganda|whining|crap|bs|stupidity|ignorance|pontificating|wisdom|theories|hot takes?)(?![a-z])', ['spare']],
  ['(?:stop|quit) pretending (?:that )?(?:you|u) (?:understand|know|care|get it|are an? (?:expert|historian|analyst))', ['pretending']],
  ["(?:you|u)\\s*(?:['’]re| are| r) (?:just |only |really |seriously )?embarrassing (?:yourself|urself)", ['embarrassing']],
  // "Your mental gymnastics would win gold if stupidity were an Olympic sport"
  ['(?:gold|a medal|first place|the championship)s? if (?:stupidity|ignorance|idiocy|being (?:stupid|dumb|wrong)) (?:were|was) an? (?:olympic )?(?:sport|event|discipline)', ['stupidity', 'ignorance', 'idiocy', 'stupid', 'dumb', 'wrong'], ['gold', 'medal', 'place', 'championship']],
  // "Every word you type makes the internet a little dumber" (not "social media makes us all dumber")
  ["(?:(?:you|u)|(?:your|ur) [a-z]+(?: [a-z]+)?|(?:every|each) (?:word|comment|post|sentence|reply|time) (?:you|u) [a-z]+) (?:just |only |really )?(?:makes?|made|making) (?:the internet|this (?:thread|page|site|section|comment section|discussion)|the (?:thread|comment section|discussion|page|site)|(?:us|everyone|everybody)(?: all)?|me|humanity|the world) (?:a (?:little|bit|lot) |slightly |even |collectively )?(?:dumber|stupider|more stupid)", ['dumber', 'stupider', 'stupid']],
  // "You wouldn't recognise a fact if it slapped you in the face"
  ["(?:know|recogni[sz]e|spot|see|find|understand) an? (?:[a-z]+ )?(?:fact|argument|joke|source|book|clue|thought|idea|point|sentence|irony) if it (?:hit|slapped|bit|smacked|kicked|punched) (?:you|u|him|her|them)", ['hit', 'slapped', 'bit', 'smacked', 'kicked', 'punched']],
  // "Is there a single functioning neuron in that head of yours?"
  ['(?:single|one|a) (?:functioning |working |living |lonely )?(?:neuron|brain cell) (?:left )?(?:in|inside) (?:that|your|ur|his|her) (?:head|skull|brain)', ['neuron', 'cell']],
  // "Wow, another genius who thinks …", "Read a book.", "as empty as your head", "what's worse, your grammar or your
  // logic", "born stupid, you clearly worked at it", "try thinking before typing", "what rock have you been living
  // under", "I've met smarter fence posts", "clearly on something", "you people will believe anything"
  ['another (?:genius|einstein|rocket scientist|mastermind|sherlock) who (?:thinks|believes|knows|imagines)', ['another'], ['genius', 'einstein', 'scientist', 'mastermind', 'sherlock']],
  // One-off irony: "I can see you put a lot of thought into that. Almost none.", "a whole paragraph and not a single
  // fact", "you might sprain something thinking that hard", "another expert who read one Wikipedia article", "you're
  // proof that anyone can get an internet connection", "do they pay you per stupid comment?", "Somewhere, a geography
  // teacher is crying", "have you considered a career in fiction?"
  // (and "Clearly you've given this a lot of thought. About five seconds, I'd guess.")
  ["(?:(?:you|u) (?:clearly |obviously |really )?(?:put|putting) (?:a lot of|so much|real|serious|some|great) (?:thought|effort|research|work) into (?:that|this|it)|(?:you|u)(?:['’]ve| have) (?:clearly |obviously |really )?given (?:this|that|it) (?:a lot of|so much|serious|some) thought)[.!,]?\\s*(?:almost|about|exactly|roughly|approximately) (?:none|zero|nothing|(?:five|two|three|ten|\\d+) seconds)", ['none', 'zero', 'nothing', 'seconds']],
  // Sarcasm with a tell: eager to hear the next theory, the world explained by "professor", bravery from a sofa, the
  // expert on everything, a bow with "Not.", a gift nobody asked for, a clown at the circus, one way to announce
  // one hasn't read, the most confidently wrong comment, a nail into one's own foot, a lesson for the kids
  ['(?:all |just )?dying to hear (?:your|ur) (?:next|latest) (?:conspiracy theory|theory|take|hot take|brilliant idea|genius idea|lecture|rant)(?![a-z])', ['dying']],
  ['tell (?:me|us) more about how (?:the world|geopolitics|things|life|politics|diplomacy|nato|the cst[oa]) works?,? (?:professor|genius|einstein|expert|sherlock|champ|mate|kid)(?![a-z])', ['works', 'work']],
  ["how brave of (?:you|u) to [^.!?]{0,40}?(?:from (?:your|ur) (?:mum|mom|mother|parents)(?:['’]s)? (?:sofa|couch|basement|house)|behind (?:a|your|ur) (?:keyboard|screen|username)|anonymously)", ['brave']],
  ['(?:the|our) (?:famous |resident |self-proclaimed |self-appointed )?expert on everything(?=\\s*[,.!?]|\\s*$)', ['everything']],
  ['(?:bow|defer|kneel) (?:down )?(?:to|before) (?:your|ur) (?:superior|vast|immense|towering|infinite|great) (?:intellect|wisdom|knowledge|intelligence|genius|expertise)[.!,]*\\s*(?:not|lol|/s|yeah right|sure)(?=\\s*[.!]|\\s*$)', ['superior', 'vast', 'immense', 'towering', 'infinite', 'great']],
  ['(?:your|ur) (?:comments?|posts?|opinions?|takes?|contributions?|presence|wisdom)[^.!?]{0,20}[.!]?\\s*(?:a|the) gift (?:that )?nobody asked for', ['gift']],
  ["if i wanted (?:to hear from|to listen to|to talk to|an opinion from|advice from) an? (?:clown|idiot|moron|child|toddler|parrot|monkey)[^.!?]{0,30}?(?:i['’]?d|i would) (?:go to|visit|watch|turn on|head to|buy a ticket to) (?:the|a) (?:circus|zoo|kindergarten|nursery|kremlin)", ['wanted']],
  ["(?:one way|a great way|a good way|a funny way) to (?:announce|tell us|admit|let us know|show(?: us)?|confess) (?:that )?(?:you|u) (?:didn['’]?t|did not|haven['’]?t|have not|never|can['’]?t|cannot) (?:read|understand|open)", ['way']],
  ['(?:congrat(?:s|ulations)|award|prize|medal|trophy) (?:on|for) (?:the|your) (?:most (?:confidently wrong|ignorant|stupid|uninformed|clueless|idiotic)|dumbest|stupidest|worst) (?:comment|take|post|opinion|reply)', ['comment', 'take', 'post', 'opinion', 'reply']],
  ['into (?:your|ur) own foot', ['foot']],
  ['show (?:my|our) (?:kids|children|son|daughter|grandkids|grandchildren) what not to (?:become|be)(?![a-z])', ['show']],
  ['(?:a whole|an entire|all that|such a long) (?:paragraph|comment|essay|post|rant|page|wall of text|reply) (?:and|but) (?:not a single|not one|no|zero) (?:fact|source|argument|point|idea|thought)', ['paragraph', 'comment', 'essay', 'post', 'rant', 'page', 'text', 'reply'], ['fact', 'source', 'argument', 'point', 'idea', 'thought']],
  ['(?:sprain|hurt|strain|pull|injure) (?:something|a muscle|yourself|urself|your brain|ur brain)(?: [a-z]+)? (?:thinking|trying to think)', ['sprain', 'hurt', 'strain', 'pull', 'injure'], ['thinking', 'think']],
  ['(?:expert|genius|scholar|historian|strategist|analyst|specialist|professor|einstein)s? who (?:has |have |just )?(?:read|skimmed|watched) (?:one|a single|half a|half of one|a) (?:wikipedia|youtube|tiktok|tweet|headline|meme)', ['wikipedia', 'youtube', 'tiktok', 'tweet', 'headline', 'meme']],
  ["(?:you|u)(?:['’]re| are| r) (?:the )?(?:living |walking )?proof that (?:anyone|anybody|any idiot|evolution|natural selection|the internet|stupidity|the education system|schools?)", ['proof']],
  ['(?:pay|paying|paid) (?:you|u) (?:per|by the|for each|for every) (?:stupid |dumb |idiotic |lame )?(?:comment|post|word|lie|troll)', ['per', 'each', 'every', 'by'], ['comment', 'post', 'word', 'lie', 'troll']],
  ['(?:teacher|professor|tutor|teachers|professors)s? (?:is|are) (?:crying|weeping|sobbing|facepalming|rolling in (?:his|her|their) graves?)(?: [a-z]+){0,3} (?:because of|thanks to|over|at|reading) (?:you|u|your|ur)(?![a-z])|somewhere,? an? (?:[a-z]+ )?(?:teacher|professor|tutor) is (?:crying|weeping|sobbing|facepalming)', ['crying', 'weeping', 'sobbing', 'facepalming', 'rolling']],
  ["(?:have you (?:ever )?considered|you should (?:consider|try)|maybe (?:try|consider)|ever thought (?:of|about)) a career in (?:fiction|comedy|fantasy|creative writing|stand-?up|the circus|clowning|propaganda|fairy tales)", ['career']],
  ['(?<=^|[.!?…]\\s*)(?:go |just |maybe |try to )?read a book(?=\\s*[.!]|\\s*$)', ['book']],
  ['as (?:empty|hollow|shallow|small|thick|dense|dim|smooth|weak|thin|flabby|soft) as (?:your|ur|his|her) (?:head|brain|skull|mind|chin|face|hairline|jawline|personality|love life)', ['head', 'brain', 'skull', 'mind', 'chin', 'face', 'hairline', 'jawline', 'personality', 'life']],
  ["(?:what['’]?s|which is) worse,? (?:your|ur) [a-z]+ or (?:your|ur) [a-z]+", ['worse']],
  ['born (?:stupid|dumb|ugly|an idiot|a fool)[^.!?]{0,20}?(?:you|u) (?:clearly |obviously |must have |just )?(?:worked|practi[cs]ed|trained) (?:at|for|hard at) it', ['born'], ['worked', 'practiced', 'practised', 'trained']],
  ['(?:try (?:thinking|reading|using (?:your|ur) (?:brain|head))|do (?:some|a little|a bit of) (?:thinking|reading|research)) before (?:typing|posting|writing|commenting|you (?:type|post|write|comment))', ['before'], ['thinking', 'reading', 'using', 'research']],
  ['(?:what|which) rock (?:have|has) (?:you|u|he|she) been (?:living|hiding|sleeping) under', ['rock']],
  ['(?:met|seen|known) (?:smarter|brighter|more intelligent|wiser) (?:fence ?posts?|rocks|bricks|potatoes|houseplants|doorknobs|trees|goldfish|lamp ?posts?|pot plants|turnips)', ['smarter', 'brighter', 'intelligent', 'wiser']],
  ["(?:is|was|must be|are|(?:you|u)\\s*['’]?\\s*re|he['’]s|she['’]s) (?:clearly |obviously |definitely |surely )?(?:on|high on) (?:something|drugs|crack)(?=\\s*[.!?,]|\\s*$)", ['something', 'drugs', 'crack']],
  ['(?:you|u) (?:people|lot|guys|sheep) (?:will|would|just) believe anything', ['believe'], ['anything']],
  // "This is what happens when they let children write the news", "the stupidity in this comment section",
  // "a bunch of clowns running this website"
  ['(?:when|if) (?:they|you|u|editors|the editors) (?:let|allow) (?:children|kids|toddlers|monkeys|chimps|interns|schoolkids) (?:to )?(?:write|run|edit|report)', ['let', 'allow'], ['children', 'kids', 'toddlers', 'monkeys', 'chimps', 'interns', 'schoolkids']],
  ['the (?:stupidity|ignorance|idiocy) (?:in|of) (?:this|the) (?:comment section|comments|thread|forum)', ['stupidity', 'ignorance', 'idiocy']],
  ['bunch of (?:clowns|jokers|fools) (?:running|in charge of|who run|editing|moderating) (?:this|the|that|our)(?![a-z])', ['bunch']],
  // Talk pages: "Who made you the king of this page?", "because you can't argue", "nobody with a brain would …",
  // "congrats on being the most useless moderator", "learn some English before you lecture", "back under whatever
  // bridge you live under", "it's all you're good for", "paid to be this stupid", "your pathetic life", "never read
  // past the first line", "Shut up and let the grown-ups edit"
  ['who (?:made|appointed|elected|died and made) (?:you|u) (?:the )?(?:king|queen|boss|god|ruler|judge|arbiter|gatekeeper|owner|dictator|emperor|pope)', ['made', 'appointed', 'elected']],
  ["(?:because|since|as) (?:you|u) (?:can['’]?t|cannot|couldn['’]?t) (?:argue|debate)(?=\\s*[.!?,]|\\s*$)", ['argue', 'debate']],
  ['(?:nobody|no one|anyone|anybody) with (?:a|half a|any|a single) (?:functioning |working )?(?:brain|brain cell|clue|iq) (?:would|could|can|will|knows|sees|understands)(?![a-z])', ['brain', 'cell', 'clue', 'iq']],
  ['congrat(?:s|ulations) on being (?:the )?(?:worst|dumbest|stupidest|most (?:stupid|ignorant|clueless|annoying|dishonest|pathetic|useless|arrogant|incompetent))', ['being'], ['congrats', 'congratulations']],
  ['learn (?:some |basic |proper |to )?(?:english|russian|grammar|spelling|history|geography|manners|read|write|spell) before (?:you|u) (?:lecture|comment|post|write|talk|speak|edit|open|correct)', ['before'], ['learn']],
  ['(?:go|crawl|get|slither) back under (?:whatever|your|ur|that) (?:bridge|rock)', ['back'], ['bridge', 'rock']],
  ["(?:that|it)\\s*['’]?\\s*s all (?:you|u)\\s*['’]?\\s*re good for", ['good'], ['all']],
  // (and "Imagine being paid to post this drivel"; not "paid to write this kind of analysis")
  ['(?:paid|getting paid|being paid) to (?:post|write|spew|spout|churn out|type) (?:this|that|such) (?:drivel|garbage|trash|nonsense|rubbish|crap|propaganda|bilge|swill)(?![a-z])', ['drivel', 'garbage', 'trash', 'nonsense', 'rubbish', 'crap', 'propaganda', 'bilge', 'swill'], ['paid']],
  ['(?:paid|trained|born) to be (?:this|that|so) (?:stupid|dumb|ignorant|dense|obtuse|thick|annoying|clueless)', ['paid', 'trained', 'born']],
  // "You must be really lonely to spend all day here" (not "You must be really tired after the shift")
  ["(?:you|u) must be (?:really |so |very |pretty |terribly |incredibly )?(?:lonely|bored|miserable|desperate|friendless) to (?:spend|waste|sit|post|write|comment|edit|troll|argue|be)(?![a-z])", ['must'], ['lonely', 'bored', 'miserable', 'desperate', 'friendless']],
  // Long comments': "whoever hired this hack should be fired" (of a person, a hack is hired; not "hired this clown for
  // the party"), "Pathetic journalism from a pathetic little man"
  ["(?:hired|hires|hiring|employs|employed|pays|paid|fire|fires|fired|sack|sacked|promoted|keeps? publishing) (?:this|that) (?:hack|fraud|fool|puppet|tool|joke|disgrace|failure|embarrassment|creep|snake|rat|mouthpiece|npc)(?![a-z])", ['hired', 'hires', 'hiring', 'employs', 'employed', 'pays', 'paid', 'fire', 'fires', 'fired', 'sack', 'sacked', 'promoted', 'publishing'], ['hack', 'fraud', 'fool', 'puppet', 'tool', 'joke', 'disgrace', 'failure', 'embarrassment', 'creep', 'snake', 'rat', 'mouthpiece', 'npc']],
  ["(?:from|by) an? (?:pathetic|sad|bitter|miserable|spiteful|jealous|nasty) little (?:man|woman|person|boy|girl|troll)(?![a-z])", ['little'], ['man', 'woman', 'person', 'boy', 'girl', 'troll']],
  // "The more this woman talks the more stupid she becomes": a person said to grow stupider with every word
  ["the more (?:he|she|you|u|they|(?:this|that|the) [a-z]+) (?:talks|talk|speaks|speak|writes|write|posts|post|tweets|tweet|opens? (?:his|her|their|your) mouth),? the (?:more )?(?:stupid|dumber|stupider|more stupid|more ignorant|crazier|more insane|more idiotic|dumb) (?:he|she|you|u|they) (?:becomes|become|sounds|sound|looks|look|gets|get|seems|seem)(?![a-z])", ['more'], ['stupid', 'dumber', 'stupider', 'ignorant', 'crazier', 'insane', 'idiotic', 'dumb']],
  // News sections': "What a sad, pathetic little life you must lead" (not "What a sad life that poor dog must have
  // had"), "You are everything wrong with this country" (not "You are right about what is wrong with the country"),
  // "Your comment is proof that stupidity is contagious" (not "You're living proof that hard work pays off"); "Go back
  // to your trailer" is among the orders to go back to one's den
  ["what an? (?:(?:sad|pathetic|miserable|empty|lonely|boring|tragic|worthless|small)(?:,\\s*|\\s+and\\s+|\\s+))+(?:little )?(?:life|existence) (?:you|u) (?:must )?(?:lead|live|have)(?![a-z])", ['what'], ['life', 'existence']],
  ["(?:you|u)\\s*(?:['’]re| are| r) (?:exactly |literally |just )?(?:everything|what['’]?s|what is) wrong with (?:this|the|our|today['’]?s) (?:country|world|society|city|site|internet|comment section|comments|generation|party|left|right|planet)(?![a-z])", ['wrong'], ['everything', 'what', 'whats']],
  ["(?:(?:your|ur|this|that) (?:comment|post|reply|response|existence|opinion)s? (?:is|are)|(?:you|u)\\s*(?:['’]re| are| r)) (?:the )?(?:living |walking |more )?proof (?:that|of) [^.!?]{0,40}?(?:stupidity|ignorance|idiocy|inbreeding|brain damage|lead poisoning)(?![a-z])", ['proof'], ['stupidity', 'ignorance', 'idiocy', 'inbreeding', 'damage', 'poisoning']],
  // (and "find something useful to do with your sad life"; not "your sad life story", "Your lonely life after the
  // move gets better")
  // (and a life called little, of anyone: "never paid a mortgage in her sheltered little life")
  ['(?:(?:your|ur) (?:pathetic|miserable|worthless|useless|tiny|meaningless)|(?:with|get on with|about|of) (?:your|ur) (?:sad|empty|lonely)|(?:your|ur|his|her) (?:sheltered|privileged|pampered|sad|boring) little) (?:little )?(?:life|existence)(?!\\s+(?:story|stories|tale|in|as|of)(?![a-z]))', ['life', 'existence'], ['pathetic', 'miserable', 'worthless', 'useless', 'tiny', 'meaningless', 'sad', 'empty', 'lonely', 'sheltered', 'privileged', 'pampered', 'boring']],
  // (one entry for the headline and the first line: "you clearly didn't read past the headline")
  ["(?:you|u|he|she|commenter|poster) (?:clearly |obviously |never |didn['’]?t |did not |don['’]?t |never even |couldn['’]?t |could not )+(?:read|get) (?:past|beyond) the (?:(?:first|opening) (?:line|sentence|paragraph|headline)|headline)", ['past', 'beyond']],
  ['(?<=^|[.!?…]\\s*)shut up and (?:let|go|listen|read|learn|sit)', ['shut']],
  // "Interns are free labour, they should shut up and be grateful" (told to people, or of them)
  ['(?:you|u|they|he|she) (?:should|need to|must|can) (?:just )?shut up and (?:be grateful|be thankful|obey|work|do (?:their|your|his|her) jobs?|know (?:their|your|his|her) place)(?![a-z])', ['shut']],
  // "Your boss should fire you, you clearly contribute nothing" (not "… contribute nothing to the pension fund")
  ['(?:you|u) (?:clearly |obviously |really |honestly |literally )?(?:contribute|add|bring|offer) (?:absolutely )?nothing(?: (?:of value|useful|worthwhile|to (?:this|the) (?:discussion|conversation|debate|thread|world|society|team|company)))?(?=\\s*[.!,]|\\s*$)', ['contribute', 'add', 'bring', 'offer'], ['nothing']],
  // Sarcasm's stock forms: "the smartest person in your village", "oh wise one", "Kremlin summer camp", "you've
  // discovered Wikipedia", "back to your homework", "your twelve followers are very impressed", "write a book. Then
  // burn it", "Oh honey, no.", "sweet summer child", "so confident and so wrong"
  ['(?:smartest|brightest|cleverest|wisest) (?:person|man|woman|guy|one|kid) in (?:your|ur) (?:village|family|class|house|trailer park|kindergarten)', ['smartest', 'brightest', 'cleverest', 'wisest']],
  ['oh (?:wise|enlightened|all-knowing) one', ['one'], ['wise', 'enlightened', 'knowing']],
  ['(?:learn|learned|learnt|taught|get|got) (?:that|this|it) (?:at|in|from) (?:the )?(?:kremlin|troll|propaganda) (?:summer )?(?:camp|school|academy|farm|factory)', ['camp', 'school', 'academy', 'farm', 'factory'], ['kremlin', 'troll', 'propaganda']],
  ["(?:you['’]?ve|you have|you) (?:just |finally )?discovered (?:wikipedia|google|the internet|youtube)", ['discovered']],
  // (colouring books and crayons have the "stick to your crayons" entry)
  ['(?:go|get) back to (?:your|ur) (?:homework|playground|sandbox|video games)(?=\\s*[.!]|\\s*$)', ['back'], ['homework', 'playground', 'sandbox', 'games']],
  ["(?:i\\s*['’]?\\s*m sure|i am sure|no doubt|surely) (?:all )?(?:your|ur) (?:[a-z]+ )?(?:followers|fans|subscribers) (?:are|must be) (?:very |so |really |truly )?(?:impressed|proud)", ['followers', 'fans', 'subscribers'], ['impressed', 'proud']],
  ['write a book[.!]\\s+(?:then|and then) burn it', ['burn']],
  ['(?<=^|[.!?…]\\s*)oh (?:honey|sweetie|sweetheart|darling|dear),? no(?=\\s*[.!]|\\s*$)', ['honey', 'sweetie', 'sweetheart', 'darling', 'dear']],
  ['sweet summer child', ['summer']],
  // The author, the editors and the paper: "Who let this amateur write about foreign policy?", "Worst journalist on
  // this site", "Does this writer have a brain?", "should be banned from journalism", "paid to
  // write this drivel", "a writer who can't be bothered to check facts"
  ['who (?:let|allowed|hired|lets|allows) (?:this|that|the) (?:amateur|clown|hack|idiot|moron|fool|child|kid|intern|propagandist|troll) (?:to )?(?:write|publish|edit|report|near)', ['let', 'allowed', 'hired', 'lets', 'allows'], ['amateur', 'clown', 'hack', 'idiot', 'moron', 'fool', 'child', 'kid', 'intern', 'propagandist', 'troll']],
  ['(?<=^|[.!?…]\\s*)(?:the )?(?:worst|dumbest|laziest|most incompetent) (?:journalist|reporter|writer|author|editor|columnist|commenter|moderator)s? (?:on|in|at|of) (?:this|the) (?:site|paper|planet|internet|world|website|newspaper|page)(?![a-z\'’])(?! (?:was|were|had|has been|retired|resigned|died)(?![a-z]))', ['worst', 'dumbest', 'laziest', 'incompetent']],
  ['(?:does|do|did) (?:this|that|the) (?:writer|author|reporter|journalist|editor|guy|man|woman|person|commenter|user|admin|moderator) (?:even )?(?:have|own|possess) (?:a|one|a single) (?:brain|clue|functioning brain|brain cell)', ['brain', 'clue', 'cell']],
  // A news section's put-downs: "these idiots", "the clowns in charge", "can't fix stupid" (not the fools of a play:
  // "These old fools in the Chekhov play are the best parts")
  ["(?<!of )(?:these|those) (?:[a-z-]+ )?(?:idiots|morons|imbeciles|cretins|fools|losers|dimwits|halfwits|nitwits|dumbasses|buffoons|retards|numpties|muppets)(?![a-z'’])(?! (?:in|of) (?:the|this|that|a) (?:[a-z-]+ )?(?:play|novel|film|movie|story|book|tale|opera|series|show|cartoon|fable)(?![a-z]))", ['these', 'those'], ['idiots', 'morons', 'imbeciles', 'cretins', 'fools', 'losers', 'dimwits', 'halfwits', 'nitwits', 'dumbasses', 'buffoons', 'retards', 'numpties', 'muppets']],
  ['(?:stupidity|idiocy|imbecility) of (?:(?:the|these|those|some|our) (?:people|men|women|voters|politicians|leaders|commenters|generals|ministers|officials|experts|idiots|fools|clowns)|you|people|anyone|those who)(?![a-z])', ['stupidity', 'idiocy', 'imbecility']],
  ['the (?:idiots|morons|imbeciles|clowns|fools|incompetents|buffoons|cretins) (?:in charge|running|who run|in power|at the top|in (?:the )?(?:government|kremlin|ministry|parliament|white house|office|duma))', ['idiots', 'morons', 'imbeciles', 'clowns', 'fools', 'incompetents', 'buffoons', 'cretins']],
  ["(?:can['’]?t|cannot|can not) fix stupid", ['stupid']],
  ['stupid is as stupid does', ['does']],
  ['(?:try (?:using|to use)|use) (?:your|ur) (?:brain|head|brain cells?|grey matter|gray matter)(?: for once| for a change| once in a while)', ['brain', 'head', 'cells', 'cell', 'matter'], ['once', 'change', 'while']],
  ['try using (?:your|ur) (?:brain|brain cells?|grey matter|gray matter)', ['brain', 'cells', 'cell', 'matter']],
  ['(?:useful idiots|trolls|bots|shills|idiots|morons|cretins|imbeciles|clowns|loons|nutters|crazies|sheep) (?:are|have) (?:out|here|back|arrived|come out)(?: in force| early| again| already| today| in droves)', ['idiots', 'trolls', 'bots', 'shills', 'morons', 'cretins', 'imbeciles', 'clowns', 'loons', 'nutters', 'crazies', 'sheep'], ['force', 'early', 'again', 'already', 'today', 'droves']],
  ['the only thing (?:dumber|stupider|more stupid|more idiotic|more pathetic|worse) than [^.!?]{1,60}? (?:is|are) (?:you|u|the people|the (?:author|writer|journalist|commenters?|idiots?|fools?|morons?)|those who|anyone who|whoever)(?![a-z])', ['dumber', 'stupider', 'stupid', 'idiotic', 'pathetic', 'worse']],
  // The put-downs of talk pages and forums: "run by a bunch of clueless teenagers", "are you mentally handicapped?",
  // "not fit to edit a shopping list", "a cancer on this project", "all power and no brains"
  ['(?:run|edited|written|staffed|managed|maintained|moderated|controlled|populated|overrun) by (?:a bunch of|a pack of|a gang of|a load of) (?:clueless|ignorant|brainless|incompetent|power-hungry|power-tripping|pimply|spotty|stupid|dumb|useless|pathetic|deluded|sad) (?:teenagers|teens|kids|children|amateurs|nerds|losers|admins|editors|moderators|basement dwellers|people|trolls)', ['bunch', 'pack', 'gang', 'load'], ['teenagers', 'teens', 'kids', 'children', 'amateurs', 'nerds', 'losers', 'admins', 'editors', 'moderators', 'dwellers', 'people', 'trolls']],
  ['are (?:you|u) (?:just |really |actually |even )?(?:mentally|intellectually) (?:handicapped|retarded|deficient|challenged|disabled|impaired|defective)', ['mentally', 'intellectually']],
  ["(?:couldn['’]?t|could not|can['’]?t|cannot|not fit to|unable to) (?:even )?(?:organi[sz]e|run|edit|write|manage|command|lead) an? (?:shopping list|grocery list|lemonade stand|bake sale|piss-up in a brewery|school newsletter|kindergarten)(?!\\s+(?:without|with|on|in|for|that|which|when|while|because|if|unless)(?![a-z]))", ['list', 'stand', 'sale', 'brewery', 'newsletter', 'kindergarten']],
  // (and "You people are a plague.", "You tourists are a plague on these islands")
  // (and said of him or her: "he is a cancer to democracy"; not "he is a cancer survivor")
  [`(?:(?:you|u)\\s*(?:['’]re| are) |(?:he|she)\\s*(?:['’]s| is) |${YOU_PEOPLE_ARE})(?:a |the )?(?:cancer|disease|plague|blight|stain|tumou?r|scourge|pestilence)(?: (?:on|of|in|to|upon)(?![a-z])|(?=\\s*[.!?]|\\s*$))`, ['cancer', 'disease', 'plague', 'blight', 'stain', 'tumour', 'tumor', 'scourge', 'pestilence']],
  ['(?<=[,;:]\\s*)(?:little|silly) (?:boy|girl|man)(?=\\s*[.!?…]|\\s*$)', ['little', 'silly'], ['boy', 'girl', 'man']],
  ['(?:your|ur) (?:opinions?|comments?|views?|words|arguments?|input|contributions?|existence|life) (?:is|are) worth (?:less than (?:the )?(?:dirt|nothing|zero|toilet paper|a used)|nothing|zero|zilch)', ['worth']],
  ['all (?:[a-z]+ )?[a-z]+(?: and|,) no (?:brains?|brain cells?|sense|trousers)(?![a-z])', ['brain', 'brains', 'cells', 'cell', 'sense', 'trousers']],
  // "the author comes across as a naive little girl who believes every press release"
  ['(?:author|writer|journalist|reporter|correspondent|editor|columnist|she|he|you|u)(?: [a-z]+){0,2} (?:comes? across as|sounds? like|writes? like|reads? like) an? (?:[a-z]+ ){0,2}(?:little girl|little boy|schoolgirl|schoolboy|child|toddler|teenager) (?:who|that) (?:believes|thinks|knows|swallows|repeats)', ['girl', 'boy', 'schoolgirl', 'schoolboy', 'child', 'toddler', 'teenager']],
  // Contempt for the author and the paper: "should be writing horoscopes", "more insight from a fortune cookie",
  // "never opened a book in their life", "a monkey with a typewriter would produce better analysis", "is the author
  // drunk?", "hire these writers from a clown college", "the dimmest bulbs in the business", "letting this hack near
  // a keyboard", "couldn't report on the weather without getting it wrong"
  // (sticking to them, and going back to them, are the "stick to horoscopes" entry's)
  ['(?:should|ought to|needs? to|better) (?:be writing|write) (?:horoscopes|greeting cards|fortune cookies|crossword clues|cereal box(?:es)?(?: copy)?)', ['horoscopes', 'greeting', 'fortune', 'crossword', 'cereal']],
  ['(?:more|better|deeper) (?:insight|analysis|sense|wisdom|depth|thought|logic|reasoning|journalism|research|intelligence) (?:from|in|on) (?:an? |the back of an? )?(?:fortune cookies?|cereal box(?:es)?|bumper stickers?|horoscopes?|magic (?:8|eight)[- ]balls?|toddlers?|parrots?|shampoo bottles?|napkins?|fridge magnets?) than (?:from |in |on |by |what )?(?:this|that|the|his|her|your|ur|these|those|him|them|(?:you|u)(?! (?:would|might|could|think|expect|imagine|realise|realize)))(?![a-z])', ['fortune', 'cereal', 'bumper', 'horoscope', 'horoscopes', 'magic', 'toddler', 'toddlers', 'parrot', 'parrots', 'shampoo', 'napkin', 'napkins', 'fridge']],
  ['(?:clearly|obviously|evidently|probably) never (?:opened|read|picked up|cracked open) an? (?:single )?(?:book|history book|newspaper|map|atlas)|never (?:opened|read|picked up|cracked open) an? (?:single )?(?:book|history book|newspaper|map|atlas) in (?:his|her|their|your|ur) (?:entire |whole )?(?:life|lives)', ['opened', 'read', 'picked', 'cracked'], ['book', 'newspaper', 'map', 'atlas']],
  ['(?:monkey|monkeys|chimp|chimpanzee|parrot|toddler|child|hamster)s? (?:with|at) an? (?:typewriter|keyboard|crayons?|laptop) (?:would|could|can) (?:produce|write|do|make) (?:a )?(?:better|more)', ['typewriter', 'keyboard', 'crayon', 'crayons', 'laptop']],
  ['(?:is|was|are|were) (?:the (?:author|writer|reporter|journalist|editor|columnist)|he|she|you|u) (?:drunk|high|stoned|on drugs)(?=\\s*[,?]|\\s+or(?![a-z]))', ['drunk', 'high', 'stoned', 'drugs']],
  ['(?:hire|hires|hired|hiring|recruit|recruits|recruited|degree|diploma|graduated?)(?: [a-z]+){0,4} (?:from|at|of) (?:an? |the )?clown (?:college|school|academy|university)', ['clown']],
  ['(?:dimmest|dullest|thickest) (?:bulbs?|tools?|knives?|crayons?)(?![a-z])', ['dimmest', 'dullest', 'thickest']],
  ['(?:letting|let|lets|allowing|allow|allowed) (?:this|that) (?:hack|clown|fraud|fool|amateur|propagandist|troll|idiot|moron) (?:anywhere )?near', ['near']],
  // "Honestly, who let you near a keyboard?" (not "who let the minister near a microphone after last time?", a news
  // question)
  ['who (?:let|allowed) (?:you|u|this (?:guy|author|writer|clown|person|commenter)|the (?:author|writer)) (?:anywhere )?near (?:a |the )?(?:keyboard|computer|laptop|internet|printing press|pen|typewriter)(?![a-z])', ['near'], ['keyboard', 'computer', 'laptop', 'internet', 'press', 'pen', 'typewriter']],
  // "You write like someone who learned English from Google Translate", "what happens when a toddler discovers
  // Wikipedia", "a bought and paid for Kremlin shill", "the human equivalent of a participation trophy", "you should
  // feel bad", "as stale as your Soviet haircut"
  ['(?:you|u|he|she) (?:write|writes|talk|talks|sound|sounds|argue|argues) like (?:someone|somebody|a person|a kid|a child|a man|a woman|a guy) who (?:(?:learned|learnt) (?:[a-z]+ )?(?:from|on) (?:google translate|a cereal box|memes|tiktok|youtube|cartoons|a fortune cookie|twitter|facebook|telegram|comic books)|(?:never|failed|dropped out of|flunked|skipped) (?:[a-z]+ )?(?:school|class|english|grammar|history|geography|kindergarten))(?![a-z])', ['someone', 'somebody', 'person', 'kid', 'child', 'man', 'woman', 'guy'], ['learned', 'learnt', 'never', 'failed', 'dropped', 'flunked', 'skipped']],
  ['what happens when an? (?:toddler|child|chimp|monkey|kid|five-year-old|goldfish|parrot) (?:discovers|gets|finds|is given|gets hold of) (?:wikipedia|google|the internet|a keyboard|twitter|caps lock|a thesaurus|telegram|youtube|chatgpt|crayons|a crayon|a laptop)(?![a-z])', ['toddler', 'child', 'chimp', 'monkey', 'kid', 'five', 'goldfish', 'parrot']],
  ['bought(?:-| and |-and-)paid(?:-| )for (?:[a-z]+ )?(?:shill|propagandist|mouthpiece|stooge|hack|puppet|troll|bot|lackey|stenographer|apologist)s?(?![a-z])', ['bought']],
  ['the human (?:equivalent|version) of an? (?:participation (?:trophy|award)|wet sock|monday|headache|migraine|typo|pothole|traffic jam|parking ticket|fart|spam email|rash|paper cut|stubbed toe)(?![a-z])', ['human']],
  ['(?:and )?(?:you|u) should (?:feel bad|be ashamed(?: of (?:yourself|urself))?)(?=\\s*[.!]|\\s*$)', ['bad', 'ashamed']],
  ['(?:are|is|was|were) as (?:stale|old|tired|ugly|thin|weak|cheap|dated|greasy|bad) as (?:your|ur) (?:[a-z]+ )?(?:haircut|hairline|hair|face|breath|jokes|wardrobe|shoes|mullet|moustache|mustache)(?![a-z])', ['haircut', 'hairline', 'hair', 'face', 'breath', 'jokes', 'wardrobe', 'shoes', 'mullet', 'moustache', 'mustache']],
  ["(?:couldn['’]?t|could not|can['’]?t|cannot) [a-z]+ (?:[a-z]+ ){0,4}(?:without getting it wrong|if (?:his|her|their|your|ur) life depended on it)", ['wrong', 'depended']],
  ['(?:propaganda|kremlin|regime|state|government|party) (?:parrot|parrots|stenographer|stenographers)(?![a-z])(?! (?:of|at|for|in)(?![a-z]))', ['parrot', 'parrots', 'stenographer', 'stenographers']],
  // Put-downs by image and by exclusion: "a walking advertisement for birth control", "the collective IQ of a parking
  // lot", "…, and you're one of them", "nobody would miss you if you stopped posting. Or breathing.", "people like you
  // who make me lose faith in humanity", "thick as two short planks", "what a waste of a perfectly good education"
  ["(?:walking|living) (?:advertisement|advert|ad|billboard) for (?:birth control|contraception|condoms|abortion)", ['advertisement', 'advert', 'ad', 'billboard']],
  ['iq (?:of|lower than|smaller than) (?:an? )?(?:[a-z]+ )?(?:parking lot|rock|brick|potato|houseplant|plant|doorknob|turnip|cabbage|shoe size|room temperature|goldfish|sea cucumber|toaster|lamp ?post|carrot)', ['iq']],
  ["(?:should(?:n['’]?t| not)|must not|ought not to) (?:be allowed to )?(?:vote|breed|reproduce|have children|drive|speak|write|post|comment)[^.!?]{0,30}?,? and (?:you|u)(?:['’]re| are| r) one of them", ['one'], ['them']],
  ['(?:nobody|no one) would (?:miss|notice|care about) (?:you|u)(?: if| when)|(?<=[.!?…]\\s*)or breathing(?=\\s*[.!]|\\s*$)', ['miss', 'notice', 'care', 'breathing']],
  ["people like (?:you|u) (?:who|that) (?:make (?:me|us|everyone|people) (?:lose faith|despair|sick|ashamed)|ruin|are ruining|are the reason|are (?:what['’]?s|what is) wrong)", ['like'], ['faith', 'despair', 'sick', 'ashamed', 'ruin', 'ruining', 'reason', 'wrong']],
  // (not "the walls are thick as a brick", "the argument is dumb as a rock")
  ['thick as (?:two short planks|mince|pig ?shit)|(?:dumb|stupid|thick) as (?:a bag of (?:rocks|hammers)|a box of rocks)', ['thick', 'dumb', 'stupid']],
  ['waste of (?:an? )?(?:perfectly good |good |expensive |fine )?(?:education|degree|diploma|press pass|university place)(?![a-z])', ['waste']],
  ['should be (?:banned|barred) from (?:journalism|writing|the profession|publishing|the internet)', ['banned', 'barred'], ['journalism', 'writing', 'profession', 'publishing', 'internet']],
  // The stock jibes of a news thread: "a room-temperature IQ", "nobody is this stupid for free", "put down the vodka
  // and try again", "his brain must be the size of a walnut", "needs their head examined", "your opinions are
  // worthless", "what a pathetic little man", "troll detected", "your mother
  // should have kept you off the internet", "hope your editor fires you"
  ['room[- ]temperature iq(?! (?:jokes?|memes?|t-shirts?|shirts?))|iq (?:above|over|higher than|of more than) room[- ]temperature', ['temperature']],
  // "learned geography from a cereal box", "a stenographer for the Kremlin", "your brain called", "stop reproducing",
  // "as useful as a chocolate teapot" (of a person or their words; not of a treaty), "get a real job"
  ['(?:you|u|he|she|who|author|writer|journalist)\\s+(?:clearly |obviously |must have |probably |apparently )?(?:learned|learnt|got) (?:(?:[a-z]+|all (?:his|her|your|their)) )?(?:geography|history|politics|geopolitics|economics|everything|it|facts) from (?:a cereal box|cereal boxes|a fortune cookie|tiktok|memes|cartoons|comic books|a comic book|a bumper sticker)', ['cereal', 'fortune', 'tiktok', 'memes', 'cartoons', 'comic', 'bumper']],
  // (said to "you": "the journalist was accused of being a stenographer for the Kremlin" is news)
  ["(?:you|u)\\s*(?:['’]re|are|r) (?:just |only |nothing but |merely )?an? (?:stenographer|errand boy|lapdog|parrot) for the (?:kremlin|regime|government|state|ministry|party|west|cia|fsb)", ['stenographer', 'errand', 'lapdog', 'parrot']],
  // A leader as a power's pet: "Orban is Putin's poodle", "Tokayev is nothing but Putin's errand boy" (not "my
  // neighbour's poodle")
  ["(?:is|was|are|were) (?:just |only |nothing but |merely )?(?:putin|moscow|the kremlin|kremlin|washington|beijing|ankara|brussels|nato|the west|america|russia|china|erdogan|lukashenko|trump|biden|soros)['’]s (?:little |obedient |loyal |faithful |favourite |favorite )?(?:poodle|errand boy|stenographer|parrot|doormat|bootlicker|pet|butler|footstool|court jester)s?(?![a-z])(?!\\s+(?:project|projects|cause|causes|theory|peeve|issue|subject))", ['poodle', 'errand', 'stenographer', 'parrot', 'doormat', 'bootlicker', 'pet', 'butler', 'footstool', 'jester']],
  ['(?:your|ur) (?:brain|brain cell|last brain cell|mind) called', ['called']],
  // (not "the pandas stop breeding in captivity")
  ["(?:stop|don['’]?t|never) (?:reproducing|breeding|reproduce|breed)(?=\\s*[.!,;]|\\s*$)", ['reproducing', 'breeding', 'reproduce', 'breed']],
  ["(?:you|u|your|ur|he|she|his|her|author|writer)(?:['’]s)?(?: [a-z]+)? (?:is|are|['’]re|['’]s) (?:about )?as useful as an? (?:chocolate (?:teapot|fireguard)|screen door on a submarine|ashtray on a motorbike)", ['useful']],
  ['(?<=^|[.!?…,]\\s*)get a (?:real|proper) job(?! offer)', ['job']],
  // Put-downs inside long comments: "as clueless as the writer", "the same three trolls show up", "go and live there
  // if it's so wonderful", "do you always argue this badly, or is today special?", "cute, but irrelevant"
  [`(?:just |equally )?as (?:${alternation(INSULT_ADJECTIVES)}) as (?:the|this|that|their|his|her) (?:writer|author|journalist|reporter|editor|columnist)s?(?=\\s*[.!?,;]|\\s*$|\\s+(?:who|that)\\s)`, ['writer', 'author', 'journalist', 'reporter', 'editor', 'columnist', 'writers', 'authors', 'journalists', 'reporters', 'editors', 'columnists']],
  ['the same (?:[a-z]+ )?(?:trolls|bots|shills|idiots|clowns|morons|propagandists) (?:show up|turn up|appear|are back|come out|pop up|repeat)', ['trolls', 'bots', 'shills', 'idiots', 'clowns', 'morons', 'propagandists']],
  ["(?:go (?:and )?)?live there if (?:it['’]?s|it is|you love it) so (?:wonderful|great|good|much|perfect)", ['live'], ['wonderful', 'great', 'good', 'much', 'perfect']],
  ['(?:do|did) (?:you|u) always (?:argue|write|think|talk|reason|post|comment) (?:this|so) (?:badly|poorly|stupidly|sloppily)', ['always'], ['badly', 'poorly', 'stupidly', 'sloppily']],
  ['(?<=^|[.!?…]\\s*)cute,? but (?:irrelevant|wrong|no|pointless)(?=\\s*[.!]|\\s*$)', ['cute']],
  // Sarcasm's stock forms: "you've managed to be wrong in three languages", "I'm sure your mum thinks you're very
  // clever", "geopolitics from your bedroom", "the crayon edition", "… with your eyes closed? It would explain a lot",
  // "what would we do without your wisdom?", "you type so much and say so little", "I don't want to overwork you",
  // "things you clearly don't understand", "I admire your commitment to never reading …", "a medal for the most
  // uninformed take", "did it take you all of five minutes?"
  ["(?:you|u)\\s*(?:['’]ve| have)? managed to be (?:wrong|stupid|dumb|ignorant|clueless|boring)", ['managed']],
  ["(?:your|ur) (?:mum|mom|mother|mommy|mummy) (?:thinks|says|told (?:you|u)) (?:(?:you|u)\\s*['’]?re|(?:you|u) are) (?:very |so |really |quite )?(?:clever|smart|special|bright|intelligent|a genius)", ['clever', 'smart', 'special', 'bright', 'intelligent', 'genius']],
  ["(?:geopolitics|politics|strategy|war|analysis|expertise|lectures?|opinions?|takes?) from (?:your|ur) (?:(?:mum|mom|mother|parents)['’]?s? )?(?:bedroom|basement|sofa|couch|armchair)", ['bedroom', 'basement', 'sofa', 'couch', 'armchair']],
  ['crayon (?:edition|version)', ['crayon']],
  ['(?:you|u)[^.!?]{0,60}\\?\\s*(?:it|that) would explain (?:a lot|so much|everything)', ['explain']],
  ['what would (?:we|i|the world|humanity) do without (?:your|ur) (?:wisdom|genius|insight|expertise|brilliance|input|opinions?|hot takes?)', ['without'], ['wisdom', 'genius', 'insight', 'expertise', 'brilliance', 'input', 'opinion', 'opinions', 'take', 'takes']],
  ['(?:you|u)[^.!?]{0,20}?(?:type|write|talk|post|say)s? so much (?:and|but|yet) (?:say|mean|know)s? (?:so little|nothing)', ['much'], ['little', 'nothing']],
  ["(?:don['’]?t|do not) want (?:to )?(?:overwork|strain|overload|overheat|overtax) (?:you|u|your (?:brain|mind|neurons?|brain cells?))", ['overwork', 'strain', 'overload', 'overheat', 'overtax']],
  ["things (?:you|u) (?:clearly|obviously|plainly|evidently) (?:don['’]?t|do not|can['’]?t) (?:understand|grasp|comprehend)(?=\\s*[.!?]|\\s*$)", ['things'], ['understand', 'grasp', 'comprehend']],
  ['(?:admire|love|respect|applaud|appreciate) (?:your|ur) (?:commitment|dedication|devotion|ability|talent) (?:to|for) (?:never|not|avoiding|ignoring|being wrong)', ['commitment', 'dedication', 'devotion', 'ability', 'talent']],
  ['(?:medal|award|prize|trophy) for (?:the )?(?:most|dumbest|worst|stupidest) (?:[a-z]+ )?(?:take|comment|post|opinion|article|reply)', ['medal', 'award', 'prize', 'trophy']],
  ['(?:take|took) (?:you|u|him|her|the author|the writer) all of (?:five|two|three|ten|\\d+|a few|thirty) (?:minutes|seconds)', ['all'], ['minutes', 'seconds']],
  // The internet's current idiom: "a cringe writer", "ratio'd", "you eat crayons", "from a small mind", "least
  // delusional NATO fanboy" (the most, in irony)
  ['cringe (?:writer|author|journalist|reporter|columnist|editor|commenter|poster|troll|boomer|loser)s?(?![a-z])', ['cringe']],
  // (said to someone or exclaimed: not "The post was ratio'd within an hour", nor the meme named: "L + ratio is a meme")
  ["(?:you|u) (?:got |get |just got |have been |['’]ve been |been )?(?:ratio['’]?d|ratioed)|(?<!(?:was|were|is|are|been|being|got|gets|get) )(?:ratio['’]?d|ratioed)|(?<![a-z])l \\+ ratio(?! (?:is|was) (?:a|an|the|just) )", ['ratio', 'ratioed']],
  ['(?:you|u) (?:clearly |must |probably )?(?:eat|eats|ate|snack on|munch on) crayons', ['crayons']],
  ['(?:from|of) (?:a|such a|this|that|your|ur) (?:small|tiny|feeble|simple|little) mind(?![a-z])', ['mind']],
  [`(?<=^|[.!?…]\\s*)least (?:${alternation(INSULT_ADJECTIVES)}) (?:[a-z-]+ ){0,2}(?:fanboy|fangirl|fan|supporter|voter|liberal|conservative|patriot|expert|commenter|poster|writer|author|journalist|troll|bot|shill)s?(?![a-z])`, ['least']],
  // "what she needs is a real man to put her in her place", "… and the brain to match", "make me a sandwich"
  ['needs? (?:is )?a real man(?: to| who)|a real man to put (?:her|you|u) in (?:her|your|ur) place', ['real'], ['man']],
  ['and (?:the|a) (?:brains?|iq|intelligence|personality|manners|wit) to match', ['match']],
  ['make me a sandwich', ['sandwich']],
  ['(?:nobody|no one|no-one) (?:is|can be|could be) (?:this|that|so) (?:stupid|dumb|dense|thick|ignorant|clueless|wrong) for free', ['free']],
  ['put (?:down )?the (?:vodka|bottle|crack pipe|bong|joint|drugs|meth)(?: down)? and (?:try|think|read|come|write|post|look)', ['vodka', 'bottle', 'crack', 'bong', 'joint', 'drugs', 'meth']],
  ["(?:his|her|their|your|ur|(?:guy|author|writer|man|woman|journalist|reporter|minister|president)['’]s) brains? (?:is|are|was|must be|can['’]?t be|isn['’]?t) (?:about |no bigger than |smaller than )?the size of an? (?:pea|peanut|walnut|raisin|grape|pinhead|lentil|gnat|sesame seed)", ['pea', 'peanut', 'walnut', 'raisin', 'grape', 'pinhead', 'lentil', 'gnat', 'sesame']],
  ["(?:your|ur) (?:opinions?|views?|comments?|posts?|takes?|thoughts?) (?:is|are|were|was) (?:as |utterly |completely |totally |absolutely )?worthless", ['worthless']],
  ['what an? (?:pathetic|miserable|nasty|vile|stupid|spineless|petty|ridiculous|silly|smug|sad) little (?:man|woman|person|creature|boy|girl)(?![a-z])', ['little']],
  ['(?:kremlin |russian |nato |paid )?(?:troll|shill|bot|idiot|moron|bootlicker|clown|snowflake|hypocrite|npc|propagandist|stupidity|ignorance) (?:alert|detected|spotted)(?=\\s*(?:[.!?…,;:]|$))', ['alert', 'detected', 'spotted']],
  ['(?:mother|mom|mum|parents|dad|father) should have (?:kept (?:you|u) (?:off|away from)|kept (?:her|their) legs (?:closed|shut|crossed)|stopped at|swallowed|used (?:a )?(?:condom|protection)|raised (?:you|u) better)', ['mother', 'mom', 'mum', 'parents', 'dad', 'father'], ['kept', 'stopped', 'swallowed', 'condom', 'protection', 'raised']],
  ['hope (?:your|ur|the) (?:editor|boss|employer|paper|newspaper|publisher) (?:fires|sacks|dumps) (?:you|u)(?![a-z])', ['fires', 'sacks', 'dumps']],
  ['(?:paid|hired)(?: (?:you|u|him|her|them))? to write (?:this |such |that )?(?:drivel|garbage|rubbish|nonsense|crap|trash|propaganda|tripe)', ['drivel', 'garbage', 'rubbish', 'nonsense', 'crap', 'trash', 'propaganda', 'tripe']],
  // The writer's pay, their reading and their sobriety: "Did the Kremlin send you a bonus for this one?", "you must be
  // on Moscow's payroll", "is the author even literate?", "your editor must be drunk", "the author wouldn't know the
  // CSTO from a bus timetable" (not "you wouldn't know the result from the official statements")
  // "This writer's brain is smaller than the alliance's budget", "your brain is the size of a pea"
  ["(?:your|ur|his|her|(?:the|this|that) (?:author|writer|reporter|journalist|columnist|editor|commenter)['’]s) brain (?:is|must be) (?:smaller|tinier|the size of)", ['brain'], ['smaller', 'tinier', 'size']],
  // "If you love Moscow so much, move there" (not "if you love Almaty so much, visit in May", "… go to Tashkent")
  ["if (?:you|u) (?:love|like|admire|miss) [a-z]+ so much,? (?:then |why don['’]?t you |just )?(?:move|leave|emigrate|piss off|get out|go live|go back|go home)(?![a-z])", ['love', 'like', 'admire', 'miss'], ['much']],
  // "Your grandmother must be ashamed of what you write"
  ["(?:your|ur) (?:mother|mom|mum|father|dad|parents|grandmother|grandma|grandfather|grandpa|family|teachers?) (?:must|would|should|will) be (?:so |very |deeply )?ashamed (?:of (?:you|u|what (?:you|u))|to)", ['ashamed']],
  // "People like you shouldn't be allowed to vote" (not "People like you should be allowed to vote from abroad")
  ["(?:people|persons|folks|guys|idiots|morons|voters|men|women|clowns|trolls) like (?:you|u) (?:shouldn['’]?t|should not|should never|must not|mustn['’]?t) be allowed (?:to|near|anywhere)", ['allowed']],
  // "Did his son pay you for it?", "Who paid you to write this?", under a fawning piece (not "Did the paper pay you
  // for the photos?")
  ['(?:(?:did|does|do) (?:his|her|their|the) [a-z]+|who) (?:pay|paid) (?:you|u) (?:for|to write) (?:this|it|that)(?: (?:article|piece|story|column|obituary|puff piece))?(?=\\s*[?.!]|\\s*$)', ['pay', 'paid']],
  ['(?:send|sent|pay|paid|give|gave|get|got) (?:you|u|him|her|the author|the writer) (?:a |an extra |extra )?(?:bonus|raise|pay rise|paycheck|paycheque|cheque|check) for (?:this|that) (?:one|article|piece|story|column|comment|post|rubbish|garbage|propaganda)(?![a-z])', ['bonus', 'raise', 'rise', 'paycheck', 'paycheque', 'cheque', 'check']],
  // "The author clearly got paid in tokens to write this garbage" (not "The author was paid to write the official
  // history, the preface says")
  ['(?:got|gets|was|were|is|are|must have been|must be|clearly got|obviously got) paid (?:[a-z]+ ){0,3}?to (?:write|post|publish|churn out|spew) (?:this|that|such) (?:garbage|rubbish|drivel|trash|nonsense|propaganda|crap|tripe|filth|junk|slop)(?![a-z])', ['paid'], ['garbage', 'rubbish', 'drivel', 'trash', 'nonsense', 'propaganda', 'crap', 'tripe', 'filth', 'junk', 'slop']],
  // "You lost your savings on a meme coin? Natural selection at work." (said of the reader's misfortune; not "Natural
  // selection at work in the finches of the Galápagos")
  ['(?<=(?<![a-z])(?:you|your|u|ur)(?![a-z])[^.!?]{0,80}[.!?]?\\s*)natural selection (?:at work|in action|doing its (?:job|thing))(?=\\s*[.!]|\\s*$)', ['natural'], ['selection']],
  // (the author's pay only as a guess: "The author is on the foundation's payroll, as the disclosure says" is a fact)
  ["(?:(?:you|u)\\s*(?:['’]re| are| must be)|the (?:author|writer|reporter|journalist|columnist)(?: must be|\\s*['’]s clearly|\\s*['’]s obviously| is clearly| is obviously| is definitely)) (?:clearly |obviously |definitely )?on (?:the )?(?:[a-z]+['’]s|kremlin|moscow|putin|nato|cia|soros|state) payroll", ['payroll']],
  ['(?:is|are) (?:you|u|the (?:author|writer|reporter|journalist|columnist|editor)|he|she) even (?:literate|capable of reading|able to read)', ['even'], ['literate', 'capable', 'able']],
  ["(?:you|u|your editor|ur editor|the (?:author|writer|reporter|journalist|columnist|editor))(?: must| must have)? (?:be|been|are|is|were|was) (?:[a-z]+ or )?(?:drunk|high|stoned|on drugs)(?![a-z])", ['drunk', 'high', 'stoned', 'drugs']],
  ["(?:you|u|he|she|the (?:author|writer|reporter|journalist|columnist)) (?:wouldn['’]?t|would not|doesn['’]?t|does not|don['’]?t|do not) know (?:a|an|the|his|her|their) (?:[a-z'’-]+ ){1,3}from (?:a|an|his|her|their|your) [a-z]+", ['wouldn', 'wouldnt', 'would', 'doesn', 'doesnt', 'does', 'don', 'dont', 'do'], ['know']],
  ["(?:writer|author|journalist|reporter|editor|he|she|you|u) (?:who )?(?:can['’]?t|cannot|couldn['’]?t) be bothered to (?:check|read|research|verify)", ['bothered']],
  ['(?:so|this) (?:confident|sure|certain|loud|smug) and (?:yet )?(?:so|this) (?:wrong|ignorant|clueless|stupid|uninformed)', ['confident', 'sure', 'certain', 'loud', 'smug']],
  // (and "Imagine being this financially illiterate and still giving advice": an adverb before the fault)
  ['imagine being (?:this|that|so) (?:[a-z]+ly )?(?:wrong|stupid|dumb|dense|clueless|ignorant|illiterate|thick|gullible|naive|chronically online|terminally online)', ['imagine']],
  // The internet's idiom, the thirty-first session's: "Who asked? Genuinely, who asked?" (not "Who asked the minister
  // about the border?"), "Pick-me energy", "Your whole personality is being wrong online" (not "My whole personality
  // this month is refreshing the results")
  ['(?<=^|[.!?…,]\\s*)(?:but |genuinely,? |seriously,? |literally |honestly,? )?who (?:even )?asked(?=\\s*[?!]+)', ['asked']],
  ['pick-?me (?:energy|girl|behaviou?r|vibes)', ['energy', 'girl', 'behaviour', 'behavior', 'vibes'], ['pick', 'pickme']],
  ['(?:your|ur|his|her|their) (?:whole|entire|only) personality is (?:being )?(?:wrong|mad|angry|trolling|a troll|hating|complaining|crying|whining|being wrong)(?![a-z])', ['personality']],
  ['(?:you|u) should be ashamed (?:of (?:yourself|urself)|to (?:put|sign) (?:your|ur) name)', ['ashamed']],
  // "whoever wrote this should be embarrassed to call themselves a journalist"
  ['should be (?:embarrassed|ashamed) to call (?:themselves|himself|herself|yourself|urself) an? (?:journalist|writer|reporter|editor|expert|analyst|historian|professional|columnist|scholar)', ['embarrassed', 'ashamed']],
  // Said of a commenter in passing: "a walking advertisement for Kremlin television", "never met a fact you didn't want
  // to argue with", "the ramblings of a bitter old man", "the clown who wrote yesterday's piece"
  ["(?:(?:you|u)\\s*(?:['’]re| are| r)|(?:he|she)\\s*(?:['’]s| is)|(?:commenter|poster|author|writer|editor)(?: above| below| here)? is) (?:just |basically |clearly )?a walking (?:(?:and )?talking )?(?:advertisement|advert|ad|billboard|stereotype|cliché|cliche|caricature|contradiction|parody|l|joke|disaster|red flag|meme|embarrassment|lie|calamity|catastrophe|liability)(?![a-z])", ['walking']],
  // ("The goalkeeper is a walking calamity": a person by role, of whom alone "walking" is said)
  [`(?:the|this|that|our|their|your) (?:${ANY_ROLE}|keeper|goalkeeper|goalie|striker|defender|ref|referee|coach|manager|captain|player) is (?:just |basically |clearly )?a walking (?:disaster|calamity|catastrophe|liability|joke|embarrassment)(?![a-z])`, ['walking']],
  ["never met an? (?:fact|argument|conspiracy theory|idea|lie|dictator|strongman|source) (?:you|u|he|she|they) (?:didn['’]?t|did not|couldn['’]?t|could not) (?:like|love|want to|believe|argue|twist|trust)", ['never'], ['met']],
  ['(?:ramblings?|rantings?|ravings?) of an? (?:[a-z]+ )?(?:bitter|lonely|sad|senile|angry|deranged|mad|confused|demented|unhinged) (?:old )?(?:man|woman|person|lunatic|fool|pensioner|boomer)', ['ramblings', 'rambling', 'rantings', 'ranting', 'ravings', 'raving']],
  // (the fools of FOOLS are "the idiot who …" already)
  ['(?:the|that|this) (?:clown|hack|troll|muppet|numpty|fool) who (?:wrote|writes|posted|edited|approved|published|commissioned)', ['clown', 'hack', 'troll', 'muppet', 'numpty', 'fool'], ['wrote', 'writes', 'posted', 'edited', 'approved', 'published', 'commissioned']],
  // "unless you're the sort of conspiracy-addled moron who sees a plot everywhere", "You sound like the kind of idiot
  // who claps when the plane lands"
  [`(?:(?:you|u)\\s*(?:['’]re| are| r|(?: [a-z]+)? (?:sound|look|seem)(?: like)?)|(?:he|she)\\s*(?:['’]s| is| (?:sounds|looks|seems)(?: like)?)) (?:just |clearly |obviously |exactly )?(?:the|that|a|an) (?:sort|kind|type) of (?:[a-z-]+ ){0,2}(?:${PERSON_NOUN})(?![a-z])`, ['sort', 'kind', 'type'], PERSON_NOUN_WORDS],
  // Old put-downs: a lobotomy, boots licked, brains as dynamite, the bin "like you", a smell,
  // spitting, a "crap journalist"
  ['(?<!patients? )(?:needs? (?:a|another) lobotomy|(?:had|got|get) a lobotomy)', ['lobotomy']],
  ["(?:you|u)(?: [a-z'’]+){0,3} lick(?:ing|s|ed)? (?:the |his |her )?(?:[a-z]+['’]s? )?boots", ['boots']],
  // (and a lapdog's: "The regulator is a toothless poodle licking the oligarchs' boots")
  ["(?:poodle|lapdog|puppet|stooge|lackey|toady|sycophant)s? (?:who (?:is |are )?)?lick(?:ing|s)? (?:the |his |her |their )?(?:[a-z]+['’]s? )?boots", ['licking', 'licks', 'lick'], ['boots']],
  // ("Keep licking Putin's boots, it suits you": an order to the reader)
  [`${order('keep licking')} (?:the |his |her |their )?(?:[a-z]+['’]s? )?boots`, ['boots']],
  ['if brains were (?:dynamite|gunpowder|taxed|money|ink|leather|chocolate)', ['brains']],
  ['(?:belongs?|goes) in the (?:bin|trash|garbage|rubbish|dustbin),? (?:just )?like (?:you|u)(?![a-z])', ['bin', 'trash', 'garbage', 'rubbish', 'dustbin']],
  ['(?:you|u|he|she) (?:smell|smells|stink|stinks|reek|reeks) (?:like|of)(?![a-z])', ['smell', 'smells', 'stink', 'stinks', 'reek', 'reeks']],
  ['(?:i )?spit (?:on|at) (?:you|u|your|him|her|the (?:author|writer|reporter|journalist|editor))(?![a-z])|(?:i\\s*[\'’]?d|i would|i\\s*[\'’]?ll|i will) spit in (?:his|her|your|ur|their) face', ['spit']],
  // "… dives like a girl" (not "She plays like a girl who grew up with four brothers")
  ['(?:plays?|dives?|runs?|throws?|kicks?|cries|fights?|screams?|whines?|shoots?|tackles?) like a (?:little )?(?:girl|schoolgirl)(?=\\s*[.!,;]|\\s*$)', ['plays', 'play', 'dives', 'dive', 'runs', 'run', 'throws', 'throw', 'kicks', 'kick', 'cries', 'fights', 'fight', 'screams', 'scream', 'whines', 'whine', 'shoots', 'shoot', 'tackles', 'tackle'], ['girl', 'schoolgirl']],
  ['(?:a|the|this|that|your|ur) (?:crap|crappy|shit|shitty|lousy|third-rate|second-rate|hack) (?:journalist|writer|reporter|author|editor|columnist|commenter|hack)(?![a-z])(?! (?:job|jobs|market|pay|salary|salaries|union|school|training|visa|prize|award|contest)(?![a-z]))', ['crap', 'crappy', 'shit', 'shitty', 'lousy', 'rate', 'hack'], ['journalist', 'writer', 'reporter', 'author', 'editor', 'columnist', 'commenter', 'hack']],
  // "Pathetic little man, crying about NATO": an insult and "little" opening a sentence, said to someone
  [`(?<=^|[.!?…]\\s*)(?:${alternation(INSULT_ADJECTIVES)}) little (?:man|woman|boy|girl|person|creature|troll|worm)(?=\\s*[,.!?])`, ['little']],
  // Jibes at a commenter's love life, looks and habits: "looks better than she writes", "isn't getting any", "your
  // wife must be thrilled to have such a genius", "man-child energy", "take a shower", "your mum called, she wants
  // her laptop back", "the author's husband must be a saint"
  ['(?:looks|look) better than (?:she|he|you|u) (?:writes|write|argues|argue|thinks|think)', ['better'], ['writes', 'write', 'argues', 'argue', 'thinks', 'think']],
  ["(?:isn['’]?t|is not|aren['’]?t|are not|not) getting any(?: at home| lately)?(?=\\s*[.!?,]|\\s*$)", ['getting'], ['any']],
  ['(?:your|ur|his|her) (?:wife|husband|mother|mum|mom|family|girlfriend|boyfriend|parents) must be (?:so )?(?:thrilled|proud|delighted|happy|lucky) to have (?:such )?an? (?:genius|einstein|expert|intellectual|scholar)', ['thrilled', 'proud', 'delighted', 'happy', 'lucky']],
  ['(?:man-?child|man-?baby|incel|neckbeard|basement[- ]dweller) (?:energy|vibes|behaviou?r|logic|rage|tantrum)(?=\\s*[.!?,]|\\s*$|\\s+(?:from|as|again|in every))', ['energy', 'vibes', 'behaviour', 'behavior', 'logic', 'rage', 'tantrum']],
  ['(?<=^|[.!?…]\\s*)(?:take|have|go take|go have) a shower(?=\\s*[,.!]|\\s+(?:and|you))', ['shower']],
  ['(?:your|ur) (?:mum|mom|mother) called,? (?:she|and she) wants (?:her|the|your) [a-z]+ back', ['called'], ['back']],
  ["(?:your|ur|his|her|the (?:author|writer|reporter|journalist|editor)['’]s) (?:wife|husband|partner|family|mother|mum|mom|kids|children) must be (?:a )?saints?", ['saint', 'saints']],
  // A comment thread's jibes without an insult word: living with one's parents, "someone like you", the Kool-Aid,
  // "says the guy with …", "found the bot", the reason the thread is unreadable, a thin skin, a skipped
  // class, an unopened book, embarrassing oneself, "this from a person who …"
  ['(?:you|u) (?:probably |clearly |obviously )?still live with (?:your|ur) (?:parents|mom|mum|mother)', ['still'], ['live']],
  // "I bet you have no friends in real life" (not "you have no friends in the Kremlin")
  ['(?:you|u) (?:probably |clearly |obviously )?(?:have|has|got) no (?:real )?friends(?= in real life| irl|\\s*[.!?]|\\s*$)', ['friends']],
  ['(?:not surprised|no surprise|of course|figures|naturally|typical)(?: that)?,? (?:someone|somebody|a person|a guy|people|anyone) like (?:you|u) (?:would|could|will|might|always|think|thinks|believe|believes)(?![a-z])', ['like'], ['surprised', 'surprise', 'course', 'figures', 'naturally', 'typical']],
  ['(?:you|u|someone|somebody|he|she)(?: (?:have|has)|[\'’]ve|[\'’]s)? (?:been |clearly |obviously )?(?:drinking|drank|drunk|chugging|gulping|sipping) (?:the|too much|a lot of|some) (?:[a-z]+ )?kool-?aid', ['kool', 'koolaid', 'aid']],
  ['(?<=^|[.!?…]\\s*)says the (?:guy|one|person|commenter|poster|fella|dude|bloke|clown) (?:with|who)(?![a-z])', ['says']],
  ['(?<=^|[.!?…]\\s*)found (?:the|a|another|our) (?:[a-z]+ )?(?:bot|bots|troll|trolls|shill|shills|tankie|tankies|vatnik|propagandist|fanboy|apologist)(?![a-z])', ['found']],
  // "You're the reason studios stop making good films" (not "You're the reason I stopped smoking")
  ["(?:you|u)(?:['’]re| are| r) (?:the )?reason (?:why )?(?!(?:i|we|my|our) )(?:[a-z]+ ){1,2}(?:hate|hates|stop making|stopped making|gave up on|give up on|lose faith|lost faith)(?![a-z])", ['reason'], ['hate', 'hates', 'making', 'gave', 'give', 'faith']],
  ['(?:you|u)(?:[\'’]re| are| r) (?:the reason|why) (?:why )?(?:this|the) (?:comment section|comments|thread|discussion|site|forum) (?:is|has become|became|gets) (?:so )?(?:unreadable|toxic|a mess|a joke|garbage|trash|a cesspool|unbearable|dying|dead|stupid|dumb)(?![a-z])|(?:you|u)(?:[\'’]re| are| r) (?:the reason|why) (?:why )?(?:people|everyone|everybody|newcomers|readers|users|editors) (?:hate|hates|leave|left|avoid|quit) (?:this|the) (?:site|website|place|forum|page|wiki|comment section|comments|paper|project)(?![a-z])', ['reason', 'why'], ['unreadable', 'toxic', 'mess', 'joke', 'garbage', 'trash', 'cesspool', 'unbearable', 'dying', 'dead', 'stupid', 'dumb', 'site', 'website', 'place', 'forum', 'page', 'wiki', 'section', 'comments', 'paper', 'project']],
  ['(?:you|u)(?:[\'’]re| are| r) (?:the reason|why) we can[\'’]?t have nice things', ['nice']],
  ['the only thing [a-z]+er than (?:your|ur|his|her|the author[\'’]s) [a-z]+ is (?:your|ur|his|her) (?:skin|brain|brains|intellect|iq|grasp|knowledge|vocabulary|ego|head|skull|understanding|sense|ignorance|stupidity|arrogance)(?![a-z])', ['than']],
  ['(?:(?:you|u|somebody|someone) (?:clearly |obviously |must have |definitely |apparently )?|(?:he|she|the author|the writer) (?:clearly|obviously|must have|definitely|apparently) )(?:skipped|missed|slept through|failed|flunked) (?:(?:[a-z]+ )?(?:class|classes|lessons?)(?![a-z])|(?:geography|history|maths?|civics|economics|english|grammar|spelling|biology|physics|science|kindergarten|primary school|high school|school)(?=\\s*[.!?,]|\\s*$))', ['skipped', 'missed', 'slept', 'failed', 'flunked']],
  ['(?:you|u|he|she|the author|the writer|someone|somebody|a person|a man|a woman)(?: who)?(?: (?:has|have|had)|[\'’]ve|[\'’]s)? never (?:once )?(?:opened|read|cracked open|picked up|touched) a (?:single )?(?:book|history book|newspaper|map|atlas)(?![a-z])(?![\\s-]+(?:about|on|by|in|from|of)(?![a-z]))', ['never'], ['book', 'newspaper', 'map', 'atlas']],
  ['(?:for|keep|you[\'’]re|you are|u r|stop|quit) embarrassing (?:yourself|urself)', ['embarrassing']],
  ['(?<=^|[.!?…]\\s*)this from (?:a|the) (?:person|guy|man|woman|commenter|poster|someone|one) who (?:thinks|believes|thought|believed|says|said)(?![a-z])', ['this'], ['from']],
  // Talking down: a stranger called "sweetie", asked whether they are twelve, told to leave it to the grown-ups, the
  // meme "tell me you … without telling me …", "nobody is this dense by accident", "the resident troll has arrived",
  // "were you dropped as a baby?"
  ['(?<=^|[.!?…]\\s*)(?:sweetie|sweetheart|honey|hun|buttercup|princess|darling|kiddo|champ|sunshine)\\s*,\\s*(?:that|this|it|you|no|nobody|not|learn|read|go|try|grow|bless|please|maybe)(?![a-z])', ['sweetie', 'sweetheart', 'honey', 'hun', 'buttercup', 'princess', 'darling', 'kiddo', 'champ', 'sunshine']],
  ['are (?:you|u) (?:like |actually |really |even )?(?:five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|[5-9]|1[0-4])(?: years old)?(?=\\s*\\?)', ['five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', '5', '6', '7', '8', '9', '10', '11', '12', '13', '14']],
  ["leave (?:[a-z'’-]+ ){1,4}to the (?:grown-?ups|adults|big boys)(?=\\s*[.!?,;]|\\s*$)", ['leave'], ['grown', 'grownups', 'adults', 'boys']],
  // "Go play somewhere else, kid"; "Do the world a favour and stop editing forever" (not "… and
  // stop using plastic bags")
  [order('go play (?:somewhere else|elsewhere)'), ['play']],
  ['do (?:us|us all|the world|everyone|everybody|humanity|mankind|the internet) a fav(?:ou)?r and (?:just )?(?:stop (?:posting|commenting|editing|writing|talking|breathing|typing|tweeting|reproducing)|shut up|disappear|go away|log off|delete (?:your|ur) account|quit (?:posting|commenting|editing|writing|the internet)|get lost)', ['favour', 'favor']],
  // "Typical Wikipedia nerd with no friends"
  ['typical (?:[a-z]+ ){0,2}(?:nerd|geek|loser|neckbeard|troll|virgin|basement dweller) with no (?:friends|life|social life|girlfriend|boyfriend|job)', ['typical'], ['friends', 'life', 'girlfriend', 'boyfriend', 'job']],
  ['tell me (?:you|u)[^.!?]{1,80}? without telling me', ['tell'], ['without'], ['telling']],
  ['(?:nobody|no one|no-one) (?:is|can be|could be|gets) (?:this|that|so) (?:dense|stupid|dumb|ignorant|clueless|thick|obtuse|gullible|daft) (?:by accident|naturally|on purpose|without (?:trying|practice|effort)|for free)', ['accident', 'naturally', 'purpose', 'trying', 'practice', 'effort', 'free'], ['dense', 'stupid', 'dumb', 'ignorant', 'clueless', 'thick', 'obtuse', 'gullible', 'daft']],
  ["(?:the|our|another) (?:[a-z'’-]+ ){0,3}(?:trolls?|bots?|shills?|keyboard warriors?|propagandists?|genius|einstein|clowns?|idiots?|morons?|tankies|tankie|vatniks?|apologists?|fanboys?) (?:has|have) (?:arrived|entered the chat|shown up|logged on|woken up|spoken)(?![a-z])", ['troll', 'trolls', 'bot', 'bots', 'shill', 'shills', 'warrior', 'warriors', 'propagandist', 'propagandists', 'genius', 'einstein', 'clown', 'clowns', 'idiot', 'idiots', 'moron', 'morons', 'tankie', 'tankies', 'vatnik', 'vatniks', 'apologist', 'apologists', 'fanboy', 'fanboys'], ['arrived', 'entered', 'shown', 'logged', 'woken', 'spoken']],
  ['(?:(?:were|was) (?:you|u|he|she|the author) |(?:you|u|he|she) (?:must have been|were|was) (?:clearly |obviously )?)dropped (?:on (?:your|ur|his|her) head )?(?:as an? (?:baby|child|kid|infant)|at birth)', ['dropped']],
  ['(?:shame|pity) about (?:the|her|his|your|ur) (?:brain|brains|mind|intellect|iq|personality)(?=\\s*[.!?,]|\\s*$)', ['shame', 'pity']],
  // Sarcasm with a stock ending: "you know nothing about …", "experts who learned geopolitics from YouTube", "one
  // day you'll understand", "you can always serve as a bad example", "the village has lost its idiot", "like clouds:
  // when they disappear …", "You have the right to remain silent. Please use it."
  ['(?:you|u) (?:clearly |obviously |really |simply |honestly )?know (?:absolutely )?nothing about', ['know'], ['nothing']],
  ['(?:you|u|who|experts?|people|commenters?) (?:clearly |obviously |probably |must have )?(?:learned|learnt|studied|got) (?:your |their |all (?:your|their) )?(?:geopolitics|history|economics|politics|international relations|military strategy|law|science|facts|news|information|knowledge) (?:from|on) (?:youtube|tiktok|facebook|twitter|memes|telegram|a cereal box|fortune cookies|state tv|russian tv|rt)(?![a-z])', ['learned', 'learnt', 'studied', 'got'], ['youtube', 'tiktok', 'facebook', 'twitter', 'memes', 'telegram', 'cereal', 'fortune', 'tv', 'rt']],
  ["(?:one day|someday|some day|eventually) (?:you|u)(?:['’]ll| will) (?:understand|get it|learn|figure it out|grow up)(?![a-z])(?! (?:why|how|that) (?:your|my|our) (?:parents|mother|father|mum|mom|dad|grandparents)(?![a-z]))", ['understand', 'get', 'learn', 'figure', 'grow'], ['day', 'someday', 'eventually']],
  ['(?:you|u) can (?:always |still |at least )?serve as (?:a|an) (?:bad|cautionary|horrible|terrible|warning) example', ['example']],
  // The thirty-first session's talking down: "When you grow up you'll understand" (as "one day you'll understand"),
  // "Aw, did someone learn a new word today?", "Let me explain this slowly so even you can follow", "Wrong, but cute",
  // "Run along now, little one", "this thread is for grown-ups", "Try reading a book sometime" (not "… a book about the
  // region"), "Someone's mummy let them use the computer again", "the shallow end of the gene pool", "I've seen smarter
  // takes on the back of a shampoo bottle"
  ["when (?:you|u) grow up,? (?:you['’]ll|you will|maybe you['’]ll|perhaps you['’]ll) (?:understand|get it|see|learn)(?![a-z])", ['understand', 'get', 'see', 'learn'], ['grow']],
  ['(?:did|has) (?:someone|somebody|little [a-z]+|the author|the troll) (?:just )?(?:learn|learned|learnt) a new word', ['word'], ['learn', 'learned', 'learnt']],
  ['so (?:that )?even (?:you|u|a child|a toddler|a troll|the author) (?:can|could|will|might|would) (?:follow|understand|get it|grasp|keep up)', ['even'], ['follow', 'understand', 'get', 'grasp', 'keep']],
  ['(?<=^|[.!?…]\\s*)(?:wrong|stupid|dumb|delusional),? but cute(?=\\s*[.!]|\\s*$)', ['cute']],
  ['run along(?:,? now)?,? (?:little one|sweetie|kiddo|child|sonny|little boy|little girl|little man|son)(?![a-z])|(?:this|the) (?:thread|discussion|conversation|comment section|debate) is for (?:the )?(?:grown-?ups|adults)(?![a-z])', ['run', 'thread', 'discussion', 'conversation', 'section', 'debate'], ['along', 'grown', 'grownups', 'adults']],
  ['try reading a book(?: (?:sometime|some time|once|for once|one day|first))?(?=\\s*[,.!]|\\s*$)', ['book'], ['reading']],
  ["(?:someone|somebody)['’]s (?:mummy|mommy|mum|mom|mother|parents|dad|daddy) (?:let|lets|allowed) (?:them|him|her|you|u) (?:use|on|near|have|play)", ['mummy', 'mommy', 'mum', 'mom', 'mother', 'parents', 'dad', 'daddy'], ['let', 'lets', 'allowed']],
  ['shallow end of the gene pool', ['gene']],
  ['(?:seen|read|heard) (?:smarter|better|more intelligent|more coherent|more informed|deeper) (?:takes|arguments|analysis|comments|opinions|points|thoughts|writing) (?:on|in|from) (?:the back of )?(?:a|an) (?:shampoo bottle|cereal box|fortune cookie|bus ticket|toilet wall|napkin|crisp packet|sweet wrapper|candy wrapper)', ['shampoo', 'cereal', 'fortune', 'ticket', 'toilet', 'napkin', 'crisp', 'wrapper']],
  ['(?:village|town) (?:has )?lost its idiot|(?:our|this|their|your) (?:resident )?village idiot', ['idiot']],
  ['like clouds:? when they (?:disappear|leave|go away|are gone)', ['clouds']],
  ['(?:have|has) the right to remain silent[.,;:]? (?:please |i suggest (?:you )?|i[\'’]?d suggest (?:you )?|try to |maybe )?(?:use|exercise) it', ['silent']],
  // A family's shame: "the author's family must be so embarrassed"
  ["(?:your|ur|his|her|the (?:author|writer|reporter|journalist|editor|columnist)['’]s) (?:family|parents|mother|mum|mom|father|dad|wife|husband|kids|children) must be (?:so |very |really )?(?:embarrassed|ashamed|mortified)", ['embarrassed', 'ashamed', 'mortified']],
  // Replies' jabs: "typical Kremlin bot", "are you paid per comment?", "I've seen more intelligence in a bowl of
  // soup", "your English is as bad as your arguments", "someone with your level of education"
  [`${SENTENCE_START}typical (?:[a-z-]+ )?(?:bot|bots|troll|trolls|shill|shills|propagandist|tankie|vatnik|apologist)(?=\\s*[.!,]|\\s*$)`, ['typical'], ['bot', 'bots', 'troll', 'trolls', 'shill', 'shills', 'propagandist', 'tankie', 'vatnik', 'apologist']],
  ['(?:are|r) (?:you|u) (?:being )?paid (?:per|by the|for each|for every) (?:comment|post|word|reply)', ['paid'], ['comment', 'post', 'word', 'reply']],
  ['(?:seen|met|found) more (?:intelligence|brains?|wit|iq|logic) in (?:a|an|my) [a-z]+(?: of [a-z]+)?', ['seen', 'met', 'found'], ['intelligence', 'brains', 'brain', 'wit', 'iq', 'logic']],
  ['(?:your|ur) (?:english|grammar|spelling|writing|logic|reasoning|russian|history|maths?|taste(?: in [a-z]+)?|jokes?|opinions?|comments?|posts?) (?:is|are) as (?:bad|poor|weak|terrible|awful|broken|shaky|pathetic|stupid|dumb|ignorant|cheap|shallow|tacky|fake) as (?:your|ur) (?:personality|arguments?|logic|reasoning|manners|opinions?|takes?|points?|brain|facts|spelling|grammar|english|russian|kazakh|kyrgyz|uzbek|jokes?|face)', ['bad', 'poor', 'weak', 'terrible', 'awful', 'broken', 'shaky', 'pathetic', 'stupid', 'dumb', 'ignorant', 'cheap', 'shallow', 'tacky', 'fake'], ['english', 'grammar', 'spelling', 'writing', 'logic', 'reasoning', 'russian', 'history', 'math', 'maths', 'taste', 'joke', 'jokes', 'opinion', 'opinions', 'comment', 'comments', 'post', 'posts']],
  // (and the dumbest of a place, "The jurors must have been the dumbest people in the county")
  [`(?:are|were|been) (?:by far )?(?:(?:a|the) (?:dozen|handful|bunch|couple) of )?the (?:most (?:${alternation([...INSULT_ADJECTIVES, 'annoying', 'entitled'])})|biggest|dumbest|stupidest) (?:people|fans|voters|bunch|lot|crowd|group|idiots|morons|fools|${PERSON_PLURAL_SHAPE}) (?:on earth|in the world|alive|on the planet|on the internet|online|in (?:this|the|that|our) (?:country|county|state|city|town)|in history|i(?:['’]ve| have) ever (?:met|seen|known))`, ['most', 'biggest', 'dumbest', 'stupidest'], ['earth', 'world', 'alive', 'planet', 'internet', 'online', 'country', 'county', 'state', 'city', 'town', 'history', 'ever']],
  ['(?:someone|somebody|anyone|a person|people) with (?:your|ur) (?:level of (?:education|intelligence|understanding)|iq|intelligence|education|brain|brains)', ['your', 'ur'], ['level', 'iq', 'intelligence', 'education', 'brain', 'brains']],
  // Long comments' jabs: "the same tired clown in the comments", "she has outdone herself in stupidity", "Is she paid
  // by the word or by the Kremlin?"
  ['(?:the same|this|that|these|those|our resident|the resident)(?: [a-z]+)? (?:clowns?|idiots?|fools?|morons?) (?:in|on) (?:the|these|this|our) (?:comments?|comment section|thread|forum)(?![a-z])', ['comments', 'comment', 'thread', 'forum'], ['clown', 'clowns', 'idiot', 'idiots', 'fool', 'fools', 'moron', 'morons']],
  ['outd(?:one|id|oes) (?:himself|herself|yourself|themselves|urself) in (?:stupidity|ignorance|idiocy|incompetence|dishonesty|cowardice|hypocrisy|stupidness)', ['stupidity', 'ignorance', 'idiocy', 'incompetence', 'dishonesty', 'cowardice', 'hypocrisy', 'stupidness']],
  // (and "The author clearly gets paid by the word and by the Kremlin")
  ['(?:(?:is|are|was|were) (?:she|he|you|u|the (?:author|writer|columnist|journalist|reporter|editor)) (?:being )?|(?:she|he|you|u|the (?:author|writer|columnist|journalist|reporter|editor)) (?:clearly |obviously |probably |must )?(?:gets?|got|get) )paid by (?:the word (?:or|and) (?:by )?)?(?:the )?(?:kremlin|moscow|putin|soros|cia|washington|nato|state department|west)(?![a-z])', ['paid'], ['kremlin', 'moscow', 'putin', 'soros', 'cia', 'washington', 'nato', 'state', 'west']],
  // "You write like a Russian colonist, arrogant and illiterate" (not "You write like a poet, warm and precise")
  ['(?:you|u) (?:write|talk|sound|argue|think|comment) like (?:a|an|some) [^,.!?]{1,40}?, (?:arrogant|illiterate|ignorant|clueless|brainless|stupid|dumb|pathetic|rude|uneducated)(?![a-z])', ['write', 'talk', 'sound', 'argue', 'think', 'comment'], ['arrogant', 'illiterate', 'ignorant', 'clueless', 'brainless', 'stupid', 'dumb', 'pathetic', 'rude', 'uneducated']],
  // "The editor must be a drunk to approve this nonsense", "You must have been drunk when you wrote this" (not "The
  // driver must have been drunk, the police said": a cause, without a deed of writing)
  ['must (?:be|have been) (?:a )?drunk (?:to (?:approve|write|publish|post|print|believe|think)|when (?:you|u|he|she|they) (?:wrote|approved|published|posted))', ['drunk']],
  // "You're dumber than a broken calculator" (not "you're smarter than a calculator"), "… never touched a woman", "AI
  // should replace journalists like you, at least it can spell"
  ["(?:you|u)(?:['’]re| are| r) (?:even |way |much |clearly |obviously )?(?:dumber|stupider|thicker|more stupid|more useless) than", ['dumber', 'stupider', 'thicker', 'stupid', 'useless']],
  // (each waits for its rarest words: "touched", "spell", not "near" or "least")
  ["(?:never|not once) (?:touched|kissed|talked to|spoken to) a (?:woman|girl)(?=\\s*[.,!;]|\\s*$)", ['touched', 'kissed', 'talked', 'spoken']],
  ['(?:like|than) (?:you|u)[^.!?]{0,30}?at least (?:it|he|she|they|an? (?:bot|chatbot|machine|computer|robot|ai)) can (?:spell|count)', ['least'], ['spell', 'count']],
  // A parent's jabs: "You're an unfit mother" (not "You're not a bad mother for using formula"), "Your kids will grow
  // up to be losers just like their mother", "Women who put their kids in daycare shouldn't have had them"
  ["(?:you|u)(?:['’]re| are| r) (?:an? )?(?:unfit|terrible|awful|horrible|useless|negligent|lousy|shit|crap|pathetic) (?:mother|mum|mom|father|dad|parent|wife|husband)(?![a-z])", ['unfit', 'terrible', 'awful', 'horrible', 'useless', 'negligent', 'lousy', 'shit', 'crap', 'pathetic']],
  ['grow up to be (?:losers|idiots|morons|criminals|failures|junkies|thugs) (?:just )?like (?:you|u|their (?:mother|father|mum|mom|dad|parents))', ['grow'], ['losers', 'idiots', 'morons', 'criminals', 'failures', 'junkies', 'thugs']],
  ["(?:women|mothers|parents|people|anyone|those) who [^.!?]{1,60}? shouldn['’]?t have had (?:them|kids|children|babies)", ['shouldn']],
  // "Grandpa, your brain rotted in 1991" (not "Your brain rots if you don't read, the study says")
  // (and "Your brain runs on Windows 95")
  ['(?:your|ur) brain (?:(?:has |must have |clearly |obviously )?(?:rotted|melted|died|atrophied|shrivell?ed)|is (?:mush|rotten|dead|porridge|jelly|pudding))(?![a-z])|(?:your|ur) brain (?:still )?(?:runs|is running) on(?= )', ['brain']],
  // "Their engineers are monkeys who couldn't wire a doorbell" (not "Capuchins are monkeys that can't swim")
  ["(?:are|were) (?:a bunch of |just |all )?(?:monkeys|apes|chimps|donkeys|sheep|muppets) who (?:couldn['’]?t|can['’]?t|cannot|could not|wouldn['’]?t)", ['monkeys', 'apes', 'chimps', 'donkeys', 'sheep', 'muppets']],
  // "a plastic Barbie with nothing between her ears" (not "nothing between her and the title but one fight", "Nothing
  // between his ears hurts like an ear infection"; "your" ears: "anything in your head" above)
  ['nothing between (?:her|his|their) ears(?=\\s*[.,!?;:]|\\s*$|\\s+(?:but|except|apart|and)(?![a-z]))', ['ears']],
  // "You clearly drive like you think, badly"; "She is a washed-up has-been" (not "the tired has-been bands"), "a
  // washed-up old man" (not "a washed-up boxer", the sports pages' cliché)
  ['(?:drive|drives|write|writes|play|plays|argue|argues|cook|cooks|dress|dresses|talk|talks|sing|sings|vote|votes) like (?:you|u|he|she|they) (?:think|thinks|look|looks|talk|talks|write|writes)\\s*[,:—–-]\\s*(?:badly|poorly|terribly|slowly|rarely|not at all)', ['badly', 'poorly', 'terribly', 'slowly', 'rarely', 'all']],
  ['(?:washed-up|washed up) old (?:man|woman|fool|geezer|hag)(?![a-z])|(?:washed-up|washed up|faded|pathetic|ageing|aging|tired) has-beens?(?=\\s*[.,!?;:]|\\s*$|\\s+(?:who|like|with|from|of)(?![a-z]))', ['washed', 'faded', 'pathetic', 'ageing', 'aging', 'tired']],
  // (and a has-been or a yes-man with an article, said of someone: "He is a has-been", "The board are a pack of
  // spineless yes-men"; the words wait here, not in the insults' lists, where "been" and "yes" would open windows in
  // every other comment)
  ["(?:is|was|are|were|['’]s|['’]re|you|u) (?:just |nothing but |such )?(?:an? |a bunch of |a pack of |another )?(?:[a-z-]+ )?(?:has-beens?|yes-m[ae]n)(?=\\s*[.,!?;:]|\\s*$|\\s+(?:who|like|with|from|of|and)(?![a-z]))", ['been', 'beens', 'yes']],
  // "The lab rats at the academy are parasites living off our taxes" (not "tapeworms are parasites living off their
  // host")
  ['(?:parasites|leeches|freeloaders|bloodsuckers|spongers) (?:who (?:are |live |feed )?)?(?:living|live|feeding|feed|sponging|sucking|sitting) (?:off|on) (?:our|my|the) (?:taxes|tax money|taxpayers?|budget|money|state|country)', ['parasites', 'leeches', 'freeloaders', 'bloodsuckers', 'spongers']],
  // "NATO lovers like you should move to Washington and stay there" (not "you should move to Almaty and stay there a
  // year, it's worth it": a stay has no end said)
  ["(?:like (?:you|u)|(?:you|u)(?: people| lot| guys| all)?) should (?:just )?(?:all )?(?:move|go|emigrate|relocate|leave|go back) to [^.!?,]{1,30}? and (?:stay there|never come back|don['’]?t come back|not come back)(?=\\s*[.!]|\\s*$)", ['stay', 'come'], ['should']],
  // "Bureaucrats are vampires, drive a stake through every one of them" (not "drive a stake through the budget")
  ['drive a (?:wooden )?stake through (?:every one of them|all of them|them all|them|his heart|her heart|their hearts|your heart)(?![a-z])', ['stake']],
  // "Do you ever say anything that isn't dumb?" (not "Did he ever say anything that wasn't true?": a question of fact)
  ["(?:do|does|did) (?:you|u|he|she|they|the (?:author|writer|columnist|reporter)) ever (?:say|write|post|type|think|have to say) anything (?:that isn['’]?t|that is not|that['’]s not|that wasn['’]?t|that was not|not) (?:completely |totally |utterly )?(?:dumb|stupid|idiotic|moronic|ignorant|nonsense|garbage|trash|drivel|brain-dead|braindead)(?![a-z])", ['ever'], ['anything']],
  // "Listen here, pal, …", "Listen up, sweetie": a reader talked down to (not "Listen here, folks")
  ['(?<=^(?:@[a-z0-9_]+ )*|[.!?…] ?)listen (?:here|up),? (?:pal|buddy|bud|sweetie|sweetheart|honey|hun|sonny|missy|little man|little girl|boy|girlie|princess|champ|chief)(?![a-z])', ['listen']],
];
export const SOCIAL =
  'twitter|facebook|youtube|tiktok|reddit|the\\s+internet|the\\s+comment\\s+section|this\\s+comment\\s+section';
/** The phrases, and the two shapes built around an insult noun. */
/**
 * A mind, a memory or manners likened to a child's, an animal's or a thing's, a head that needs examining, a
 * sentence one can barely write: of a person ("you", "the author", "Lavrov", "someone with …"), a put-down; of an
 * animal or a machine, a comparison ("Crows have the intelligence of a seven-year-old", "a parrot with the
 * intelligence of a toddler", "The robot has the memory of a goldfish"), and of the writer themself, modesty.
 */
/** What a mind likened to is praise: "the brains of a rocket scientist", "the intelligence of a fox". */
const NOT_PRAISE =
  '(?!(?:genius|rocket|scientist|professor|einstein|fox|owl|grandmaster|chess|surgeon|scholar|sage|computer|mastermind|champion|born|natural|great|real|true)(?![a-z]))';
// prettier-ignore
export const LIKENED: Phrase[] = [
  // (not praise: "the brains of a rocket scientist")
  [`(?:have|has|got|with) the (?:brains?|intelligence|iq|wits|attention span) of an? ${NOT_PRAISE}[a-z]+`, ['brain', 'brains', 'intelligence', 'iq', 'wits', 'attention']],
  // (after something else the person has: "butter fingers and the brain of a sparrow", "the voice of a cat and the brains of one")
  [`(?:have|has|got|with) (?:[a-z-]+ ){1,6}?(?:and|but) the (?:brains?|intelligence|iq|wits|attention span) of (?:an? ${NOT_PRAISE}[a-z]+|one)(?![a-z])`, ['brain', 'brains', 'intelligence', 'iq', 'wits', 'attention']],
  ['(?:can|could) (?:barely|hardly|not even|n[o’\']t even) (?:write|string|put|spell) (?:a (?:sentence|paragraph)|two sentences|(?:a )?(?:coherent|simple) sentence)', ['barely', 'hardly', 'even'], ['sentence', 'paragraph', 'sentences']],
  // (not "the analytical skills of a seasoned diplomat")
  ['(?:have|has|got) the (?:reasoning|thinking|critical thinking|reading|comprehension|debating|logic|analytical) (?:skills|ability|abilities|capacity) of an? (?:[a-z-]+ )?(?:child|toddler|baby|infant|kid|goldfish|potato|rock|brick|sponge|turnip|cabbage|fish|hamster|chicken|pigeon|squirrel|monkey|chimp|donkey|sheep|[a-z]+-year-old|(?:first|second|third|fourth|fifth) grader|kindergart[ne]+r|preschooler|drunk|houseplant|plant|doorknob|lamp ?post|brick wall|cat|dog|parrot|toaster|paper bag|bag of (?:rocks|hammers)|sack of potatoes)(?![a-z])', ['skills', 'ability', 'abilities', 'capacity']],
  // "you have the reading comprehension of a goldfish", "The reporter has the medical knowledge of a houseplant" (not
  // "the memory of a lifetime", "the manners of a diplomat", "the knowledge of a specialist")
  ['(?:(?:have|has|got) the|with (?:all )?the) (?:memory|moral compass|morality|conscience|reading comprehension|comprehension|maturity|emotional maturity|manners|logic|reasoning|common sense|mind|intellect|vocabulary|charisma|personality|spine|backbone|morals|ethics|integrity|insight|subtlety|nuance|wit|originality|(?:[a-z]+ )?knowledge|understanding) of an? (?:(?:[a-z0-9]+-)?year-old|goldfish|toddler|child|fly|gnat|rock|brick|potato|turnip|squirrel|hamster|chimp|chimpanzee|monkey|ape|donkey|sheep|amoeba|slug|clam|doorknob|houseplant|pigeon|parrot|spoiled child|spoilt child|wet sock|wet blanket|plank|lettuce|jellyfish|earthworm|snake|rat|sewer rat|warlord|cockroach|alley cat|parking meter|traffic cone|filing cabinet|spreadsheet|(?:first|second|third|fourth|fifth|sixth) grader|kindergart[ne]+r|preschooler)(?![a-z])', ['memory', 'compass', 'morality', 'conscience', 'comprehension', 'maturity', 'manners', 'logic', 'reasoning', 'sense', 'mind', 'intellect', 'vocabulary', 'charisma', 'personality', 'spine', 'backbone', 'morals', 'ethics', 'integrity', 'insight', 'subtlety', 'nuance', 'wit', 'originality', 'knowledge', 'understanding'], ['year', 'goldfish', 'toddler', 'child', 'fly', 'gnat', 'rock', 'brick', 'potato', 'turnip', 'squirrel', 'hamster', 'chimp', 'chimpanzee', 'monkey', 'ape', 'donkey', 'sheep', 'amoeba', 'slug', 'clam', 'doorknob', 'houseplant', 'pigeon', 'parrot', 'sock', 'blanket', 'plank', 'lettuce', 'jellyfish', 'earthworm', 'snake', 'rat', 'warlord', 'cockroach', 'cat', 'meter', 'cone', 'cabinet', 'spreadsheet', 'grader', 'kindergarten', 'kindergartner', 'kindergartener', 'preschooler']],
  ['(?:lack|lacks|lacking) the (?:brain cells|brains|intelligence|iq|wits)', ['lack', 'lacks', 'lacking']],
  // A critic's tongue: "You have the palate of a goat", "the taste buds of a dead rat" (not "the palate of a sommelier")
  // (and a listener's ear: "You have the musical taste of a deaf goat"; not "the musical taste of a true connoisseur")
  ['(?:(?:have|has|got) the|with the) (?:palate|taste buds|table manners|hygiene|musical taste|taste in music|ear for music|taste) of an? (?:[a-z]+ )?(?:goat|pig|hog|rat|dog|cow|donkey|sheep|toddler|caveman|neanderthal|troll|peasant|animal|warthog|goblin|vulture|hyena|slug|cockroach)(?![a-z])', ['palate', 'buds', 'manners', 'hygiene', 'musical', 'music', 'taste']],
  // "K-pop fans are screeching teenage girls with no brains" (not "patients with no brain activity")
  ['(?:girls|boys|people|fans|idiots|kids|women|men|teenagers|sheep|zombies) with (?:no|zero) (?:brains?|brain cells?|iq)(?![a-z])', ['brain', 'brains', 'iq']],
  // "a bitter failed musician who couldn't play a kazoo" (not "a failed asylum seeker who couldn't return home"); "The
  // critic is a bitter failed novelist": a person by trade, failed, with a word of contempt before (not "She was a
  // failed candidate for mayor in 2019", "a failed state")
  [`(?:an?|some|another) (?:bitter|sad|pathetic|jealous|talentless|washed[ -]up|miserable|useless|resentful) (?:old |little )?failed (?:[a-z]+ who (?:couldn['’]?t|can['’]?t|never could)|(?:${ANY_ROLE}|artist|painter|academic|student|hack)s?(?![a-z]))`, ['failed']],
  // "The banker in the photo has the face of a thief"
  ['(?:has|have|got|with) the (?:face|look|eyes) of an? (?:[a-z]+ )?(?:thief|criminal|crook|murderer|rapist|pedophile|paedophile|serial killer|con man|weasel|rat|pig|toad|snake)(?![a-z])', ['face', 'look', 'eyes'], ['thief', 'criminal', 'crook', 'murderer', 'rapist', 'pedophile', 'paedophile', 'killer', 'man', 'weasel', 'rat', 'pig', 'toad', 'snake']],
  // "The author must have written this between naps"
  // (not "My grandfather wrote this between naps")
  ['(?:must have|probably|clearly|obviously) (?:been )?(?:written|wrote|typed) (?:(?:this|it|that) )?(?:between|during) (?:(?:his|her|their|your|ur) )?(?:naps|nap times|bathroom breaks)', ['naps', 'nap', 'bathroom']],
  // A person likened to an ugly animal: "Lavrov looks like a constipated walrus", "The presenter looks like a horse with
  // lipstick" (of a thing, a comparison: "The new
  // stadium looks like a toad"; nor a compound: "You look like a potato farmer in that hat")
  ['(?:looks?|looked|looking) like an? (?:[a-z-]+ )?(?:walrus|toad|hooker|streetwalker|warthog|hippo|hippopotamus|pig|rat|weasel|ferret|goblin|gremlin|troll|potato|thumb|bulldog|pug|mole|vulture|lizard|cow|whale|heifer|sausage|horse|donkey|scarecrow|gorilla)(?=\\s*(?:[.!?,;:]|$)|\\s+(?:with|who|that|in|on|and|when)(?![a-z]))', ['walrus', 'toad', 'hooker', 'streetwalker', 'warthog', 'hippo', 'hippopotamus', 'pig', 'rat', 'weasel', 'ferret', 'goblin', 'gremlin', 'troll', 'potato', 'thumb', 'bulldog', 'pug', 'mole', 'vulture', 'lizard', 'cow', 'whale', 'heifer', 'sausage', 'horse', 'donkey', 'scarecrow', 'gorilla'], ['looks', 'look', 'looked', 'looking']],
  ['needs? (?:to see|to consult|to visit) an? (?:shrink|psychiatrist)', ['shrink', 'psychiatrist']],
  // "Whoever wrote this needs psychiatric help", "Did a child write this?" (not "He needs psychiatric help, his mother
  // says, not prison", of someone in the news; nor "Did a child write this? It's charming")
  ['(?:(?:you|u)|whoever (?:wrote|writes|posted) (?:this|that|it)|the (?:author|writer|columnist|reporter|journalist|editor)) (?:clearly |really |seriously |obviously )?(?:need|needs|should get|should seek|must get) (?:some )?(?:serious |professional |urgent )?(?:psychiatric|mental|psychological) help', ['psychiatric', 'mental', 'psychological'], ['help']],
  ["(?<=^|[.!?…]\\s*)(?:did|was this written by) (?:a|an|some) (?:child|toddler|kid|five-year-old|monkey|chimp|drunk|schoolboy|schoolgirl|bot) (?:write|type) (?:this|that|it)(?=\\s*\\?(?!\\s*(?:it['’]s|it is|so|how) (?:charming|lovely|sweet|cute|adorable)))", ['child', 'toddler', 'kid', 'monkey', 'chimp', 'drunk', 'schoolboy', 'schoolgirl', 'bot'], ['write', 'type']],
  ['the (?:brains?|intelligence|intellect|iq|wits|mental capacity) of an? (?:potato|rock|brick|toddler|goldfish|chimp|monkey|gnat|houseplant|doorknob|turnip|cabbage|fruit fly)', ['potato', 'rock', 'brick', 'toddler', 'goldfish', 'chimp', 'monkey', 'gnat', 'houseplant', 'doorknob', 'turnip', 'cabbage', 'fruit']],
  ["(?:needs?|should have|ought to have|wants?) (?:(?:his|her|their|your|ur|its) )?heads? (?:examined|checked|testing|tested|looked at)", ['examined', 'checked', 'testing', 'tested', 'looked']],
];

/**
 * Remarks on a person's looks or body, and sexual remarks about a person:
 * held for a moderator. Written for the women in the news, whom comment
 * sections judge by their faces and bodies instead of their work.
 */
// prettier-ignore
export const LOOKS: Phrase[] = [
  // (of a person: not "The cat looked in the mirror lately")
  [`(?:looked|look|looks|looking)(?<=(?:you|u|she|he|they|${[...WRITERS, ...PLAIN_PERSONS, ...PUBLIC_ROLES].join('|')})(?: (?:ever|even|actually|really|never))? [a-z]+) in (?:a|the) mirror (?:lately|recently|ever)`, ['mirror']],
  ['face (?:that |like that )?(?:could|would|that could|that would) (?:curdle|stop|crack|scare|sink|frighten|break)', ['curdle', 'stop', 'crack', 'scare', 'sink', 'frighten', 'break'], ['face']],
  ['with a face like (?:that|hers|his|yours)', ['face']],
  ['face only a mother could love', ['face']],
  ['(?:her|his|your|ur) face (?:is|looks) (?:even )?(?:worse|uglier|ugly|hideous|disgusting|gross|like a)', ['face']],
  // a body mocked by what its owner eats: "she should lay off the cakes before lecturing anyone", "a walking skeleton",
  // "Look at the state of him" (not "the state of the roads"); what it cannot see is below, with the feet
  ['(?:she|he|you|u|they) (?:should|could|needs? to|ought to|might want to|wants? to) (?:lay off|put down|go easy on|skip|step away from) the (?:cakes?|pies?|burgers?|doughnuts?|donuts?|biscuits?|chips|pizzas?|kebabs?|buns|pastries|sweets)(?![a-z])', ['cake', 'cakes', 'pie', 'pies', 'burger', 'burgers', 'doughnut', 'doughnuts', 'donut', 'donuts', 'biscuit', 'biscuits', 'chips', 'pizza', 'pizzas', 'kebab', 'kebabs', 'buns', 'pastries', 'sweets'], ['lay', 'put', 'go', 'skip', 'step']],
  ['(?:an?|like a) walking (?:skeleton|cadaver|stick insect|bag of bones|beanpole|heart attack|buffet)(?![a-z])', ['walking'], ['skeleton', 'cadaver', 'insect', 'bones', 'beanpole', 'heart', 'buffet']],
  ['(?<=^|[.!?…]\\s*)look at the state of (?:him|her|you|u|them)(?=\\s*(?:[,.!?;—–-]|$))', ['state']],
  // "thinks the whole road belongs to his fat backside" (not "a fat cat's backside")
  ['(?:her|his|your|ur) (?:fat|big fat|huge|enormous|lardy|flabby) (?:backside|behind|butt|bum|rear end|rear)(?![a-z])', ['backside', 'behind', 'butt', 'bum', 'rear'], ['fat', 'huge', 'enormous', 'lardy', 'flabby']],
  // "a paid hack who couldn't count to ten" (not "My toddler can't count to ten yet": said of "he", "she", "you", "who")
  ["(?:he|she|you|u|who|they)(?: really| clearly| probably| obviously)? (?:couldn['’]?t|can['’]?t|cannot|could not) (?:even )?count to (?:ten|10|three|five|twenty)(?! (?:yet|in|at|by|until|till|without|when|before)(?![a-z]))", ['count'], ['ten', '10', 'three', 'five', 'twenty']],
  // "The minister talks like he's got brain damage" (not "He has brain damage from the crash", a report)
  ["(?:talks?|writes?|sounds?|acts?|argues?|thinks?|reads?|posts?|votes?) like (?:he|she|you|u|they|the (?:author|writer|minister|reporter))(?:['’]s| has| have|['’]ve)(?: got| had)? (?:brain damage|a brain injury|a lobotomy|been dropped on (?:his|her|your|their) head)", ['like'], ['damage', 'injury', 'lobotomy', 'dropped']],
  // "your face alone makes me want to vomit" (not "the smell alone makes me want to vomit")
  ['(?:her|his|your|ur) (?:face|mug|voice|looks)(?: alone)? (?:makes|make) me (?:want to )?(?:vomit|puke|throw up|gag|sick)', ['face', 'mug', 'voice', 'looks'], ['vomit', 'puke', 'throw', 'gag', 'sick']],
  // Not "butt" or "backside": "vote her butt out of office", "sit your butt down"
  // (not a report of an injury or an illness: "her thighs were injured in the crash")
  ['(?:her|his|your|ur) (?:thighs|boobs|breasts|tits|titties|cleavage|rack|booty|buttocks)(?!\\s+(?:were|was|are|is|have been|had been) (?:injured|examined|operated|removed|broken|hurt|treated|scanned|x-rayed|bruised|burned|burnt|wounded|amputated|checked|reconstructed))', ['thighs', 'boobs', 'breasts', 'tits', 'titties', 'cleavage', 'rack', 'booty', 'buttocks']],
  // (not furniture: "Nice legs on the new table")
  ['nice (?:legs|tits|boobs|butt|rack|body|figure|cleavage)(?! on (?:the|that|this|a|my|your) (?:new |old )?(?:table|chair|desk|piano|bench|stool|bed|sofa|couch|cabinet))', ['nice'], ['legs', 'tits', 'boobs', 'butt', 'rack', 'body', 'figure', 'cleavage']],
  // (not a doctor's advice: "The doctor said he should lose some weight"; nor of people in general: "Patients with
  // diabetes often need to lose weight")
  ['(?<!(?:doctors?|nurses?|physicians?|surgeons?|dietitians?|dieticians?|gp|cardiologists?|medics?) (?:said|says|told (?:him|her|me)|advised|advises|warned|recommended|recommends) (?:that )?(?:he|she|i|you|patients) )(?<!(?:patients|people|children|adults|diabetics|many|most)(?: [a-z]+){0,3} )(?:should|needs? to|must|ought to|could|has to|have to|gotta) (?:really )?lose (?:some |a (?:lot of |bit of |few pounds of )?)?weight', ['weight']],
  // "She's only on TV because the producers like blondes" (not "She's only on TV because the regular host is ill")
  ["(?:she|he)(?:['’]s| is) only (?:on (?:tv|air|the air|the show|television|screen|camera)|in (?:the|that) job|there) because (?:the )?(?:producers|bosses|editors|men|viewers|channel|network) (?:like|love|want|prefer)s? (?:blondes|pretty faces|eye candy|her looks|young women|legs)(?![a-z])", ['because'], ['blondes', 'pretty', 'candy', 'looks', 'young', 'legs']],
  // "Another feminist harpy with a byline", "Another idiot with a keyboard": an insult handed a writer's tool
  [`(?<=^|[.!?…]\\s*)(?:just |yet )?(?:another|typical|one more) (?:[a-z-]+ )?(?:${PERSON_NOUN}|hack|clown|fool|fraud|puppet) with an? (?:byline|keyboard|column|blog|microphone|mic|press pass|platform|laptop)(?![a-z])`, ['byline', 'keyboard', 'column', 'blog', 'microphone', 'mic', 'pass', 'platform', 'laptop'], ['another', 'typical', 'more']],
  ["(?:only )?(?:gets?|got|getting|has|had) (?:the )?(?:job|airtime|air time|seat|post|position|role|column|show|attention) (?:[a-z]+ )?because (?:(?:she|he)\\s*(?:['’]s| is| was) (?:hot|pretty|attractive|sexy|blonde|a blonde|good[- ]looking|young and pretty)|of (?:her|his) (?:pretty |nice |good |short )?(?:face|looks|legs|body|skirt|skirts|figure|cleavage|boobs))(?![a-z])(?!\\s*\\?)", ['because'], ['hot', 'pretty', 'attractive', 'sexy', 'blonde', 'looking', 'face', 'looks', 'legs', 'body', 'skirt', 'skirts', 'figure', 'cleavage', 'boobs']],
  ['(?:great|good|amazing|fun|wild|terrible|bad|lousy) in (?:bed|the sack)', ['bed', 'sack']],
  ['(?:her|him)(?:[ ,]+[a-z]+){0,8}[ ,]+if (?:you|u) know what i mean', ['know'], ['mean']],
  ['(?:this|that) (?:fat |old |ugly |beached |big )?(?:whale|hippo|walrus|heifer)(?! (?:watching|species|population|meat|hunt|hunting|shark|oil|song|calf|calves))', ['whale', 'hippo', 'walrus', 'heifer']],
  ['ugly (?:inside and out|on the inside|as sin|inside and outside)', ['ugly']],
  // "Fat ugly moderator with nothing better to do", "fat, ugly and bitter"
  ['(?:fat|ugly|obese|hideous),? (?:and )?(?:fat|ugly|obese|hideous|old|bald|bitter|smelly)(?:,? and (?:fat|ugly|bitter|old|bald|hideous|smelly|stupid))?(?=\\s*[.!]|\\s*$)', ['fat', 'ugly', 'obese', 'hideous']],
  ['(?:fat|ugly|obese|hideous)(?:,? (?:fat|ugly|obese|hideous|old|bald|smelly))? (?:moderators?|admins?|journalists?|reporters?|authors?|writers?|editors?|columnists?|commenters?|trolls?|losers?|slobs?|cows?|nerds?|geeks?|neckbeards?)(?![a-z])', ['fat', 'ugly', 'obese', 'hideous']],
  ['(?:you|u|he|she) (?:look|looks|looked) like an? (?:[a-z]+ )?(?:potato|toad|goblin|gnome|walrus|hippo|pig|frog|bulldog|troll|orc|sack of potatoes|melted candle)(?![a-z])(?![ -](?:farmer|farmers|salad|soup|field|peeler|chips?|picker|grower|seller|cake|pancake|farm|keeper|dealer))', ['like'], ['potato', 'toad', 'goblin', 'gnome', 'walrus', 'hippo', 'pig', 'frog', 'bulldog', 'troll', 'orc', 'potatoes', 'candle']],
  ['the (?:body|face|looks|physique|figure|complexion) of an? (?:potato|pig|toad|troll|goblin|gnome|walrus|whale|hippo|sack of potatoes|bulldog|frog)', ['body', 'face', 'looks', 'physique', 'figure', 'complexion']],
  ['(?:should|needs? to|ought to|could) smile more', ['smile']],
  ['show (?:us|me) (?:your|ur|her) (?:tits|boobs|breasts|titties|body|butt|ass|rack)', ['show'], ['tits', 'boobs', 'breasts', 'titties', 'body', 'butt', 'ass', 'rack']],
  // A body watched instead of the work, a face "for radio", the feet not seen in years, a razor bought for a woman,
  // "the body of a fridge", "go shave your back"
  ['(?:her|his) (?:skirt|dress|legs|cleavage|chest|boobs|bum|butt|figure|body|lips|heels) (?:was|were|is|are) the only (?:thing|reason|part)(?: [a-z]+)? (?:worth|to watch)', ['skirt', 'dress', 'legs', 'cleavage', 'chest', 'boobs', 'bum', 'butt', 'figure', 'body', 'lips', 'heels'], ['worth', 'watch']],
  // (and what one would see without the burger: "you'd see your own feet"; not "in the fog")
  ["(?:hasn['’]?t|has not|haven['’]?t|have not|can['’]?t|cannot|couldn['’]?t|never|(?:you|u|she|he|they)['’]?d|would|might) (?:even )?(?:seen?|be able to see) (?:his|her|your|ur|their) (?:own )?(?:feet|toes|shoes)(?![a-z])(?! (?:in|for) (?:the )?(?:fog|dark|snow|water|mud)(?![a-z]))", ['feet', 'toes', 'shoes']],
  ['(?:a )?face (?:made )?for radio', ['face'], ['radio']],
  // (a razor for her; not a birthday present: "Buy him a razor for his birthday")
  ['(?:buy|get|give|lend) (?:her a (?:razor|wax|waxing)|(?:her|him|you|u) a (?:mirror|gym membership|diet plan|comb|hairbrush))(?! for (?:his|her|your|their) (?:birthday|anniversary|christmas|name day))', ['razor', 'wax', 'waxing', 'mirror', 'gym', 'diet', 'comb', 'hairbrush']],
  ['(?:moustache|mustache) on (?:her|(?:the|that|this) (?:spokeswoman|woman|lady|girl|chairwoman|congresswoman|actress))', ['moustache', 'mustache']],
  ['(?:the )?(?:body|figure|build|physique) of an? (?:fridge|refrigerator|wardrobe|whale|hippo|walrus|cow|sumo wrestler|barrel|beer keg)', ['body', 'figure', 'build', 'physique'], ['fridge', 'refrigerator', 'wardrobe', 'whale', 'hippo', 'walrus', 'cow', 'sumo', 'barrel', 'keg']],
  ['shave (?:your|ur|his|her) (?:back|moustache|mustache|unibrow|neckbeard)', ['shave']],
  // "he looks like he was born after a fight with a truck" (not "he looks like he was born to box")
  ["looks? like (?:he|she|you|u)(?: was|['’]s been| were| got) born (?:after|during|in the middle of|from|under)(?= )", ['born']],
  // "No amount of makeup can fix that ugly mug", "… fat chicks shouldn't be allowed to wear leggings" (not "No amount
  // of makeup can fix a bad night's sleep, the dermatologist says", nor "an ugly mug from the flea market")
  ['no amount of (?:makeup|make-up|botox|surgery|filters?|photoshop|plastic surgery) (?:can|could|will|would) (?:fix|help|hide|save) (?:that|your|ur|his|her|this) (?:ugly |fat )?(?:mug|face|nose|body|mess|head)', ['amount']],
  // "you fat couch potato", "you ugly old goat": said to someone, whatever the noun (not "you fat cats in the ministry")
  ['(?:you|u) (?:fat|ugly|obese|hideous|bald|smelly)(?:,? (?:fat|ugly|old|bald|smelly|little))? (?!cats?(?![a-z]))[a-z]+(?: [a-z]+)?(?=\\s*[.!?,;]|\\s*$)', ['you', 'u'], ['fat', 'ugly', 'obese', 'hideous', 'bald', 'smelly']],
  ['fat (?:chicks|birds|cows|girls|women|people|slobs) (?:shouldn[\'’]?t|should not|should never) be allowed to (?:wear|show|post|go out|be seen)', ['fat']],
  // "…, and her face isn't much better" (not "her face isn't much better after the surgery, the doctors say")
  ["(?:her|his|your|ur) face (?:isn['’]?t|is not|ain['’]?t) (?:much|any) better(?=\\s*[.!,;]|\\s*$)", ['face'], ['better']],
  // "Put a bag over your head before your next video", "No wonder she's single with those teeth" (not "put a bag over
  // the plant's head when it frosts", "no wonder she's single with that job")
  ['put (?:a |some )?(?:paper )?bag over (?:your|ur|her|his) (?:head|face)', ['bag']],
  ["no wonder (?:she|he|you|u)\\s*(?:['’]s| is|['’]re| are| r) (?:still )?(?:single|alone|divorced|unmarried) with (?:that|those|a|her|his|your|ur) (?:face|teeth|nose|body|hair|voice|figure|weight|looks|mug|attitude|personality)(?![a-z])", ['single', 'alone', 'divorced', 'unmarried']],
  // "Your cow is uglier than your wife" (not "uglier than your average tractor")
  ['uglier than (?:your|ur|his|her) (?:wife|husband|mother|mom|mum|sister|girlfriend|boyfriend|daughter)(?![a-z])', ['uglier']],
];

/**
 * Crude sexual remarks and propositions, without a listed swear word: "sit on my face", "needs to get laid", "send
 * nudes", "blow me". Held for a moderator, as the remarks on looks are.
 */
// prettier-ignore
export const SEXUAL: Phrase[] = [
  ['sit on my face', ['face']],
  // "I'd love to see what the anchor wears under that dress", "should do her interviews on her knees", "I know what that
  // pretty mouth is really for" (not "what she wears under the coat in winter? Layers", a weather tip, which a question
  // mark after it tells)
  ['(?:see|know|imagine|wonder|show (?:us|me)) what (?:she|the [a-z]+|you|u) (?:wears?|has|have|is wearing) under (?:that|her|your|ur|the) (?:dress|skirt|blouse|clothes|uniform)(?!\\s*\\?)', ['under']],
  ['(?:do|does|doing|conduct|give|gives) (?:her|his|their) (?:interviews?|job|work|reporting|reports|show) on (?:her|his|their) knees(?![^.!?]{0,30}\\?)', ['knees']],
  ['what (?:that|her|your|ur|this) (?:pretty |little |big )?mouth is (?:really |actually |only )?(?:good )?for', ['mouth']],
  // "He only got the role because he's sleeping with the producer" (not "she got the role after sleeping rough for
  // research")
  ["(?:got|gets|landed|won|earned|has) (?:the|that|this|her|his|their) (?:role|part|job|promotion|contract|seat|post|position|column|show) (?:because|cos|cause|by|after) (?:she|he|they)?(?:['’]s|['’]re| is| was| are| were)? ?(?:sleeping|slept|sleeps) with", ['sleeping', 'slept', 'sleeps']],
  ["(?:get|got|gets|getting|been|be) laid(?=\\s*(?:[.!?,;)]|$)|\\s+(?:in|since|for|once|more|tonight|already|lately|recently|soon|properly)(?![a-z]))", ['laid']],
  ['(?<=^|[.!?…,;]\\s*)blow me(?=\\s*[.!?,]|\\s*$)', ['blow']],
  ['(?:go |just )?blow (?:your|ur) (?:boyfriend|girlfriend|husband|wife|daddy|master|masters|handlers?|boss|bosses)', ['blow'], ['boyfriend', 'girlfriend', 'husband', 'wife', 'daddy', 'master', 'masters', 'handler', 'handlers', 'boss', 'bosses']],
  ["i\\s*['’]?d (?:smash|tap|bang) (?:that|her|him|the (?:anchor|host|reporter|correspondent|minister|author|journalist|presenter|weather girl))(?![a-z])", ['smash', 'tap', 'bang']],
  ['(?:tap|hit) that(?=\\s*[.!?,]|\\s*$)', ['that'], ['tap', 'hit']],
  ['jerk(?:s|ed|ing|in)? off(?![a-z])', ['off']],
  ['spread (?:your|ur|her|his) legs', ['legs']],
  ['gives? (?:great|good|amazing|the best) head', ['head']],
  ['(?:lick|suck) my (?:balls|nuts|ass|arse|butt|behind|backside)', ['lick', 'suck']],
  ['kiss my (?:[a-z]+ )?(?:butt|behind|backside|rear|bum|ass|arse)(?![a-z])', ['kiss']],
  ['send (?:me |us )?(?:nudes|noods|nude pics|nude photos|nude pictures)', ['nudes', 'noods', 'nude']],
  // "Hey sexy, send me more pics of you in that skirt": a reader hailed by her body (not "Hey Sexy Sadie", a song's;
  // nor "Hi babe", a spouse's)
  ['(?<=^(?:@[a-z0-9_]+ )*|[.!?…] ?)(?:hey|hi|hello|yo|oi) (?:sexy|hottie|sweet cheeks|hot stuff)(?=\\s*[,.!]|\\s*$)', ['sexy', 'hottie', 'cheeks', 'stuff']],
  ['send (?:me|us) (?:some |more |a few )?(?:pics|photos|pictures|selfies) of (?:you|u|yourself) in (?:that|your|ur|a|the) (?:skirt|dress|bikini|swimsuit|lingerie|underwear|shorts|bra)', ['send'], ['skirt', 'dress', 'bikini', 'swimsuit', 'lingerie', 'underwear', 'shorts', 'bra']],
  ['(?:your|ur) (?:wife|mom|mum|mother|sister|girlfriend|daughter) (?:was|is) (?:great|good|amazing|fun|wild|tight|loose|easy) last night', ['night']],
  ['(?:takes?|took|taking) it up the (?:rear|arse|ass|backside|bum|behind)', ['rear', 'arse', 'ass', 'backside', 'bum', 'behind']],
  // "I'd do things to that reporter", "squeals like a pig in bed", "more time on her knees", "needs a good spanking",
  // "bend her over", "report on my lap", "dress like that and you're asking for it"
  ["(?:i\\s*['’]?d|i would|i\\s*['’]?ll|i will) do (?:things|stuff|unspeakable things|naughty things|dirty things) to (?:her|him|you|u|(?:that|this|the) (?!(?:bill|law|treaty|budget|plan|report|article|car|house|garden)(?![a-z]))[a-z]+)", ['things', 'stuff']],
  ['(?:squeals?|squealing|screams?|screaming|moans?|moaning) like an? [a-z]+ in bed', ['bed']],
  ['(?:more time|should be|belongs?|better off|time to get|get back|go back|spend[a-z]*) (?:[a-z]+ ){0,3}on (?:her|your|ur) knees', ['knees']],
  ['needs? a (?:good |proper )?(?:spanking|seeing to|rogering|shagging|banging|pounding)', ['spanking', 'seeing', 'rogering', 'shagging', 'banging', 'pounding']],
  ['bend (?:her|him|you|u|them) over', ['bend']],
  ['(?:sit|come sit|report|work|dance|bounce|sit down)(?: [a-z]+)? (?:on|in) my lap|on my lap any ?time', ['lap']],
  // (and of a victim: "The victim was asking for it, walking alone at night", "If she hadn't been walking alone at night
  // dressed like that, it wouldn't have happened"; not "… asking for it to be investigated")
  ['(?:dress(?:ed|es)?|dressing) like (?:that|this)[^.!?]{0,30}?(?:asking for it|(?:it )?(?:wouldn.?t|would not|would never) have happened)|asking to be (?:raped|assaulted|groped|harassed)|(?:she|the (?:victim|girl|woman|women|girls)|they) (?:was|were) (?:just |clearly |obviously |basically |practically )?asking for it(?=\\s*[.,!;]|\\s*$)', ['asking', 'happened']],
  // "The intern probably enjoyed it, they all do", "She secretly wanted it" (of harassment; not "The kids probably
  // enjoyed it, they all do love a circus", "She secretly wanted it to rain")
  ['(?:she|the (?:victim|girl|woman|intern|secretary|assistant|waitress|maid|nanny)) (?:secretly (?:wanted|enjoyed|liked) it(?=\\s*[.,!;]|\\s*$)|(?:probably |clearly |obviously |really |secretly )?(?:enjoyed|liked|loved|wanted) it,? (?:they|women|girls) all (?:do|did|want it))', ['enjoyed', 'liked', 'loved', 'wanted']],
  // "What are you wearing while you write this?" (not "What are you wearing to the gala?"), "Bet you'd look good
  // gagged"
  ['what (?:are|r) (?:you|u) wearing(?= right now| now| rn| while|\\s*\\?|\\s*$)', ['wearing']],
  ['(?:look|looks|be) (?:so |very |even )?(?:good|better|nice|hot|great|cute|sexy) (?:gagged|tied up|tied to a bed|in chains|in handcuffs|with a gag)(?![a-z])', ['gagged', 'tied', 'chains', 'handcuffs', 'gag']],
  // A woman who writes eyed instead of read: what she wears in her photo, whether she is single, "smile more, love",
  // her number asked for with a pet name, "looks better without the glasses"
  ['what (?:is|was) (?:she|the (?:author|reporter|journalist|writer|presenter|anchor|correspondent)) wearing(?= in (?:that|the|her|this) (?:byline )?(?:photo|picture|pic|video)| while| right now|\\s*\\?)', ['wearing']],
  ['is (?:she|the (?:author|reporter|journalist|writer|presenter|anchor|correspondent)) single(?![a-z-])(?! or (?:married|divorced|widowed))', ['single']],
  ["(?<=^|[.!?…]\\s*)(?:you should |you['’]?d look better if you |try to )?smile more,? (?:love|sweetheart|honey|darling|sweetie|dear|babe|baby|girl|luv)(?![a-z])", ['smile']],
  // "You'd be prettier if you kept your mouth shut", "a bitter spinster who hates men", "a dried-up old maid", "a gold
  // digger", "No wonder your husband left you", "a spineless little mama's boy" (not "she remained a spinster all her
  // life", "my grandmother was a lonely old maid until she met my grandfather")
  ["(?:you|u)(?:['’]d| would) (?:be|look) (?:so much |much |a lot |far )?(?:prettier|hotter|cuter|more attractive) if (?:you|u) (?:kept (?:your|ur) mouth shut|shut up|smiled|stayed quiet|lost (?:some )?weight|stopped talking)", ['prettier', 'hotter', 'cuter', 'attractive']],
  ['(?:bitter|dried-up|dried up|frustrated|ugly|shrivell?ed|desperate) (?:old )?(?:maid|maids|spinster|spinsters)(?![a-z])', ['maid', 'maids', 'spinster', 'spinsters']],
  // "Your family in Gyumri would be ashamed of you"
  ['(?:your|ur) (?:family|parents|mother|mom|mum|father|dad|grandparents|ancestors|grandfather|grandmother)(?: in [a-z]+)? (?:would|must|should|will) be ashamed of (?:you|u)(?![a-z])', ['ashamed']],
  // (a prospector is a gold digger too: "a gold digger in the Kolyma mines")
  // (and after a comma, the sentence's last words: "… counting the insurance money, the gold digger."; not "the hero, the
  // gold digger, finds nothing")
  ["(?<=, )the (?:[a-z-]+ )?gold[ -]?diggers?(?=\\s*[.!?]|\\s*$)|(?:an?|such an?|that|this|typical|just another|(?:are|r)(?: all| just)?) (?:[a-z-]+ )?gold[ -]?diggers?(?![a-z])(?! (?:in|at|on|from|during|of|for)(?![a-z]))", ['digger', 'diggers', 'golddigger', 'golddiggers']],
  ["no wonder (?:your|ur) (?:husband|wife|boyfriend|girlfriend|partner|ex) (?:left|dumped|divorced|hates?|avoids?|cheated on) (?:you|u)(?![a-z])", ['wonder'], ['husband', 'wife', 'boyfriend', 'girlfriend', 'partner', 'ex']],
  ["(?:an?|such an?|that|this) (?:[a-z-]+ ){0,2}(?:mama|mummy|mommy|momma)['’]?s boy", ['mama', 'mummy', 'mommy', 'momma']],
  ['(?:send|give|dm|text) me (?:your|ur) (?:number|digits|pics?|photos?|pictures?|snap|address),? (?:beautiful|gorgeous|babe|baby|sweetie|sweetheart|honey|darling|sexy|cutie|hottie|love|princess)(?![a-z])', ['number', 'digits', 'pic', 'pics', 'photo', 'photos', 'picture', 'pictures', 'snap', 'address']],
  ['(?:looks?|look) better without (?:the |her |his |your |those )?(?:glasses|clothes|makeup|make-up|clothing|bra|dress|headscarf|hijab)(?![a-z])', ['without'], ['glasses', 'clothes', 'makeup', 'make', 'clothing', 'bra', 'dress', 'headscarf', 'hijab']],
];
