import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { submissionOf } from '../../../src/policy/engine.js';
import { LISTED_WORDS, russianWords } from '../../../src/policy/russian.js';
import { check, itDecides, itPublishes } from '../../support/policy.js';

describe('Russian', () => {
  it('reads every listed word, and a form of every pattern: the scan for roots misses none', () => {
    // prettier-ignore
    const forms = [
      'охуеть', 'нахер', 'херня', 'заебали', 'ёбаный', 'отъебись', 'пиздец', 'бля', 'выблядок', 'мудак', 'сука',
      'сучка', 'залупа', 'гондон', 'дрочить', 'шлюха', 'черножопый', 'узкоглазые', 'хохляцкий', 'жидомасоны',
      'кацапский', 'идиотка', 'дебилы', 'кретин', 'дегенерат', 'имбецил', 'олигофрен', 'придурок', 'ублюдки',
      'подонок', 'недоумок', 'уроды', 'мразь', 'тварь', 'гнида', 'сволочь', 'мерзавец', 'ничтожество', 'бездарь',
      'тупица', 'тупорылый', 'скотина', 'быдло', 'чмо',
    ];
    for (const word of [...LISTED_WORDS, ...forms]) {
      const found = russianWords(submissionOf(`Слово ${word} здесь.`));
      assert.deepEqual(
        found.map((w) => w.word),
        [word.replace(/ё/g, 'е')],
        word,
      );
    }
  });

  describe('swearing (мат) is refused as profanity, in any form', () => {
    const refused: [string, string][] = [
      ['Иди на хуй.', 'хуй'],
      ['Эта статья полная хуйня.', 'хуйня'],
      ['Нахуя это писать?', 'Нахуя'],
      ['Пиздец какой-то.', 'Пиздец'],
      ['Заебали уже с этим ОДКБ.', 'Заебали'],
      ['Отъебись от Армении.', 'Отъебись'],
      ['Ёбаный стыд, а не статья.', 'Ёбаный'],
      ['Автор долбоёб.', 'долбоёб'],
      ['Бля, опять двадцать пять.', 'Бля'],
      ['Блять, ну сколько можно.', 'Блять'],
      ['Сука, опять эти статьи.', 'Сука'],
      ['Ты мудак.', 'мудак'],
      ['Да пошёл ты нахер со своей аналитикой.', 'нахер'],
      // Look-alike Latin letters and digits inside a Cyrillic word, and masked letters
      ['xуй', 'xуй'],
      ['3аебали', '3аебали'],
      ['Полный п*здец.', 'п*здец'],
      // In Latin letters
      ['Blyat, the article is wrong.', 'Blyat'],
      ['cyka blyat', 'blyat'],
      ['This is pizdec, not analysis.', 'pizdec'],
      // Ukrainian spellings of the same words
      ['Це їбана пропаганда.', 'їбана'],
    ];
    itDecides('reject', 'profanity', refused, { clause: 'profanity' });
  });

  describe('words that contain a root are published', () => {
    // The traps that root-anywhere filters fall into: a root inside a word, or a prefix that is part of the word.
    const spared = [
      'Корабля не было в порту, и рубля не хватило на билет.',
      'Мы употребляем меньше газа; потребление падает.',
      'Небо над Ереваном, хлеб и учёба.',
      'Ребёнок пошёл в школу, себе на радость.',
      'Он оскорбляет людей, и команда это видит.',
      'Сабля висела на стене, бляха на ремне блестела.',
      'Страхуйте машину, команда застрахуется.',
      'Хулиган был задержан; художник дал показания.',
      'Мудрость веков: рубить сук, на котором сидишь, глупо.',
      'Сучья горели в костре, сукно сушилось.',
      'Ху Цзиньтао встретился с Назарбаевым; река Хуанхэ разлилась.',
      'Веб-сайт министерства не работает.',
      'Съезд партии прошёл в Москве; подъезд был закрыт; въезд в город закрыт.',
      'Делегаты выехали рано, проехали мимо и разъехались по домам.',
      'Ухудшение отношений началось в 2022 году; министр решил похудеть.',
      'Мандарины из Абхазии подорожали.',
      'Хорошая статья, спасибо автору.',
      'Ебург — так в шутку называют Екатеринбург.',
      'Херсонская область снова в новостях; херес подорожал.',
      'Київ, Харків і Львів. Їх не чекали.',
      'Дякую за статтю, дуже цікаво.',
    ];
    itPublishes(spared);
  });

  describe('slurs', () => {
    it('refuses a slur for a people', () => {
      const v = check('Хохлы опять всё испортили.');
      assert.equal(v.decision, 'reject');
      assert.deepEqual(v.marked, ['hate:Хохлы']);
      assert.equal(v.reasons[0]!.clause, 'inappropriate');
    });
    it('holds a word that is a slur only in one of its senses ("чурка", also a log)', () => {
      const v = check('Деревянная чурка лежала у печи.');
      assert.equal(v.decision, 'hold');
      assert.deepEqual(v.marked, ['hate:чурка']);
    });
  });

  describe('insults', () => {
    const refused: [string, string][] = [
      ['Ты идиот.', 'идиот'],
      ['Ты дебил?', 'дебил'],
      ['Вы — полный дебил.', 'дебил'],
      ['Автор, ты просто конченый идиот, если веришь в это.', 'идиот'],
      ['Автор кретин.', 'кретин'],
      // Called out after a comma at the end of a sentence
      ['Хватит писать чушь, бездарь.', 'бездарь'],
      // In Ukrainian
      ['Ти просто ідіот, якщо в це віриш.', 'ідіот'],
    ];
    itDecides('reject', 'attacks', refused, { clause: 'personal_attack', only: true, why: 'said to someone' });
    const held: [string, string][] = [
      // A mild word, the insult alone, or a sentence that speaks to someone
      ['Автор дурак.', 'дурак'],
      ['Идиот!', 'Идиот'],
      ['Сам дурак.', 'дурак'],
      ['Такую чушь мог написать только дебил, вам не кажется?', 'дебил'],
      // About the article's writer, and an order to be silent
      ['Статью писал какой-то дебил.', 'дебил'],
      ['Заткнись уже, тебя никто не спрашивал.', 'Заткнись'],
    ];
    itDecides('hold', 'attacks', held, { only: true });
    const spared = [
      // The proverb about Russia's two troubles, and an insult reported
      'Дураки и дороги — две беды России.',
      'Он оскорбил депутата, назвав его идиотом, и потом извинился.',
      'Тупой нож не режет хлеб.',
    ];
    itPublishes(spared);
  });

  describe('threats', () => {
    const refused: [string, string][] = [
      ['Я тебя найду и урою.', 'урою'],
      ['Таких журналистов надо расстреливать.', 'расстреливать'],
      ['Сдохни, тварь.', 'Сдохни'],
      ['Чтоб ты сдох.', 'сдох'],
      ['Их всех нужно убить.', 'убить'],
    ];
    itDecides('reject', 'hate', refused, { clause: 'inappropriate' });
    const spared = [
      // Figures of speech, and history
      'Надо убить бюрократию, иначе реформа не пойдёт.',
      'Я убью весь вечер на чтение устава.',
      'В 1937 году тысячи людей расстреляли, это надо помнить.',
      'Рыба сдохла из-за загрязнения реки, пишут экологи.',
      'Мы закопаем капсулу времени у школы.',
    ];
    itPublishes(spared);
  });
});
