import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check } from '../../support/policy.js';

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
    ['What a sore loser she is.', 'sore loser'],
    ['You are indeed an idiot.', 'idiot'],
    ['Let me explain this slowly so even an idiot like you can follow.', 'idiot'],
    ['You must be the dumbest person on this site.', 'dumbest'],
    ['You are beyond stupid.', 'stupid'],
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
  ];
  for (const [text, marked] of held) {
    it(`holds ${JSON.stringify(text)} (an accusation, or a target we cannot be sure of)`, () => {
      const v = check(text);
      assert.equal(v.decision, 'hold', v.marked.join(', '));
      assert.ok(v.marked.includes(`attacks:${marked}`), v.marked.join(', '));
    });
  }

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
    "You can't be serious about Uzbekistan rejoining!",
    'Is the author going to follow up on this?',
    'Crawl through the archives and you will find the 2002 charter.',
  ];
  for (const text of spared) {
    it(`publishes ${JSON.stringify(text)}`, () => {
      const v = check(text);
      assert.equal(v.decision, 'publish', v.marked.join(', '));
    });
  }
});
