// The kinds corpus batches 10 and 11 (each written before the rules for it) showed the guard missing: the
// impersonal rule ("one should", "man bør"), advice to the whole room, "it's vital to", a verdict
// on the listener's people, one's own way held out to the listener ("so can you"), questions and
// permission in other word orders ("you're under no obligation", "du har ingen plikt til"), the
// speaker's conditional held out ("I'd ring your GP"), "tips for newcomers:", and crosstalk that answers or names another share by its
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
    ['en', 'Relatives of alcoholics should look after their own health first.'],
    ['en', 'whoever is new tonight should grab a phone list'],
    ['nb', 'Pårørende til spillavhengige bør aldri betale gjelda deres.'],
    ['nb', 'Den som er ny her bør skaffe seg en sponsor.'],
    ['en', "I'd probably ring your GP about the sleeping."],
    ['en', 'The only thing that works is you stepping away from it.'],
    ['nb', 'Det eneste som nytter er at du slutter å svare.'],
    ['en', "What you're lacking is a bit of self-care."],
    ['nb', 'Det du mangler er folk rundt deg.'],
    ['en', 'Al-Anon saved me and I think it could do the same for you too.'],
    ['nb', 'Det ble bedre for meg, og jeg tror det blir sånn for deg også.'],
    ['en', 'The Saturday group might be something for you.'],
    ['nb', 'Morgenmøtet kan være noe for deg.'],
    ['en', 'What that poor kid needs is a stable home.'],
    ['en', 'Nobody would judge you for taking a break.'],
    ['en', "You're under no obligation to pick up when she calls."],
    ['nb', 'Ingen kan klandre deg for at du trenger en pause.'],
    ['nb', 'Du har ingen plikt til å ordne opp for ham.'],
    ['en', "you're letting her treat you like dirt"],
    ['nb', 'Du lar henne styre hele livet ditt.'],
    ['en', "You've done far more than enough for her."],
    ['en', 'Tips for newcomers: get phone numbers before you leave.'],
    ['nb', 'Tips til de nye: ta med deg en brosjyre.'],
    ['nb', 'Ha en egen konto som han ikke vet om.'],
    ['nb', 'Dra til søsteren din en stund.'],
    ['en', 'if that was me I would change the locks'],
    ['en', 'What about your own needs in all this?'],
    ['nb', 'Hva med dine egne behov oppi dette?'],
    ['nb', 'Det kunne vært godt å la telefonen din ligge i kveld.'],
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
    ['en', 'That part about the hospital visits, I lived that.'],
    ['en', 'Regarding the question of whether to tell the kids: I did.'],
    ['nb', 'Angående spørsmålet om man skal fortelle barna: jeg gjorde det.'],
    ['en', 'It must have taken real courage to share that.'],
    ['nb', 'Det må ha krevd mye mot å dele det.'],
    ['nb', 'Jeg tenker på dama før meg og håper hun har det bra.'],
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
    ['en', 'Where did your childhood go? That is what my counsellor asked me.'],
    ['en', 'Ha, I never thought I would be here.'],
    ['nb', 'Ha, jeg trodde aldri jeg skulle sitte her.'],
    ['nb', 'Ha det fint, alle sammen.'],
    ['nb', 'Den biten om faren min er vanskelig å si høyt.'],
    ['en', 'The part about my mother is the hardest to tell.'],
    ['en', 'It took guts to share my story the first time.'],
    ['en', 'Nobody would blame me if I left, but I am still here.'],
    ['en', 'Anyone who knows me knows I am stubborn.'],
    ['nb', 'De som kjenner meg vet at jeg er sta.'],
    ['nb', 'Foreldre til alkoholikere må være sterke, sa mamma alltid.'],
    ['nb', 'Takk til dere alle som holder møtet i gang.'],
    ['en', "I'd call my sister but she never picks up."],
    ['en', 'The only thing that kept me going was my dog.'],
    ['nb', 'Den som har det tungt i kveld, det er meg.'],
  ] as const)('%s: %j', (lang, text) => {
    expect(kinds(text, lang)).toEqual([]);
  });
});
