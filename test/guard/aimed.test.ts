// The kinds corpus batches 12 and 13 (written by two people who never saw the rules) showed the
// guard missing (shared/guard/aimed.ts, allusion.ts and additions elsewhere): an order after the
// story's point ("so my point is, don't…"), "whatever you do, don't…", an order after ", so" at the
// end of one's own story, promises and warnings about the listener's life, the best or worst thing
// someone in the listener's place can do, the speaker's conditional about the listener's situation
// ("if it were my son I'd…"), rhetorical questions that push a choice without "you", "trust me" /
// "speaking as someone who's been there" before an order, impersonal rules without a qualifier
// ("parents need to…", "a mother's job is to…"), and crosstalk alluding to an earlier share
// without a name ("that last bit about…", "who was it who mentioned…", "same in our house").
// Each case is a new wording, not a corpus line, and fails on the rules before this round; the
// look-alikes below (the speaker's own point, story, conditional, question and sayings) pass.
import { describe, expect, it } from 'vitest';
import { kinds } from './helpers.js';

describe('advice aimed at the listener in other forms is nudged', () => {
  it.each([
    // the point of one's story is an order
    ['en', 'I kept paying his rent for years and lost my savings, so what I am saying is stop paying it.'],
    ['en', 'the lesson for anyone still waiting up at night is go to bed.'],
    ['nb', 'Jeg ventet altfor lenge med å si ifra, så poenget mitt er: ikke gjør som meg.'],
    ['nb', 'Moralen for dere som er nye er dropp skammen og få hjelp tidlig.'],
    // whatever you do / an order after ", so" / after a comma
    ['en', 'Whatever you do, never lend him the car again.'],
    ['nb', 'Uansett hva dere gjør, aldri kjør ham hjem når han er full.'],
    ['en', 'It took me ten years to learn that nobody can save them, so stop trying to fix her.'],
    ['nb', 'Jeg satt oppe hver natt i årevis, så slutt å vente på ham.'],
    ['en', 'when she starts screaming like that, dont argue with her, just leave the room'],
    ['nb', 'du virker helt tom for krefter, ring fastlegen i morgen.'],
    // promises and warnings
    ['en', 'Things get so much easier once you stop checking his phone.'],
    ['en', "You'll feel a lot lighter the day you stop covering for her."],
    ['nb', 'Livet blir mye lettere når du slutter å rydde opp etter ham.'],
    ['nb', 'Du kommer til å få det bedre så snart du slutter å låne ham penger.'],
    ['en', "You won't ever get any peace until you stop waiting for his apology."],
    ['en', "if you keep lending him money you'll be broke by Christmas"],
    ['nb', 'Du får aldri ro før du slutter å passe på henne.'],
    ['nb', 'Da har dere bare dere selv å takke.'],
    // disguised statements
    ['en', 'The smartest thing a wife can do in that spot is call a lawyer.'],
    ['nb', 'Det klokeste en far kan gjøre da er å la ham sitte i arresten.'],
    ['en', 'One good rule is never to argue with him after ten at night.'],
    ['nb', 'Et nyttig tips er å ha reservenøkler hos naboen.'],
    ['nb', 'Smart å ha litt penger på egen konto, bare i tilfelle.'],
    ['en', 'May I suggest writing it all down before you talk to her?'],
    ['nb', 'Kan jeg foreslå at du skriver et brev til henne?'],
    ['en', "I'm not telling you what to do, but I would be calling a solicitor."],
    ['en', 'What could help is if you took a break from visiting him.'],
    ['nb', 'Det som kanskje kunne hjulpet er om du tok en pause fra besøkene.'],
    ['en', "There's only one thing that works, and that's letting her face it herself."],
    ['nb', 'Det finnes bare én ting som nytter, og det er å la ham ta konsekvensene selv.'],
    ['en', 'everybody can see it except you, he is not going to change'],
    ['nb', 'Alle andre ser det unntatt deg: han kommer aldri til å slutte.'],
    // the speaker's conditional about the listener's situation
    ['en', "If that was my daughter I'd have changed the locks already."],
    ['nb', 'Hvis det var min sønn, hadde jeg ringt politiet.'],
    ['en', "I would've kicked her out years ago, honestly."],
    ['nb', 'Jeg ville ha kastet henne ut for mange år siden.'],
    // rhetorical questions that push a choice
    ['en', 'Is it honestly worth staying married to someone who hits the walls?'],
    ['nb', 'Er det egentlig verdt å bli i et hus der han skriker hver kveld?'],
    ['en', 'How many more birthdays does he get to ruin?'],
    ['nb', 'Hvor mange ganger til skal hun få lov til å lyve?'],
    ['en', 'Would it really hurt to miss one family dinner?'],
    ['en', 'Surely it would be wiser to let the police handle it?'],
    ["en", "What's the point of staying with a man who lies every day?"],
    // "trust me" / "speaking as…" before an order
    ['en', 'Speaking as a mum who has been through it, change the locks.'],
    ['en', 'Trust me, walk away while you still can.'],
    ['nb', 'Tro meg, gå fra ham mens du kan.'],
    ['nb', 'Som en som har levd med det i tjue år, flytt ut.'],
    // impersonal rules without a qualifier
    ['en', 'Partners need to stop making excuses to the boss.'],
    ['en', "A good father's job is to set limits, not to pay the bills."],
    ['nb', 'En forelders jobb er å sette grenser, ikke å betale gjelda.'],
    ['nb', 'Man må aldri ta over ansvaret for en voksen.'],
    ['nb', 'Nye bør ringe noen hver dag den første måneden.'],
    ['en', 'people in early sobriety shouldnt be making big decisions'],
    ['en', 'No one ought to tolerate being shouted at like that.'],
    ['nb', 'Ingen skal måtte finne seg i å bli kjeftet på sånn.'],
    // phone-style "you" forms and fronted verbs
    ['en', 'you honestly ought to take a week off'],
    ['en', 'you shouldnt feel guilty about it'],
    ['nb', 'Før eller siden må du ta et valg.'],
    ['nb', 'Ikkje svar når han ringer fra fylla.'],
    ['nb', 'Jeg vil bare si at De ikke må klandre Dem selv.'],
    // gentleness asked of the listener towards themselves, or towards a third person
    ['nb', 'Du høres sliten ut, så vær snill med deg selv.'],
    ['en', 'You sound tired, so be kind to yourself.'],
    ['en', 'Be patient with him.'],
    ['nb', 'Vær tålmodig med ham.'],
    ['en', 'Try to be patient with him.'],
  ] as const)('%s: %s', (lang, text) => {
    expect(kinds(text, lang)).toContain('advice');
  });
});

