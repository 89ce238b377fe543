import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check } from '../../support/policy.js';

describe('hate rule', () => {
  const refused: [string, string][] = [
    ['you are a f@ggot', 'f@ggot'],
    ['typical k1ke behaviour', 'k1ke'],
    ['go back, you wetback', 'wetback'],
    ['a bunch of towel heads', 'towel heads'],
    ['Them jigaboos need to get blocked', 'jigaboos'],
    ['what a gaywad', 'gaywad'],
    ['kill the coons!!!!!!', 'coons'],
    ['On that campus all the black chicks are trash', 'black chicks are trash'],
    ['I hate Jews.', 'I hate Jews'],
    ['i hate african', 'i hate african'],
    ['kill homosexual', 'kill homosexual'],
    ['We should deport all Muslims', 'deport all Muslims'],
    ['Immigrants are vermin', 'Immigrants are vermin'],
    ['Refugees are a disease', 'Refugees are a disease'],
    ['Being taoist is dumb.', 'Being taoist is dumb'],
    ['I will hurt you', 'I will hurt you'],
    ["I'm going to find you and kill you", "I'm going to find you and kill you"],
    ['someone should shoot him', 'someone should shoot him'],
    ['Rogozin should be shot', 'should be shot'],
    ['go kill yourself', 'kill yourself'],
    ['I hope you die', 'I hope you die'],
    ['I hope your family dies.', 'I hope your family dies'],
    ['All Muslims should be deported.', 'Muslims should be deported'],
    ['Gays should be locked up.', 'Gays should be locked up'],
    ['Blacks are criminals by nature.', 'Blacks are criminals'],
    ['Jews control the media and the banks.', 'Jews control the media'],
    ['Hang them all, every last traitor in the Duma.', 'Hang them all'],
    ["I know where you live and I'm coming for you.", 'I know where you live'],
    ["Someone should put a bullet in that traitor's head.", 'put a bullet in'],
    ['I swear I will find you.', 'I will find you'],
    ['Drop dead.', 'Drop dead'],
    ['Please just die.', 'Please just die'],
    ['Russians are orcs and deserve everything coming to them.', 'Russians are orcs'],
    ['Tajiks are filthy animals.', 'Tajiks are filthy animals'],
    ['These Muslim invaders need to be stopped.', 'Muslim invaders'],
    ['Deport the lot of them, these Uzbek rats.', 'Uzbek rats'],
    ['Lock up every last Armenian.', 'Lock up every last Armenian'],
    ['Jews are behind every war.', 'Jews are behind every war'],
    ['Blacks shouldn’t be allowed to vote.', 'Blacks shouldn’t be allowed to'],
    ['Women belong in the kitchen, not in parliament.', 'Women belong in the kitchen'],
    ['The only good Russian is a dead Russian.', 'The only good Russian is a dead Russian'],
    ['Someone should shoot the minister.', 'Someone should shoot the minister'],
    ["If I see you in Almaty you're dead.", "you're dead"],
    ["You'll get what's coming to you.", "You'll get what's coming"],
    ["I'll make sure you never post again.", 'make sure you never'],
    ['Someone needs to teach this journalist a lesson.', 'needs to teach this journalist a lesson'],
    ['Burn the embassy down and everyone in it.', 'Burn the embassy down and everyone in it'],
    ['People like him deserve to be lined up against a wall.', 'lined up against a wall'],
    ['I’d love to see the whole lot of them hanging from lampposts.', 'hanging from lampposts'],
    ['These Muslims breed like rabbits and will outnumber us.', 'Muslims breed like rabbits'],
    ['Send every last migrant back in a cattle car.', 'Send every last migrant back in a cattle car'],
    ['Put them all back in the ovens.', 'Put them all back in the ovens'],
    ['Gays should be kept away from children.', 'Gays should be kept away from children'],
    ['You won’t be so brave when I find you.', 'when I find you'],
    ['Burn their mosques to the ground.', 'Burn their mosques'],
    ['Africans are genetically less intelligent.', 'Africans are genetically less intelligent'],
    ['Gypsies are born thieves.', 'Gypsies are born thieves'],
    ['Your family will pay for what you wrote.', 'Your family will pay for what you wrote'],
    ['Europe must be cleansed of Islam.', 'cleansed of Islam'],
    ['They are a nation of beggars and liars.', 'nation of beggars'],
    ['People like the author should be dragged out of their offices.', 'should be dragged out of their offices'],
    ['Gays and Jews run every Western newspaper.', 'Jews run every Western newspaper'],
    ['The sooner Kazakhstan gets rid of its Russians, the better.', 'gets rid of its Russians'],
    ['Muslims have no place in a Christian alliance.', 'Muslims have no place in'],
    ['They should convert or leave, simple as that.', 'convert or leave'],
    ['Whoever wrote this deserves a visit from some of our boys.', 'a visit from some of our boys'],
    ['I’m sure they can find your office.', 'they can find your office'],
    ['Every Muslim is a terrorist waiting for orders.', 'Every Muslim is a terrorist'],
    ['Jews always stick together to rob the rest of us.', 'Jews always stick together'],
    ['The Jewish lobby owns this newspaper.', 'Jewish lobby owns'],
    ['Africans are closer to apes than to people.', 'Africans are closer to apes'],
    ['Russians are a nation of slaves and drunks.', 'nation of slaves'],
    ['Disabled people are a burden.', 'Disabled people are a burden'],
    ['Disabled people should not have children.', 'Disabled people should not have children'],
    ['Old people should just die and stop wasting our pensions.', 'should just die'],
    // Harassment
    ['I found where you work, Oleg. Nice office.', 'I found where you work'],
    ['Someone post her address so we can pay her a visit.', 'pay her a visit'],
    ['Report this user until he is gone, and then find him offline.', 'find him offline'],
    ['I’m going to make your life hell, starting tomorrow.', 'I’m going to make your life hell'],
    ['Women journalists like her need a good beating.', 'need a good beating'],
    ['Do us all a favour and jump off a bridge.', 'jump off a bridge'],
    ['You should be afraid to leave your house.', 'You should be afraid to leave'],
    // Harm by its images
    ['People like you end up in ditches.', 'People like you end up in ditches'],
    ['I hope someone runs you over.', 'hope someone runs you'],
    ['One day someone will shut your mouth for good.', 'shut your mouth for good'],
    ['Traitors like the author should hang from the nearest tree.', 'hang from the nearest tree'],
    ['I’ll break every bone in your body.', 'I’ll break every bone in your body'],
    ['Somebody needs to put this journalist in the ground.', 'put this journalist in the ground'],
    ['The editor should be taken out back and dealt with.', 'taken out back'],
    ['I pray your children get what they deserve.', 'pray your children get what'],
    ['A bullet is too good for people like him.', 'A bullet is too good for'],
    [
      'Someone should burn down that newspaper with the staff inside.',
      'burn down that newspaper with the staff inside',
    ],
    ['Enjoy your last days of freedom, scum.', 'Enjoy your last days'],
    ['Your house would look nice on fire.', 'Your house would look nice on fire'],
    ['We’ll see how brave you are with a knife at your throat.', 'with a knife at your throat'],
    ['Let’s hope his plane goes down on the way back.', 'hope his plane goes down'],
    ['I’d happily pull the trigger myself.', 'pull the trigger myself'],
    ['He deserves a rope, not a trial.', 'deserves a rope'],
    ['I hope your kids get sick.', 'hope your kids get sick'],
    ['Do the world a favour and end yourself.', 'end yourself'],
    ['Nobody will find the body.', 'Nobody will find the body'],
    ['Muslims don’t belong in Europe.', 'Muslims don’t belong in'],
  ];
  for (const [text, marked] of refused) {
    it(`refuses ${JSON.stringify(text)}, marking ${JSON.stringify(marked)}`, () => {
      const v = check(text);
      assert.equal(v.decision, 'reject');
      assert.ok(
        v.marked.some((m) => m === `hate:${marked}`),
        v.marked.join(', '),
      );
      assert.equal(v.reasons.find((r) => r.rule === 'hate')!.clause, 'inappropriate');
    });
  }

  const held: [string, string][] = [
    ['Women are too stupid to vote.', 'Women are too stupid'],
    ['Americans are stupid.', 'Americans are stupid'],
    ['Go back to your country.', 'go back to your country'],
    ['Kazakhs are lazy and dishonest.', 'Kazakhs are lazy'],
    ['Gay people are mentally ill.', 'Gay people are mentally ill'],
    ['Muslims are ruining Europe.', 'Muslims are ruining'],
    ['Women are too emotional to hold any office.', 'Women are too emotional to hold any office'],
    ['A few bombs on Yerevan would solve the problem.', 'bombs on Yerevan would solve'],
    ['Round them up and ship them back to the mountains.', 'ship them back to'],
    ['The only solution to the Tajik problem is a wall.', 'solution to the Tajik problem'],
    ['Armenians can’t be trusted, it’s in their blood.', 'Armenians can’t be trusted'],
    ['Women like her should be seen and not heard.', 'Women like her should be seen and not heard'],
    ['Arabs understand only force.', 'Arabs understand only force'],
    ['Keep the Uzbeks out, they breed crime wherever they go.', 'breed crime'],
    ['Here is her phone number, call her and tell her what you think.', 'Here is her phone number'],
    ['Let’s flood her inbox until she quits.', 'flood her inbox'],
    ['We know your kids go to School No. 5.', 'We know your kids go'],
    // Threats left unsaid
    ['Keep talking and see what happens to you.', 'see what happens to you'],
    ['You’d better watch yourself when you walk home tonight.', 'You’d better watch yourself'],
    ['Sleep with one eye open.', 'Sleep with one eye open'],
    ['Keep reverting and I’ll make sure you regret it.', 'make sure you regret'],
    ['Wait until we meet in person, you’ll regret every word.', 'you’ll regret every word'],
    ['I’d love five minutes alone with you in a dark alley.', 'alone with you in a dark alley'],
    ['You won’t be posting much with broken fingers.', 'won’t be posting much with'],
    // Meeting in person, a family told to be careful, curses, vermin
    ['Wait till I catch you outside.', 'catch you outside'],
    ['You won’t be so brave when we meet in person.', 'won’t be so brave when we meet'],
    ['Your family should be careful these days.', 'Your family should be careful'],
    ['We’ll deal with people like you after the election.', 'We’ll deal with people like you'],
    ['May you rot in hell.', 'May you rot in hell'],
    ['These refugees are breeding like rabbits.', 'breeding like rabbits'],
  ];
  for (const [text, marked] of held) {
    it(`holds ${JSON.stringify(text)}, marking ${JSON.stringify(marked)}`, () => {
      const v = check(text);
      assert.equal(v.decision, 'hold', v.marked.join(', '));
      assert.ok(
        v.marked.some((m) => m.toLowerCase() === `hate:${marked.toLowerCase()}`),
        v.marked.join(', '),
      );
    });
  }

  it('holds a word that is a slur only sometimes', () => {
    assert.equal(check('there is a chink in the alliance').decision, 'hold');
    assert.equal(check('Good day, honkies.').decision, 'hold');
    // A slur talked about rather than called anyone: a moderator judges
    assert.equal(check('It’s highly offensive to use the word retarded.').decision, 'hold');
    assert.equal(check('Stop using the word ‘retard’, please.').decision, 'hold');
    assert.equal(check('you retard').decision, 'reject');
  });

  const spared = [
    'I hate this declaration and everything it stands for.',
    'Muslims in Russia have long served in the army.',
    'Gay and lesbian soldiers serve in NATO armies.',
    'The Black Sea fleet is based in Sevastopol.',
    'Russian policy in Afghanistan failed; the Americans fared no better.',
    'Parliament should kill the bill before it passes.',
    'Armenians, Belarusians and Kazakhs all joined the CSTO.',
    'The army will shoot down drones near the border.',
    'Jewish and Christian leaders met in Moscow.',
    'Being deaf is no obstacle to serving as a diplomat.',
    'The plan should be executed before winter.',
    'Illegal immigrants should be deported, the minister said.',
    'Russians are tired of war, polls show.',
    'Women are stronger than men in this poll.',
    'The minister was shot at but unharmed.',
    'He was hanged in 1946 after the Nuremberg trials.',
    'We will beat them in the final on Sunday.',
    'Go back to the first paragraph: the numbers are there.',
    'The treaty will kill any hope of reform.',
    'Drop dead gorgeous views from the hotel in Almaty.',
    'Kazakhs voted in large numbers on Sunday.',
    'Old habits die hard, and so do old alliances.',
    'If I see you in Almaty, let’s get coffee!',
    'Women are underrepresented in parliament.',
    'The embassy burned down in 1979 after the revolution.',
    'Uzbek officials declined to comment.',
    'The only good news is the ceasefire.',
    'The journalist taught us a lesson about history.',
    "You're dead right about the treaty.",
    'The Reds beat the Blues 3-0, an absolute massacre.',
    // Look-alikes of the images of violence above
    'Lampposts in Yerevan were decorated for the holiday.',
    'Deportees were sent east in cattle cars in 1944.',
    'Protesters stood with their backs against the wall of the embassy for hours.',
    'Arsonists burned a mosque in 2019; the case was never solved.',
    'More bombs will not solve the problem.',
    'Young people are too busy to vote on a Tuesday.',
    'Roma communities face discrimination across Europe.',
    'Europe must be cleaned up of corruption first.',
    'You will pay for this with higher gas prices.',
    'When I find you a source, I will post it.',
    'The protester was dragged out of his house by police, witnesses said.',
    'Religion has no place in a military alliance.',
    'Kazakhstan should ban Russian-language signs, some deputies say.',
    'Jewish families ran several newspapers in Odessa before 1917.',
    'The solution to the refugee problem is a European one, the minister said.',
    'Ship the parcels back to the warehouse.',
    'They should shoot the next summit somewhere with better lighting.',
    'Someone should hang the flag higher.',
    'Convoys that take the mountain road end up in ditches every winter.',
    'I hope someone runs the numbers on the 2023 budget.',
    'The doctor set every bone in his body after the crash.',
    'Somebody needs to put this treaty in the archive.',
    'A bullet-proof vest is standard issue for the observers.',
    'Someone burned down the old newspaper office in 1991; nobody was inside.',
    'Enjoy the last days of summer in Almaty.',
    'Knife crime fell by a third in Yerevan last year.',
    'Lanterns hang from a tree in the embassy garden.',
    'I found where the quote comes from: the ministry’s 2019 report.',
    'Here is the ministry’s phone number for press enquiries.',
    'The sanctions will make life hell for ordinary people.',
    'Let’s flood the ministry with questions about the budget.',
    'Journalists should not be afraid to leave their houses.',
    'My kids go to School No. 5 and love it.',
    // Things that may die without anyone dying
    'The bill should die in committee.',
    'This treaty deserves to die.',
    'The old alliance must die so a new one can be born.',
    'Armenians have reason to distrust the alliance after 2022.',
    'Women like her are rare in the defence ministry.',
    'Disabled veterans are still waiting for their pensions.',
    'Pensions are a burden on the budget, the minister said.',
    'If the amendments come back, we should kill them in committee.',
    'I’ll kill you in the debate tonight, you know I will.',
    'The report deserves a bullet point list.',
    'The treaty pulled the trigger on a new arms race.',
    'Your family must have lived through the 1990s there.',
    // A group as the object of a preposition is not the subject of the verb after it
    'Chest tattoos on females are trash.',
    'Jokes about Muslims are stupid.',
    'Laws against gays are evil.',
    'A honky-tonk bar in Nashville hosted the rally.',
    'How many country songs mention honkey tonks?',
  ];
  for (const text of spared) {
    it(`publishes ${JSON.stringify(text)}`, () => {
      const v = check(text);
      assert.equal(v.decision, 'publish', v.marked.join(', '));
    });
  }
});
