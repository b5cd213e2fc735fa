// The kinds corpus batch 10 (written before the rules for it) showed the guard missing: the
// impersonal rule ("one should", "man bør"), advice to the whole room, "it's vital to", a verdict
// on the listener's people, one's own way held out to the listener ("so can you"), questions and
// permission in other word orders, and crosstalk that answers or names another share by its
// subject, and verdicts on the listener's people ("sounds like she is walking all over you"). Each case is a new wording, not a corpus line; the first-person look-alikes below
// (self-talk, "no one should have to", "everyone here must think I'm…", "important to me") must
// stay unflagged.
import { describe, expect, it } from 'vitest';
import { kinds } from './helpers.js';

describe('advice without "you" as its subject is nudged', () => {
  it.each([
    ['en', 'One ought to keep the car keys somewhere safe.'],
    ['en', 'anybody married to a drinker should see a lawyer first'],
    ['en', 'You guys, stop waiting for them to change.'],
    ['en', 'I just want to tell all of you, never give up.'],
    ['en', 'Do yourselves a favour and read chapter five.'],
    ['en', "It's crucial not to argue with him when he's been drinking."],
    ['en', 'The main thing is not to blame yourself.'],
    ['en', 'What your daughter needs is a safe place to sleep.'],
    ['en', 'It worked for me and it will work for you as well.'],
    ['en', 'I got sober at sixty, so can you.'],
    ['en', 'It might be kind to let yourself rest this weekend.'],
    ["en", "You're obviously in denial about him."],
    ['nb', 'Man burde alltid ha en plan B når han drikker.'],
    ['nb', 'Alle som bor med en alkoholiker bør gå på Al-Anon.'],
    ['nb', 'Dere nye: skaff dere en sponsor med en gang.'],
    ['nb', 'Jeg vil si til alle sammen: ikke gi opp.'],
    ['nb', 'Det er helt avgjørende å ikke dekke over for ham.'],
    ['nb', 'Det eneste er at du må slutte å låne ham penger.'],
    ['nb', 'Det kona di trenger er behandling.'],
    ['nb', 'Programmet vil virke for deg også.'],
    ['nb', 'Jeg klarte det, og da klarer du det også.'],
    ['nb', 'Du er åpenbart i fornektelse.'],
    ['nb', 'Kunne ikke det vært bedre å vente litt?'],
    ['nb', 'du trenger ikke å svare når han ringer'],
    ['nb', 'du maa ikke gi ham mer penger'],
  ] as const)('%s: %j', (lang, text) => {
    expect(kinds(text, lang)).toContain('advice');
  });
});

describe('crosstalk that answers or names another share is nudged', () => {
  it.each([
    ['en', 'Sol you always put it so well.'],
    ['en', 'Somebody asked how long it takes, for me it was a year.'],
    ['en', 'To answer the question you asked, no, it never fully goes away.'],
    ['en', 'That share about the phone calls at night, same here.'],
    ['nb', 'Grace du har helt rett.'],
    ['nb', 'Noen spurte hvordan man finner en sponsor, jeg spurte bare en jeg likte.'],
    ['nb', 'Den delingen om julen traff meg.'],
    ['nb', 'Som forrige taler sa, det går over.'],
    ['nb', 'Det er så trist at du må gå gjennom dette.'],
    ['en', 'Sounds like she is walking all over you.'],
    ['nb', 'Ser ut som hun bare bruker deg.'],
  ] as const)('%s: %j', (lang, text) => {
    expect(kinds(text, lang)).toContain('crosstalk');
  });
});

describe('first-person shares that look like them pass', () => {
  it.each([
    ['en', 'No one should have to bury a child.'],
    ['en', 'Everyone in my family had to pretend nothing was wrong.'],
    ['en', "Everyone here must think I'm a mess tonight."],
    ['en', "It's important to me that I stay honest tonight."],
    ['en', "It's vital for me to keep my Sunday meeting."],
    ['en', 'I keep telling myself: one step, then the next.'],
    ['en', 'I keep telling myself: stop checking his phone.'],
    ['nb', 'Jeg må stadig minne meg selv på: slutt å redde ham.'],
    ['en', 'I heard a woman at a convention say the key is to stop fighting, and I think about it a lot.'],
    ['en', 'The share about my mother that I gave last month was my first.'],
    ['en', "Friends, let me just say I'm grateful tonight."],
    ['en', 'What my husband needs is his business, I can only work on me.'],
    ['nb', 'Jeg spurte meg selv: ville det ikke vært bedre å bli hjemme i kveld?'],
    ['nb', 'Alle her må synes jeg prater for mye.'],
    ['nb', 'Ingen burde oppleve det jeg opplevde.'],
    ['nb', 'Det viktigste for meg nå er å sove.'],
    ['nb', 'Det ble en tung bør å bære, og en bør jeg bar alene.'],
    ['nb', 'Noen spurte meg på jobben om jeg hadde det bra.'],
  ] as const)('%s: %j', (lang, text) => {
    expect(kinds(text, lang)).toEqual([]);
  });
});
