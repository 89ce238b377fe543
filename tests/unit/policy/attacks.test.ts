import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check, context } from '../../support/policy.js';

describe('attacks rule', () => {
  const refused: [string, string][] = [
    ['You are an idiot.', 'idiot'],
    ["you're so stupid", 'stupid'],
    ['You’re a complete moron', 'moron'],
    ['ur a moron', 'moron'],
    ['your an idiot', 'idiot'],
    ['Shut it, you idiot', 'idiot'],
    ['you stupid clown', 'clown'],
    ['You people are morons', 'morons'],
    ['What an idiot you are', 'idiot'],
    ['Idiots like you ruin everything', 'Idiots'],
    ['@ann is an imbecile', 'imbecile'],
    ['He is a moron', 'moron'],
    ['The author is an idiot', 'idiot'],
    ['you are an 1d10t', '1d10t'],
    ['you are a i.d.i.o.t', 'i.d.i.o.t'],
    ['You are a stupid nurse', 'stupid'],
    // Comment-section forms: "are you …", "you sound like …", a vocative, "as … as you are".
    ['Only an idiot would believe the CSTO can replace NATO. Are you that idiot?', 'idiot'],
    ['You sound like a complete imbecile.', 'imbecile'],
    ['You people are too stupid to understand geopolitics.', 'stupid'],
    ['Go crawl back under your rock, loser.', 'loser'],
    ['Get lost, moron.', 'moron'],
    ['Your comment is as dumb as you are.', 'dumb'],
    ['Hey idiot, read the article before commenting.', 'idiot'],
    ['Dear moron, NATO is not going anywhere.', 'moron'],
    ['Imbecile.', 'Imbecile'],
    ['Stop editing my comments, you pathetic little man.', 'pathetic'],
    ['You stupid cow.', 'stupid'],
    ["You're a waste of oxygen.", 'waste of oxygen'],
    ['Your opinion is worthless, just like you.', 'worthless'],
    ['What a stupid woman.', 'stupid'],
    ['Imagine being this stupid.', 'stupid'],
    ['The mods should ban this idiot already.', 'idiot'],
    ['Is the author drunk or just stupid?', 'stupid'],
    ["You can't be this dumb.", 'dumb'],
    ["I can't believe how stupid you are.", 'stupid'],
    ['You guys are all idiots.', 'idiots'],
    ['You are all morons.', 'morons'],
    ['What a bunch of idiots.', 'idiots'],
    ['Spoken like a true idiot.', 'idiot'],
    ['Your article is trash and so are you.', 'trash'],
    ['Typical leftist moron.', 'moron'],
    ['Pathetic little man.', 'Pathetic'],
    ['You obviously didn’t read the article, lazy idiot.', 'idiot'],
    ['What a sore loser she is.', 'sore loser'],
    ['You are indeed an idiot.', 'idiot'],
    ['Let me explain this slowly so even an idiot like you can follow.', 'idiot'],
    ['You must be the dumbest person on this site.', 'dumbest'],
    ['You are beyond stupid.', 'stupid'],
    ['What a brain-dead take from a brain-dead poster.', 'brain-dead'],
    ['Shouting just makes you the village idiot of this comment section.', 'idiot'],
    // Quotation marks with no one reported saying the words: the commenter's own
    ['You’re an ‘expert’, you idiot.', 'idiot'],
    ['Admins like you ruin this site, power-tripping loser.', 'loser'],
    ['Another day, another braindead take from you.', 'braindead'],
    // A reply that opens with the names it answers: they start the sentence
    ['@irina_k Dumb kid.', 'Dumb'],
    ['@irina_k @oleg Imbecile.', 'Imbecile'],
    ['Idiots like urself should not post.', 'Idiots'],
  ];
  for (const [text, marked] of refused) {
    it(`refuses ${JSON.stringify(text)}, marking ${JSON.stringify(marked)}`, () => {
      const v = check(text);
      assert.equal(v.decision, 'reject', v.marked.join(', '));
      assert.ok(v.marked.includes(`attacks:${marked}`), v.marked.join(', '));
      assert.equal(v.reasons.find((r) => r.rule === 'attacks')!.clause, 'personal_attack');
    });
  }

  const held: [string, string][] = [
    ['You are a liar', 'liar'],
    ['Rogozin is a hypocrite', 'hypocrite'],
    ['Ling is a stupid bisexual', 'stupid'],
    ['they are idiots', 'idiots'],
    ['Get lost, nobody wants you here', 'Get lost'],
    ['서윤 is a filthy trans', 'filthy'],
    ['He is a total phony.', 'phony'],
    ['She is the most incompetent person in the cabinet', 'incompetent'],
    ['you are a dangerous maniac', 'maniac'],
    ['@markus you are a paid troll, go back to your troll farm.', 'troll'],
    ["He's a spineless coward and everyone knows it.", 'coward'],
    ['Bordyuzha is a corrupt old fool who should have retired years ago.', 'fool'],
    ['Lavrov is a lying snake and so are his fans here.', 'snake'],
    ['What an ignorant fool you are.', 'fool'],
    ['Are you really this dense or just pretending?', 'dense'],
    ['Keep crying, snowflake.', 'snowflake'],
    ['Go back to school, you uneducated peasant.', 'peasant'],
    ['You must be a bot. No human is this stupid.', 'bot'],
    ['Shut up, nobody cares about your opinion.', 'nobody cares about your'],
    ['Learn to read, genius. Or is that too hard for you?', 'Learn to read'],
    ["I bet you live in your mother's basement.", "your mother's basement"],
    ['Clown.', 'Clown'],
    ['You have the brains of a goldfish.', 'have the brains of a goldfish'],
    ['What kind of idiot writes this?', 'What kind of idiot'],
    ["Why don't you go play in traffic.", 'go play in traffic'],
    ['The editor must be a complete fool to publish this.', 'fool'],
    ['Did your parents drop you on your head as a child?', 'drop you on your head'],
    ['The guy who wrote this needs his head examined.', 'needs his head examined'],
    ['Nobody with half a brain would agree with you.', 'with half a brain'],
    ['Another brain-dead comment from the resident clown.', 'the resident clown'],
    ['I hope you choke on your words.', 'hope you choke'],
    ['Take your meds, grandpa.', 'Take your meds'],
    ['The author is clueless and should stick to sports.', 'clueless'],
    ['You people make me sick.', 'You people make me sick'],
    ['Shut up, Putin bot.', 'Shut up'],
    ['What a pathetic excuse for a journalist.', 'excuse for a journalist'],
    ['Go cry to your mommy.', 'Go cry to your mommy'],
    ['She is a murderer and should be ashamed.', 'murderer'],
    ['Ezra is a cockroach who needs light shone on him.', 'cockroach'],
    ['She is nothing more than an opportunistic liar.', 'liar'],
    ['Anyone who thinks otherwise is a fool, and you, sir, are the biggest fool of them all.', 'fool'],
    ['You just parrot Moscow, like the good little puppet you are.', 'puppet'],
    ['Are you paid by the word, you shameless propagandist?', 'propagandist'],
    ['Keep your stupidity to yourself.', 'your stupidity'],
    ['Only a brainwashed zombie would write this.', 'Only a brainwashed zombie would write'],
    ['Crawl back to your troll farm.', 'Crawl back to'],
    ['Do us all a favour and shut up.', 'and shut up'],
    ['Your brain is clearly broken.', 'Your brain is clearly broken'],
    ['Learn some history before you open your mouth, kid.', 'before you open your mouth'],
    ['You suck.', 'You suck'],
    ['Nobody likes you.', 'Nobody likes you'],
    ['You are a nazi and a vandal.', 'nazi'],
    ["He's a fraud and a coward, and everybody here knows it.", 'fraud'],
    ['What an idiotic thing to say, you must be mentally ill.', 'mentally ill'],
    ['Bless your heart, you really have no clue, do you?', 'you really have no clue'],
    ["You have no idea what you're talking about.", "You have no idea what you're talking about"],
    ['You clearly lack the brain cells to understand this.', 'lack the brain cells'],
    ['Quit embarrassing yourself.', 'Quit embarrassing yourself'],
    ['Go troll somewhere else.', 'Go troll somewhere'],
    ['People like you are why this country is going down the drain.', 'People like you are'],
    ['Rogozin is a clown and a crook.', 'clown'],
    ["Y'all are clowns.", 'clowns'],
    ['The only troll here is you.', 'troll'],
    ['Are you always this ignorant or is today special?', 'ignorant'],
    ['Read a book, you illiterate fool.', 'fool'],
    ['Thanks for proving you have no brain.', 'you have no brain'],
    ['Hey genius, NATO isn’t a country.', 'Hey genius'],
    ['What are you, five?', 'What are you, five'],
    ['You are so full of crap.', 'You are so full of crap'],
    ['You’re not worth the air you breathe.', 'not worth the air you breathe'],
    ['Keep talking, you just make yourself look dumber.', 'make yourself look dumber'],
    ['Nobody asked for your idiotic opinion.', 'Nobody asked for your'],
    ['Were you born this thick or did you work at it?', 'thick'],
    ['@irina_k Fool', 'Fool'],
    // Contempt for a person's worth, sense or schooling
    ['Honestly, who raised you?', 'who raised you'],
    ['You’re a waste of everyone’s time.', 'You’re a waste of everyone’s time'],
    ['Nobody takes you seriously, you know that?', 'Nobody takes you seriously'],
    ['You clearly failed history class.', 'You clearly failed history class'],
    ['What rock did you crawl out from under?', 'rock did you crawl'],
    ['Go educate yourself before you embarrass yourself further.', 'embarrass yourself further'],
    ['Is there anything in your head besides Kremlin talking points?', 'anything in your head'],
    ['The author is a sellout hack.', 'sellout'],
    ['You must be new here, or just slow.', 'You must be new here, or just slow'],
    ['Can you even spell NATO?', 'Can you even spell'],
    ['You’ve clearly never opened a book in your life.', 'You’ve clearly never opened a book'],
    ['Tell your handlers in Moscow they are wasting their money.', 'your handlers'],
    ['She is a monster!', 'monster'],
    ['He is an ignorant disgrace.', 'disgrace'],
    ['Serena acted like a spoiled brat.', 'brat'],
    ['You little whiny brat.', 'brat'],
    ['What a contemptuous clown he is.', 'clown'],
    // Inside long comments
    [
      'Let me spell it out, since reading seems hard for you: Armenia asked for help in 2021.',
      'reading seems hard for you',
    ],
    ['Sergei, every time you post I lose a few brain cells.', 'every time you post I lose a few brain cells'],
    ['Go back to your echo chamber and stay there.', 'Go back to your echo chamber'],
    ['Grow a spine, man, and answer the argument.', 'Grow a spine'],
    ['Someone disagrees with you and you run to the moderators crying.', 'run to the moderators crying'],
    ['Maybe she should stick to writing horoscopes.', 'stick to writing horoscopes'],
    ['How this hack keeps getting published is a mystery to me.', 'hack'],
    ['Your grasp of history is that of a schoolboy.', 'is that of a schoolboy'],
    ['Is this honestly the best your brain can manage?', 'the best your brain can manage'],
    ['The journalist has an axe to grind and the intellect of a potato.', 'the intellect of a potato'],
    ['Nobody asked, Dmitry.', 'Nobody asked'],
    ['Talking to you is like talking to a wall.', 'Talking to you is like talking to a wall'],
    ['You must have skipped every history class you ever had.', 'You must have skipped every history class'],
    ['Get some help, seriously. Something is clearly wrong with you.', 'Something is clearly wrong with you'],
    ['You’re a cheerleader for a dictatorship, and a pretty dim one at that.', 'a pretty dim one at that'],
    ['You in particular should be banned.', 'You in particular should be banned'],
    ['What a moronic comment. You must be twelve.', 'You must be twelve'],
    ['Your brain must be the size of a pea.', 'Your brain must be the size of a pea'],
    ['Grow up.', 'Grow up'],
    ['Are you even capable of reading?', 'Are you even capable of reading'],
    ['You’re a sad, lonely little man.', 'lonely'],
    ['F off with your propaganda.', 'F off'],
    ['Stick your treaty where the sun doesn’t shine.', 'Stick your treaty where the sun doesn’t shine'],
    ['Get your head out of your backside.', 'Get your head out of your backside'],
    ['She only got the job because she slept with the boss.', 'got the job because she slept with'],
    ['The author needs a good shag to calm down.', 'needs a good shag'],
    // The internet's dismissals
    ['Touch grass, seriously.', 'Touch grass'],
    ['Cope harder, Ivan.', 'Cope harder'],
    ['Seethe.', 'Seethe'],
    ['Ok boomer.', 'Ok boomer'],
    ['You’re such an NPC, repeating the same lines.', 'NPC'],
    ['Imagine typing all that and still being wrong.', 'Imagine typing all that'],
    ['You type like a bot with a broken script.', 'bot'],
    ['Not the sharpest tool in the shed, are you?', 'Not the sharpest tool in the shed'],
    ['Who hurt you?', 'Who hurt you'],
    ['Your parents must be so disappointed.', 'Your parents must be so disappointed'],
    ['L + ratio + you’re wrong.', 'L + ratio'],
    ['The world would be better off without you.', 'better off without you'],
    ['Shut your mouth and let real editors work.', 'Shut your mouth'],
    // The author and the people quoted
    ['Whoever wrote this should never be allowed near a keyboard again.', 'never be allowed near a keyboard'],
    ['The author is a paid mouthpiece and not a very bright one.', 'mouthpiece'],
    ['Who let this clown write for a newspaper?', 'clown'],
    ['This writer couldn’t find Armenia on a map.', 'This writer couldn’t find Armenia on a map'],
    ['Another hit piece by a hack who has never been to Moscow.', 'piece by a hack'],
    ['Journalism school clearly failed this one.', 'Journalism school clearly failed this one'],
    ['Is this what passes for a journalist these days?', 'what passes for a journalist'],
    ['Ms. Petrova writes like a twelve-year-old.', 'writes like a twelve-year-old'],
    ['Fire the author and hire someone with a brain.', 'hire someone with a brain'],
    ['Hey author, stick to writing about the weather.', 'stick to writing about the weather'],
    ['This reporter should be ashamed, but people like her have no shame.', 'people like her have no shame'],
    ['I’ve read better analysis on cereal boxes.', 'read better analysis on cereal boxes'],
    ['You clearly have some kind of mental problem.', 'You clearly have some kind of mental problem'],
    ['Nobody would care if you disappeared tomorrow.', 'Nobody would care if you disappeared'],
    // A person's name that is also a place's
    ['Chad is delusional.', 'delusional'],
    // Condescension without an insult word
    ['I’ve seen smarter comments from a toddler.', 'smarter comments from a toddler'],
    ['Bless your heart, you actually believe what you typed.', 'Bless your heart'],
    ['Reading comprehension is clearly not your strong suit.', 'Reading comprehension is clearly not your strong suit'],
    ['Your ignorance is truly astounding.', 'Your ignorance is truly astounding'],
    ['Go back to your basement and let the adults talk.', 'back to your basement'],
    ['Another genius heard from. Spare us.', 'Another genius heard from'],
    ['Another idiot heard from.', 'Another idiot heard from'],
    ['Oh, that explains everything, genius.', 'genius'],
    ['Stick to colouring books, pal.', 'Stick to colouring books'],
    ['Did you get your degree from a cereal box?', 'degree from a cereal box'],
    ['Do everyone a favour and stop breeding.', 'Do everyone a favour and stop breeding'],
    ['The author clearly flunked geography, what a hack.', 'hack'],
  ];
  for (const [text, marked] of held) {
    it(`holds ${JSON.stringify(text)} (an accusation, or a target we cannot be sure of)`, () => {
      const v = check(text);
      assert.equal(v.decision, 'hold', v.marked.join(', '));
      assert.ok(v.marked.includes(`attacks:${marked}`), v.marked.join(', '));
    });
  }

  describe('messages', () => {
    // The message quotes what the commenter wrote, as written: not lower-cased, not with its leetspeak resolved.
    const quoted: [string, string, RegExp][] = [
      ['You are an IDI0T.', '“IDI0T” attacks a person', /Criticise the argument/],
      [
        'Ms. Petrova writes like a twelve-year-old.',
        '“writes like a twelve-year-old” is aimed at a person',
        /moderator/,
      ],
      ['This writer couldn’t find Armenia on a map.', '“This writer couldn’t find Armenia on a map”', /moderator/],
      ['@ann is a L1AR', '“L1AR” may be a personal attack', /moderator/],
    ];
    for (const [text, quote, rest] of quoted) {
      it(`quotes the original text of ${JSON.stringify(text)}`, () => {
        const [reason] = check(text).reasons.filter((r) => r.rule === 'attacks');
        assert.ok(reason?.message.startsWith(quote), reason?.message);
        assert.match(reason!.message, rest);
      });
    }

    it('quotes a bare reply as written', () => {
      const [reason] = check('So IGNORANT!', context({ replyTo: 'oleg_r' })).reasons;
      assert.ok(
        reason?.message.startsWith('“IGNORANT”, as a reply, is said of the person you answer'),
        reason?.message,
      );
    });
  });

  describe('in a reply', () => {
    const reply = context({ replyTo: 'oleg_r' });
    const heldInReply: [string, string][] = [
      ['Pathetic.', 'Pathetic'],
      ['@oleg_r So ignorant!', 'ignorant'],
      ['Clueless and gullible.', 'Clueless'],
      ['oleg_r is clueless.', 'clueless'],
    ];
    for (const [text, marked] of heldInReply) {
      it(`holds ${JSON.stringify(text)} as said of the commenter answered`, () => {
        const v = check(text, reply);
        assert.equal(v.decision, 'hold', v.marked.join(', '));
        assert.ok(v.marked.includes(`attacks:${marked}`), v.marked.join(', '));
        assert.equal(check(text).decision, 'publish', 'not when it answers no one');
      });
    }
    it('refuses a clear insult of the commenter answered, named', () => {
      assert.equal(check('oleg_r is a moron.', reply).decision, 'reject');
    });
    for (const text of [
      'Disgusting.',
      'Thanks, very clear.',
      'Stupid question, sorry: when is the vote?',
      'Pathetic turnout.',
    ]) {
      it(`publishes the reply ${JSON.stringify(text)}`, () => assert.equal(check(text, reply).decision, 'publish'));
    }
  });

  const spared = [
    'This argument is idiotic.',
    'Your argument is stupid and the numbers do not add up.',
    'That is a stupid idea, and the treaty will fail.',
    'Gun control is such a horrible idea.',
    'NATO is a dumb organisation with no purpose.',
    "If you're reading this, you've been in a coma for almost 20 years now.",
    'You are right that the declaration changes little.',
    'Are you sure? The CSTO has never acted outside its members.',
    'Rogozin is wrong: cooperation with NATO is a fantasy, and the declaration is worthless propaganda.',
    'Medvedev’s plan was arrogant, reckless and doomed, and the Kremlin knew it.',
    'The UN chief acted beyond his powers and should resign.',
    'You are a fantastic machinist',
    'Chris is a lovely protestant',
    'The plan is corrupt from top to bottom, and the ministry knows it.',
    'That is a dangerous idea.',
    'You are not an idiot, and neither am I.',
    'You are smarter than those idiots in the ministry.',
    'Why are you trash talking the treaty?',
    "He's so trash now, he missed every shot.",
    'The CSTO, NATO, Russia, fascist regimes, liberal ones: all sign treaties.',
    'SANCTIONS ARE SO STUPID, EVERYONE KNOWS IT', // in capitals, a capital is no sign of a name
    'Kill the bill, it is a waste of money.',
    "I think you're mistaken about the treaty's article 4.",
    'What a silly headline.',
    'The minister’s speech was a joke.',
    'Are you serious? The alliance has no joint command.',
    'This idea is idiotic and will fail like every other attempt.',
    'Nobody is an idiot for asking questions.',
    'Fools rush in where angels fear to tread.',
    'Dear editor, please fix the typo in the second paragraph.',
    'Hey everyone, the summit is on Friday.',
    'I feel like an idiot for believing the 2002 charter.',
    "You're not a troll, you just disagree, and that's fine.",
    'Ignore the trolls and read the actual treaty text.',
    'He was drunk. So she is equally to blame.',
    'Only a fool would trust these promises — history shows it.',
    'Because Liberals are insane, they say, the vote was lost.',
    "I'll find you the link later.",
    "It's stupid, like you said, but it passed.",
    'Shut up and take my money, this book is great.',
    'The suspect is a convicted criminal, police said.',
    'What a beautiful woman.',
    'Ignore the troll you are replying to; the treaty text is online.',
    'This idiot-proof design works.',
    "He's a fraud investigator with the ministry.",
    'This article sucks, it needs better sources.',
    'Nobody likes sanctions, but they work sometimes.',
    'The Nazi invasion of 1941 is covered in another article.',
    'You have no idea how much this article helped me.',
    'People like you and me remember 1991 differently.',
    'The clown show in the Duma continues.',
    'Trolls will troll; ignore them.',
    'The alliance clearly lacks the money to do this.',
    'You are all invited to the meeting in Minsk.',
    'A bunch of experts met in Minsk.',
    'Spoken like a true diplomat.',
    'Hey everyone, the vote is on Monday.',
    'What are the five member states again?',
    'The report is full of data, worth a read.',
    'Pathetic turnout at the summit.',
    'Keep talking to each other, that is what diplomacy is.',
    'Sounds like they are holding back information, Yankee style.',
    "You can't be serious about Uzbekistan rejoining!",
    'Is the author going to follow up on this?',
    'Crawl through the archives and you will find the 2002 charter.',
    // Look-alikes of the condescension above
    'I’ve seen better analysis of the CSTO in student papers, frankly.',
    'Bless the translators who worked on this piece.',
    'The ignorance of Western media about Central Asia is astounding.',
    'Let the adults in the room negotiate, the minister said.',
    'Another summit, another communiqué. Spare us the theatre.',
    'Were the borders drawn this way on purpose?',
    'Do everyone a favour and read the annex before commenting.',
    'He was, by all accounts, a genius.',
    'I’m the skinny-fat poster boy of this diet.',
    'What a joke!',
    '@irina_k Fools rush in where diplomats fear to tread.',
    'Brexit is a pathetic failure.',
    'The plan is a stupid joke.',
    'Honestly, who funded the new base?',
    'It’s a waste of everyone’s money, this summit.',
    'Nobody takes the CSTO seriously in Brussels, you know that?',
    'What rock band played at the summit concert?',
    'Is there anything in the budget for air defence?',
    'You must be new here: welcome!',
    'Can you even compare NATO and the CSTO?',
    'You’ve clearly read the annex; thanks for the summary.',
    'Can you even read the Russian original online?',
    'a monster truck rally in Almaty',
    'The bureaucracy is a monster.',
    'The EU should grow a spine and answer Moscow.',
    'I will make you a sick playlist for the road.',
    'Reading the annex is hard for anyone without a law degree.',
    'This hack for the login page keeps working.',
    'Nobody asked the Armenians what they wanted.',
    'Nobody asked, but here is my view: the treaty is dead.',
    'The world would be better off without this alliance.',
    'Your edit was vandalism and has been reverted.',
    'A lot of Americans can’t find Sweden on a map.',
    'The so-called experts were wrong again.',
    'Whoever wrote this did their homework; the sources are solid.',
    'I’ve read better analysis of the alliance in the Kazakh press.',
    'Stop edit warring or you may be blocked.',
    'Please don’t feed the trolls; just report and move on.',
    'Nobody would care if the CSTO disappeared tomorrow.',
    // Self-deprecation and reported speech
    'I lost a few brain cells trying to follow the budget tables, honestly.',
    'Imagine writing this article without a single interview.',
    'He said ‘you idiot’ to the driver on camera, and apologised later.',
    'The minister called his critics “clowns and idiots” on television.',
    'Talking to you is like talking to an old friend.',
    'Get help: the ministry runs a hotline for veterans.',
    'Something is wrong with your figures for 2019.',
    'A rather dim prospect for the smaller members.',
    'To register you must be 18.',
    'I grew up in Yerevan; kids grow up fast there.',
    // Places and institutions are not people (countries and capitals from countries-list)
    'Moscow is delusional if it thinks Yerevan will forget 2022.',
    'The West is hypocritical about alliances too; look at Turkey.',
    'Kazakhstan is hypocritical about neutrality.',
    'Washington was arrogant in the 1990s.',
    'F-16s were mentioned in the communiqué.',
    'The sun doesn’t shine much in Murmansk in December.',
    'She got the job after fifteen years at the ministry.',
    'Touch the map on the second page to see the bases.',
    'Cope with the cold is what the troops on the border do all winter.',
    'Boomers remember the Warsaw Pact; younger readers don’t.',
    'Imagine a CSTO with a real budget.',
    'Log in to see the full map.',
    'Get a copy of the treaty from the ministry’s site.',
    'Who hurt the alliance more, Moscow or Yerevan?',
    'The ratio of troops to kilometres of border is tiny.',
  ];
  for (const text of spared) {
    it(`publishes ${JSON.stringify(text)}`, () => {
      const v = check(text);
      assert.equal(v.decision, 'publish', v.marked.join(', '));
    });
  }
});
