import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { readLabelledCsv } from '../../../src/cli/support.js';
import { characterFlood, characterFloodByFullScan } from '../../../src/policy/rules/spam.js';
import { SHARED_DIR } from '../../support/app.js';
import { check, context } from '../../support/policy.js';

const NOW = new Date('2026-11-29T12:00:00Z');
const minutesAgo = (m: number) => new Date(NOW.getTime() - m * 60_000);

describe('spam rule', () => {
  it('publishes one link', () => {
    assert.equal(check('Source: https://example.org/report').decision, 'publish');
  });

  it('holds two or more links (WordPress default), marking from the second', () => {
    const text = 'See https://example.org/a and https://example.org/b';
    const v = check(text);
    assert.equal(v.decision, 'hold');
    assert.deepEqual(v.marked, ['spam:https://example.org/b']);
    assert.equal(v.reasons[0]!.clause, 'spam');
  });

  it('follows the link-limit setting (0 = no limit)', () => {
    const text = 'https://a.example/1 https://b.example/2 https://c.example/3';
    assert.equal(check(text, context({ settings: { linkLimit: 4 } })).decision, 'publish');
    assert.equal(check(text, context({ settings: { linkLimit: 0 } })).decision, 'publish');
    assert.equal(check(text, context({ settings: { linkLimit: 3 } })).decision, 'hold');
  });

  it('does not count bare domain names in prose as links', () => {
    assert.equal(check('Node.js and example.org and nato.int are fine').decision, 'publish');
  });

  it('does not count a link whose host has no dot (a quoted link cut short, localhost)', () => {
    assert.equal(check('Rand Paul mocks Clinton http://t.co/r8fjtCsJ5O http://t…').decision, 'publish');
    assert.equal(check('It runs on http://localhost:3000 and http://intranet/page').decision, 'publish');
    assert.equal(check('Both http://t.co/r8fjtCsJ5O and http://[::1]:8080/x').decision, 'hold');
  });

  it('holds a link shortener', () => {
    const v = check('read this https://bit.ly/3xYz');
    assert.equal(v.decision, 'hold');
    assert.deepEqual(v.marked, ['spam:https://bit.ly/3xYz']);
  });

  it('holds a shortened link written without its scheme, as it holds one with it', () => {
    const v = check('The full report is at tinyurl.com/minreport2024 if you cannot find it.');
    assert.equal(v.decision, 'hold');
    assert.deepEqual(v.marked, ['spam:tinyurl.com/minreport2024']);
    assert.equal(check('The report is on the tinyurl.com site, not at /minreport.').decision, 'publish');
  });

  it('refuses a publisher-blocked domain and its subdomains', () => {
    const ctx = context({ settings: { blockedDomains: ['spam.example'] } });
    assert.equal(check('buy at https://www.spam.example/x', ctx).decision, 'reject');
    assert.equal(check('see https://notspam.example/x', ctx).decision, 'publish');
  });

  const promotion = [
    // (the twenty-second session's)
    'Lose 10 kg in 7 days with this one weird Kazakh herb, doctors hate it.',
    'Get your driving licence without exams, fast and legal, call 8 777 123 45 67.',
    'Join our VIP signals group, 95% win rate guaranteed, first week free!!',
    'Fake diplomas from any university in the world, fully verifiable, message me.',
    'Check out my channel for more',
    'Please like and subscribe!',
    'Subscribe now for daily updates on the alliance.',
    'Earn $500 a day from home',
    'Click here to win',
    'DM me for the details',
    'My aunt earns $12,000 a month on the internet. Here is how.',
    'I make $85 an hour working from home with my laptop.',
    'Make 5000 dollars a week online, no experience needed',
    'Best crypto investment of 2026, 300% returns guaranteed',
    'Hot singles in your area are waiting',
    'Need cash fast? Loans approved in 5 minutes.',
    'I made $40k this month trading forex with Mr. Peterson, contact him on WhatsApp.',
    'Join our investment group and double your money in a week.',
    'Casino bonus 200% for new players, sign up now.',
    'Get 10,000 followers in a day.',
    'Buy followers, likes and views at the lowest prices, link in bio.',
    'Follow my Telegram channel for the news they hide.',
    'Like and share if you agree, and follow me for more!',
    'Cheap flights to Yerevan, book now and use code CSTO20.',
    'Best VPN for Russia, 80% off today only.',
    'Join our Telegram channel for real news about the CSTO: t.me/realnews_csto',
    'Great article!!! Check my profile for the best casino bonuses in Kazakhstan.',
    'Visit my blog for the REAL truth about the CSTO: truthnews-central.blogspot.com',
    // In Russian: money from home, a messenger to write to, a channel to follow
    'Заработок в интернете от 3000 рублей в день, подробности в профиле!',
    'Пишите в телеграм @money_fast, научу зарабатывать.',
    'Подписывайтесь на мой канал, там вся правда про ОДКБ!',
    // An address to write to, a crypto "recovery hacker", a shop's site, followers by the thousand, a dating lure
    "Thanks to Dr. Okafor's spell my husband came back to me, email him at okaforspell@gmail.com",
    'Contact me at   john.doe+loans@mail.example.co.uk for a fast loan.',
    'I recovered my lost USDT with the help of a recovery hacker, contact him now.',
    'Visit www.cheap-essays-now.com for essays on the CSTO and NATO, 20% off.',
    'Want to grow your Instagram? Buy 10k real followers for $5, DM me.',
    'My cousin makes $97 an hour on her laptop, start here.',
    'Looking for a sugar daddy? Register free today.',
    'Work from home opportunity: message me for details, limited spots.',
    // Seventeenth session: a crypto giveaway, handles and VIP groups, links for sale, diplomas in days, free phones
    'Elon is giving away 5000 BTC, send 0.1 to get 1 back! Only today.',
    'Follow @cheapvisas_kz on Telegram for guaranteed Schengen visas.',
    'WhatsApp +7 701 555 12 34 for cheap flights to Dubai.',
    'Link in bio for the full uncensored video 🔥🔥',
    'Best betting tips for the CSTO summit, 95% win rate, join our VIP group.',
    'I buy guest posts on news sites, contact seo.master.2024@outlook.com',
    'Hot singles in Almaty want to meet you tonight, click my profile.',
    'Get your diploma in 7 days, any university, fully legal. DM.',
    'Promote your business to 100,000 readers — text me for rates.',
    'Free iPhone 15 for the first 100 commenters, check my page!',
    'Earn 500$ daily just by liking posts, no experience needed.',
    'Лучшие ставки на спорт, пиши в личку, гарантия 100%.',
    'Займ без отказа за 5 минут, переходи по ссылке в профиле.',
    'Selling verified Binance accounts, bulk discount, Telegram @acc_shop.',
    'Watch the full match free in HD at my channel, link in comments.',
    // Twentieth session: the region's currencies, a loan approved fast, cheap goods to message about, a bare shortened
    // link, a testimonial of returns, a promo code, a pharmacy without prescriptions, a Telegram to join
    'I made 40,000 tenge last week with this simple trick, ask me how.',
    'Looking for a loan? Fast approval, low interest, contact Mr. Adams at adamsloans@gmail.com',
    'Cheap iPhones from Dubai, original, delivery to Almaty, DM me.',
    'Visit www.best-casino-kz.com for 200% bonus on first deposit!',
    'Watch the full leaked video here: bit.ly/3xYzQ',
    'I invested $500 with Mrs. Jennifer and got $7,500 in a week, she is legit, message her.',
    'Promo code CSTO20 gives you 20% off at our online pharmacy, no prescription needed.',
    'Get your diploma in 2 weeks, any university, call 8 777 123 45 67.',
    "Join my Telegram for insider news the media won't tell you: @realnews_kz",
    // Twenty-first session: a site spelled out, an escort agency, a fee for a favour, documents for sale, loans
    // without checks, a giveaway for likes
    'Tired of high tariffs? Our solar panels pay for themselves in a year! WhatsApp +7 701 555 1234',
    'I lost 15 kg in a month with this tea, order now at slim-tea-kz dot com.',
    'Want cheap concert tickets? Message me on Telegram @tickets_almaty_cheap.',
    'Earn from home 500,000 tenge a week, no experience needed, link in my profile.',
    'Congratulations! You have been selected to receive a free iPhone 17. Claim here: bit.ly/kz-gift',
    'Best escort service in Astana, discreet and verified, call now.',
    'Buy followers and likes for Instagram, 1000 followers for 990 tenge!',
    'My uncle works at the electricity company, he can lower your meter readings for a small fee, DM me.',
    'Casino bonus 200% on first deposit, promo code ALMATY2026.',
    'Need a diploma for a job? Real documents, fast, write to docs.kz@mail.ru',
    'Best forex signals, 95% accuracy, join our VIP group today.',
    'Get a loan today without a credit check, approval in 5 minutes, call 8 800 555 35 35.',
    'Hot singles in your area are waiting for you, click here now.',
    'FREE GIVEAWAY: first 100 commenters get a Dyson hair dryer, just like and share!',
    'Visit my shop for real Kazakh leather goods, 30% off this week only, link in bio.',
    // (the thirty-first session: a card's details asked for)
    'Free iPhone 15 giveaway, just enter your card details at the link.',
    'Enter your card details at the link to claim your prize.',
  ];
  for (const text of promotion) {
    it(`holds promotion: ${JSON.stringify(text)}`, () => assert.equal(check(text).decision, 'hold'));
  }
  it('marks a pushed email address from the verb to the end of its domain', () => {
    const text = 'Great story. Message her on x_y@z-w.org.uk! She helped me.';
    assert.deepEqual(check(text).marked, ['spam:Message her on x_y@z-w.org.uk']);
  });

  // A sum of money is news unless someone pitches it.
  for (const text of [
    'Conscripts make $300 a month, the ministry says.',
    'Teachers earn $400 a month in Dushanbe.',
    'I earned $200 a month as a teacher in Osh in 2010.',
    'I make $15 an hour, which is why I read this paper at the library.',
    // Promotion's words in other uses
    'Follow me on this: the numbers only add up if Russia pays.',
    'Book now at the embassy if you need a visa before the summer.',
    'Subscribe to my way of thinking: diplomacy first.',
    'Hot singles like this one topped the charts in Almaty last summer.',
    "Click here to read the full text of the treaty on the ministry's site.",
    'My father made $50 a month back then, in the mines.',
    'I work from home and still read every article here.',
    'Migrants earn money abroad and send it home.',
    'Loans from Moscow kept Yerevan afloat in the 1990s.',
    'Their Telegram channel is where the ministry posts first.',
    'I like and share your concerns about the bases.',
    'Investment in the region fell by half after 2022.',
    'The rouble is 40% off its peak.',
    'Can someone DM the author about the typo in paragraph three?',
    'Book now if you want to attend the Yerevan conference; seats are limited.',
    "The ministry's blog posted the full treaty text this morning.",
    'Casino tourism in Kazakhstan is concentrated in Kapchagay.',
    'Министерство опубликовало документ в своём телеграм-канале.',
    'Зарплаты в Бишкеке выросли на треть за два года.',
    // The seventeenth session's spam words in civil sentences, and twins
    'The charity is giving away 500 meals a day in Osh.',
    'Betting tips are banned on state TV now.',
    'The ministry buys guest posts in foreign papers, the investigation found.',
    "You can't get your diploma in 7 days, whatever the ads say.",
    'My plumber said to text him for prices.',
    'You can watch the full match for free on state TV, link in the article.',
    'Займы без отказа — это ловушка, предупреждает ЦБ.',
    'Переходи по ссылке в статье, там полный текст договора.',
    "Send 2 letters to get 1 reply from the ministry, that's the rule.",
    "Elon Musk's comments on the summit were widely mocked.",
    'Follow the link in the article to read the treaty text.',
    "The embassy's WhatsApp line was the only way to reach anyone.",
    'The video in the article is censored; the original is longer.',
    "Betting on the summit's outcome is a British tradition, apparently.",
    "The ministry's press office can be reached at the address on its website.",
    'Singles in Almaty face high rents, the survey says.',
    'My diploma took five years, not seven days.',
    'Local businesses lost readers when the paper went online.',
    'The first 100 refugees arrived by bus on Tuesday.',
    'Teachers earn 500 dollars a month in the regions.',
    'Ставки на выборах высоки, пишет аналитик.',
    'Займы населения выросли на 20% за год.',
    'Binance was fined in the United States last year.',
    'I watched the full match on state TV; the commentary was awful.',
    // "subscribe" in a reader's own sense
    "One more article like this and I'll subscribe for life.",
    "I don't subscribe to that theory at all.",
    'Email them at press@mfa.am if you want the full statement, the ministry says.',
    '@anna_k email me at @boris when the vote starts, please.',
    "Harry Potter's spell casters are a staple of my kids' bookshelf.",
    'The funds recovery team at the central bank traced the stolen money.',
    // The twentieth session's spam words in civil sentences
    'The ministry expects fast approval of the bill in the spring session.',
    'I earned 150,000 tenge a month as a teacher in 2015, and it was not enough.',
    'The original Soviet maps are cheap at the flea market, message me if you want the address.',
    'I invested $500 in the fund and lost half of it.',
    "Use the discount code on the ministry's site only if you are a pensioner.",
    'The promo code story shows how the airline misled customers.',
    'No prescription needed for paracetamol in Kazakhstan, but antibiotics need one.',
    'He made his fortune with one simple trick: he bought land before the road was built.',
    'Join my Telegram? No thanks, I read the news here.',
    'Visit www.gov.kz for the official text.',
    'Contact Dr. Aliyev at the clinic if the fever persists.',
    'Get your flu shot in 2 weeks, before the season starts.',
    'Visit www.gov.kz for the official text of the treaty.',
    'Voters must register now to vote in March.',
    'Register for free at the embassy if you are staying longer than a month.',
    'The tour of the old town starts here, at the mosque.',
    "Nurses make $300 a month on their phones' overtime apps, the union says.",
    "The dot com bubble burst in 2000 and took half of my father's savings.",
    "I read it on the ministry's site, energy dot gov dot kz, under tariffs.",
    "The escort of the president's car blocked the road for an hour.",
    'Police closed an escort agency in Almaty that trafficked women, the report says.',
    "The notary will certify your documents for a small fee, that's normal.",
    'He helped the neighbours for a small fee and never cheated anyone.',
    'Bring your real documents to the migration office, photocopies are not accepted.',
    'The new driving licences are issued in ten days, the ministry says.',
    'Banks approved loans without a credit check in 2007 and we know how that ended.',
    'The first 100 people at the gate get a free programme, the club said.',
    'The free giveaway of school kits at the akimat was a mess, people queued for hours.',
    'Approval in principle came in two weeks, then the project stalled for a year.',
    // (the twenty-second session's twins)
    'I lost 5 kg walking to work since the bus fares went up.',
    "In an emergency, call 112, not the akimat's hotline.",
    'The police arrested a gang selling fake diplomas; their clients will be checked.',
    'Doctors hate the new rota, and the article explains why.',
    "Call 8 800 080 7777 to reach the ministry's free hotline.",
    // (the thirty-first session's twins)
    "Never enter your card details on a site you don't know, the bank warns.",
    'Banks will never ask you to confirm your card details by text.',
    'VPN use in Russia rose sharply after the new restrictions.',
  ]) {
    it(`publishes ${JSON.stringify(text)}`, () => assert.equal(check(text).decision, 'publish'));
  }

  it('refuses the same text from the same author within ten minutes, not after', () => {
    const text = 'The CSTO is not NATO.';
    const recent = (m: number) =>
      context({
        now: NOW,
        author: { publishedCount: 3, recent: [{ text: 'the csto is NOT nato', at: minutesAgo(m) }] },
      });
    const v = check(text, recent(9));
    assert.equal(v.decision, 'reject');
    assert.match(v.reasons[0]!.message, /same comment/);
    assert.equal(check(text, recent(11)).decision, 'publish');
  });

  it('holds shouting in a long text, not a short one or an acronym', () => {
    assert.equal(
      check('THIS DECLARATION IS A DISGRACE AND EVERYONE IN MOSCOW KNOWS IT, WAKE UP PEOPLE').decision,
      'hold',
    );
    // The count stops early once small letters are too many for the rest to outweigh: not before.
    assert.equal(check(`well, honestly: ${'THE MINISTER LIED TO ALL OF US AGAIN '.repeat(20)}`).decision, 'hold');
    assert.equal(
      check(
        'THE MINISTER LIED AGAIN ON MONDAY, THEN ON TUESDAY ABOUT THE BUDGET, ON WEDNESDAY ABOUT THE TREATY, ON ' +
          'THURSDAY ABOUT THE ARMY AND ON FRIDAY ABOUT THE PRICES OF BREAD, PETROL AND COAL IN EVERY REGION ' +
          'and the rest is written in small letters, as most comments are, with a calmer tone and fewer ' +
          'exclamation marks than the first part had.',
      ).decision,
      'publish',
    );
    assert.equal(check('NATO AND CSTO!').decision, 'publish');
    assert.equal(check('The CSTO, NATO, UN, EU and OSCE all signed.').decision, 'publish');
  });

  // characterFlood compares only characters ten apart until two agree; it must find the same first
  // flood as a read of every character, wherever it starts and whatever it is made of.
  it('finds character floods as a full read does', () => {
    const dev = readLabelledCsv(path.join(SHARED_DIR, 'data/policy-dev.csv')).map((r) => r.text);
    const blns = JSON.parse(fs.readFileSync(path.join(SHARED_DIR, 'data/blns.json'), 'utf8')) as string[];
    const texts = [...dev, ...blns];
    for (const unit of ['!', 'a', '😂', ' ', '-', '\u200b'])
      for (const length of [19, 20, 21, 45])
        for (const before of ['', 'x', 'No', 'Well, really', '😂a', 'ab'.repeat(30)])
          texts.push(`${before}${unit.repeat(length)} then ${'ab'.repeat(length)}`);
    let floods = 0;
    for (const text of texts) {
      const expected = characterFloodByFullScan(text);
      assert.deepEqual(characterFlood(text), expected, text);
      if (expected) floods++;
    }
    assert.ok(floods > 100, `${floods} floods`);
  });

  it('holds character and word floods', () => {
    assert.equal(check('No!!!!!!!!!!!!!!!!!!!!!!!!').decision, 'hold');
    assert.equal(check('spam spam spam spam spam spam spam spam spam').decision, 'hold');
    assert.equal(check('Well... no!!! Never.').decision, 'publish');
  });

  it('marks a word flood from its first word to its last, and only eight times or more in a row', () => {
    const flood = 'NO, no, no! no no no no NO';
    assert.deepEqual(check(`I said: ${flood}. Fine?`).marked, [`spam:${flood}`]);
    assert.deepEqual(check('ha😂ha😂ha😂ha😂ha😂ha😂ha😂ha😂').marked, ['spam:ha😂ha😂ha😂ha😂ha😂ha😂ha😂ha']);
    assert.equal(check('no no no no no no no, and again no').decision, 'publish');
    assert.equal(check('spam spam spam spam eggs spam spam spam spam').decision, 'publish');
    // emoji are not words: a reader laughing is not flooding (twenty in a row, unspaced, are: a character flood)
    assert.equal(check('So true 😂 😂 😂 😂 😂 😂 😂 😂 😂').decision, 'publish');
    // a reply to many people names them, the same name or not
    assert.equal(check(`${'@USER '.repeat(12)}I agree with you.`).decision, 'publish');
  });

  it('holds a phrase three times over sixty characters, not a chant', () => {
    const flood = 'cheap flights to Dubai, cheap flights to Dubai, cheap flights to Dubai';
    const v = check(`Look: ${flood}`);
    assert.equal(v.decision, 'hold');
    assert.deepEqual(v.marked, [`spam:${flood}`]);
    assert.equal(check("Let's go Kairat! Let's go Kairat! Let's go Kairat!").decision, 'publish');
    assert.equal(check('The more I read, the more I read, the more I learn.').decision, 'publish');
  });
});