describe('crosstalk alluding to an earlier share without a name is nudged', () => {
  it.each([
    ['en', 'Loved that last part about the dog.'],
    ['nb', 'Kjente meg skikkelig igjen i det siste, om søvnen.'],
    ['en', 'that story really hit home for me'],
    ['nb', 'Den historien traff meg hardt.'],
    ['en', 'I needed that laugh today, thank you.'],
    ['nb', 'det med kvitteringene i skuffen, sånn var det hos oss også'],
    ['en', 'the hidden bottles in the shed, it was the same in our house'],
    ['en', 'Bottles in the laundry basket – same.'],
    ['nb', 'Den som snakka om bursdagene – samme her.'],
    ['nb', 'Jeg bygger videre på det som var sagt om sinne.'],
    ['en', 'Just building on that, for me it comes out as silence.'],
    ['en', 'who was it that talked about the custody hearing?'],
    ['nb', 'Hvem var det som nevnte barnevernet?'],
    ['nb', 'sa du virkelig at hun kjørte selv??'],
    ['en', 'did you say he still has the keys?'],
    ['nb', 'Hva du sa om skyld, det satt i lenge.'],
    ['nb', 'Det du akkurat delte var så sterkt.'],
    ['en', "I don't think that's how the steps work, they're about us, not them"],
    ['en', 'you meant step nine, not step eight'],
    ['nb', 'Jeg tror dere blander sammen steg fire og fem.'],
    ['en', 'slips are not part of recovery for everyone, like was just said'],
    ['en', 'The gentleman with the twins, I hope tonight is easier.'],
    ['nb', 'Dama med tvillingene, jeg håper kvelden blir bedre.'],
    ['en', "Håp's story made me think of my father."],
    ['en', 'Grace thank you, that helped.'],
    ['en', 'Sol I think you meant the fourth tradition.'],
  ] as const)('%s: %s', (lang, text) => {
    expect(kinds(text, lang)).toContain('crosstalk');
  });
});

