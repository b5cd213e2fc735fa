// The kinds of advice issue 12 found missed, each with the issue's own example, and the
// first-person forms of the same words that must stay unflagged.
import { describe, expect, it } from 'vitest';
import { found } from './helpers.js';

const advice = (text: string, lang: 'nb' | 'en'): string[] => found('advice', text, [], lang);

describe('advice without "you should" (issue 12)', () => {
  it.each([
    ['en', 'Here is my advice: stop paying his debts.'],
    ['nb', 'Et godt råd: ikke lån ham penger.'],
    ['en', 'The smartest move would be to leave.'],
    ['nb', 'Det lureste er å gå fra ham.'],
    ['en', 'Just stop answering his calls.'],
    ['en', 'Never lend her money again.'],
    ['nb', 'Slutt å svare når han ringer.'],
    ['en', "You're making a mistake."],
    ['nb', 'Du tar feil når du tror det er din skyld.'],
    ['nb', 'Hvorfor gjør du ikke bare det slutt?'],
    ['en', "You don't have to accept that."],
    ['nb', 'Du trenger ikke tåle det.'],
  ] as const)('%s: %j is advice', (lang, text) => {
    expect(advice(text, lang)).not.toEqual([]);
  });

  it.each([
    ['en', 'What helped me was calling someone first.'],
    ['en', 'I should have asked for help sooner.'],
    ['en', 'For me the only way out was to stop rescuing him.'],
    ['nb', 'Det som virket for meg var å gå på møte hver dag.'],
    ['en', 'I made a mistake when I took him back.'],
    ['nb', 'Jeg trenger ikke tåle det lenger.'],
    ['en', 'I got some advice from my sponsor and I took it.'],
    ['nb', 'Rådet mitt til meg selv i dag er å hvile.'],
    ['en', '"Just stop drinking," my brother said, as if it were easy.'],
    ['nb', 'Jeg sa til meg selv: du må slutte med dette.'],
    ['en', 'Stay sober, they said, and I tried.'],
    ['en', 'Leaving was the only way for me.'],
    ['en', 'Keep thinking about her all day.'],
    ['nb', 'Kontakt med familien er vanskelig for meg.'],
  ] as const)('%s: %j is first-person experience', (lang, text) => {
    expect(advice(text, lang)).toEqual([]);
  });

  it('a reporting verb does not excuse the speaker pointing back at their own advice', () => {
    expect(advice('As I said, you should go to more meetings.', 'en')).not.toEqual([]);
  });
});

describe('crosstalk kinds added with the corpus', () => {
  it.each([
    ['en', 'Thank you for sharing that.'],
    ['en', 'I agree with the last speaker.'],
    ['nb', 'Til den nye: velkommen, det blir bedre.'],
    ['nb', 'Delingen din rørte meg.'],
    ['en', 'Grace is so right about that.'],
  ] as const)('%s: %j is crosstalk', (lang, text) => {
    expect(found('crosstalk', text, ['Grace'], lang)).not.toEqual([]);
  });
  it('a relative who shares a participant’s name is not the participant', () => {
    expect(found('crosstalk', 'My sister Sol is the only one who knows.', ['Sol'], 'en')).toEqual([]);
    expect(found('crosstalk', 'Thanks for letting me share.', [], 'en')).toEqual([]);
  });
});

describe('connection talk is not crosstalk', () => {
  it('"Jeg hører dere godt" (I can hear you all) is about the line, not a reply', () => {
    expect(found('crosstalk', 'Jeg hører dere godt.', [], 'nb')).toEqual([]);
  });
});

// A bokmål imperative spelt like an English word that opens an English sentence (fresh tester,
// Issue 10: "Still here after switching." was flagged as advice in both languages).
describe('English sentences that open with a bokmål imperative’s spelling are not orders', () => {
  it.each([
    'Still here after switching.',
    'Still here after the reload',
    'Still, it was hard.',
    'Still no word from him.',
    'Hell of a week for me.',
    'Hold on, I lost my thread.',
    'Dra on the radio was my mum.',
    'Finn was my brother’s dog.',
    'Hold you in my heart, all of you.',
    'Sett in my ways, I was.',
  ])('%j is no advice, in either language', (text) => {
    expect(advice(text, 'en')).toEqual([]);
    expect(advice(text, 'nb')).toEqual([]);
  });

  it.each(['Still opp på møtet i morgen.', 'Still spørsmål til legen.', 'Hell ut alt du har.', 'Ring sponsoren din.', 'Sett deg ned og skriv.', 'Hold deg unna ham.', 'Send ham bort.', 'La ham klare seg selv.', 'Les boka.', 'Be om hjelp.'])(
    '%j is still an order',
    (text) => {
      expect(advice(text, 'nb')).not.toEqual([]);
    },
  );
});