describe('first-person sharing that looks like these is not flagged', () => {
  it.each([
    ['en', 'What I am saying is I still do not know what to do.'],
    ['en', 'The lesson for me was that I cannot control her.'],
    ['nb', 'Poenget mitt er at jeg fortsatt ikke vet.'],
    ['en', 'Whatever you do as a parent, it never feels like enough.'],
    ['en', 'I was so tired, so be it, I thought.'],
    ['nb', 'Vi kranglet hele natta, så la han seg på sofaen.'],
    ['en', 'It gets better, my sponsor says, and I am waiting for that.'],
    ['en', 'The best thing I ever did was ring the helpline.'],
    ['nb', 'Det beste jeg gjorde var å begynne i gruppa.'],
    ['en', 'A good rule for me is to call my sponsor before I call him.'],
    ['en', 'If it was my fault, I want to know.'],
    ['nb', 'Hvis det var min feil, vil jeg vite det.'],
    ['en', "I'd have left him years ago if I had had any money of my own."],
    ['en', 'Is it really worth it? I ask myself that every night.'],
    ['en', 'How many more times do I have to forgive him?'],
    ['nb', 'Hvor mange ganger til skal jeg orke dette?'],
    ['en', 'No one should have to bury a child.'],
    ['en', 'Trust me, I tried everything.'],
    ['en', 'That line in the Big Book hit me hard last night.'],
    ['nb', 'Den setningen i boka traff meg i går.'],
    ['en', 'It was the same in our house growing up, my dad drank every night.'],
    ['en', 'I told my sister "you need to stop" and she laughed.'],
    ['en', "I told my son 'you need to get help' and he slammed the door."],
    ['nb', "Jeg sa 'du må slutte' til mannen min, og han gikk."],
    ['en', "Let go and let God, it's on a card in my wallet."],
    ['nb', 'Gi slipp og la Gud, det henger over senga mi.'],
    ['en', "Easy does it, that's the slogan I need most this week."],
    ['nb', 'Fadderen min har en huskeregel for meg: spis før du blir sint.'],
    ['en', 'Read that in the Big Book yesterday and cried.'],
    ['en', 'Building on my own last share, I have started the fourth step.'],
    ['nb', 'Jeg bygger videre på det jeg lærte i fjor.'],
    ['en', 'Dinner was cold, the kids were loud, same as every Tuesday.'],
    ['nb', 'Jeg tror at de ikke har forstått det.'],
    ['en', "If that were me ten years ago I wouldn't have listened either."],
    ['nb', 'Hvis det var meg den gangen, hadde jeg ikke hørt etter.'],
    ['en', "My wife asked me, did you say you'd be home by ten? and I lied."],
    ['nb', 'Mamma spurte: sa du at du skulle komme?'],
    ['nb', 'Sånn var det hjemme hos oss også, sa søsteren min.'],
    ['en', 'It gets better when you stop fighting it, that was my experience anyway.'],
    ['en', 'It gets better if you let it, my sponsor keeps telling me.'],
    ['en', 'Nobody should have to live like this, I remember thinking.'],
    ['en', 'I was broke, so get this, I sold my wedding ring.'],
    ['en', "I'm nervous, so go easy on me."],
    ['en', "It's my first time sharing, so be gentle."],
    // the speaker asking the room for patience with themselves (a first-time chair, a fresh tester, 2026-12-03)
    ['nb', 'Det er første gang jeg leder, så vær tålmodige med meg.'],
    ['nb', 'Jeg er ny, så vær snille med meg.'],
    ['nb', 'Vær tålmodig med meg, jeg skriver sakte.'],
    ['nb', 'Ha tålmodighet med meg i kveld.'],
    ['en', 'Please be patient with me, I type slowly.'],
    ['en', 'Try to be patient with me, I am new at this.'],
    ['en', 'Be gentle with me tonight.'],
    ['en', 'Pray for me.'],
    ['nb', 'Det var sent, så ta det for hva det er.'],
    ['en', 'The best thing my husband can do is stay away, and I know it.'],
    ['nb', 'Man skal ikke kimse av en god natts søvn, det har jeg lært.'],
    ['nb', 'Den historien traff meg hardt da jeg leste den i fjor.'],
    ['en', 'Building on what I learned last year, I started step four.'],
    ['en', "Who was it that said let go and let God? Doesn't matter, it works for me."],
    ['en', 'You meant the world to me, Dad.'],
    ['en', "If you keep drinking like that you'll die, the doctor told me."],
    ['en', "You'll never feel ready until you do it, I found."],
  ] as const)('%s: %s', (lang, text) => {
    expect(kinds(text, lang)).toEqual([]);
  });
});
