// Words to the whole room are no reply (domain.md, "No crosstalk": nobody comments on another's
// share). A fresh tester (2026-12-06) was told "This looks like a reply to someone" for thanking
// the room ("I am grateful to be here with you"), for recognising herself in the evening's shares
// and for welcoming the newcomer as every format's opening does; the Norwegian "her med dere"
// passed. Each pair below keeps the reply to one person caught beside the room-wide line.
import { describe, expect, it } from 'vitest';
import { findByModel } from '../../shared/guard/model.js';
import { readGuardModel } from '../../server/guard-model.js';
import { found } from './helpers.js';

const ROOM = ['Quiet Spruce', 'Worried Mum'];

describe('crosstalk: words to the whole room pass, words to one person do not', () => {
  it('"with you" where "you" is everyone present', () => {
    for (const text of [
      'I am grateful to be here with you.',
      'It means a lot to share this with you.',
      'Thank you for sitting with you tonight, I mean with all of us.',
      'I feel safe being with you.',
    ]) {
      expect(found('crosstalk', text, ROOM, 'en'), text).toEqual([]);
    }
    expect(found('crosstalk', "I'm with you.", ROOM, 'en')).toEqual(['with you']);
    expect(found('crosstalk', 'My heart goes out to you.', ROOM, 'en')).toEqual(['goes out to you']);
  });

  it('recognising oneself in the evening\'s shares, not in one of them', () => {
    for (const [text, lang] of [
      ['I hear myself in what was shared tonight', 'en'],
      ['I hear myself in what was shared here, and I am grateful.', 'en'],
      ['I relate to everything that was said here tonight.', 'en'],
      ['I relate to what was shared tonight.', 'en'],
      ['I identify with what was said here, and thanks.', 'en'],
      ['Jeg kjenner meg igjen i det som ble delt i kveld.', 'nb'],
      ['Jeg kjenner meg igjen i alt som ble sagt her, og det hjelper.', 'nb'],
    ] as const) {
      expect(found('crosstalk', text, ROOM, lang), text).toEqual([]);
    }
    expect(found('crosstalk', 'What was shared tonight about anger hit me.', ROOM, 'en')).toEqual(['What was shared tonight']);
    expect(found('crosstalk', 'Det som ble delt i kveld om skam traff meg.', ROOM, 'nb')).toEqual(['Det som ble delt i kveld']);
    expect(found('crosstalk', 'I keep thinking about what was said earlier.', ROOM, 'en')).toEqual(['what was said earlier']);
    expect(found('crosstalk', 'I relate to what was said about anger.', ROOM, 'en')).toEqual(['relate to what was']);
    expect(found('crosstalk', 'I agree with what was said tonight.', ROOM, 'en')).toEqual(['agree with what was said']);
  });

  it('a welcome to the newcomer, and words to them: caught only if what follows is advice', () => {
    expect(found('crosstalk', 'Welcome to the newcomer.', ROOM, 'en')).toEqual([]);
    expect(found('crosstalk', 'Velkommen til den nye.', ROOM, 'nb')).toEqual([]);
    // Words to whoever is new are said to the room (a fresh tester, 2026-12-06: the chair's bar
    // suggests "a special welcome to whoever is new"); a slogan after them is the room's words.
    for (const [text, lang] of [
      ['To the newcomer: keep coming back.', 'en'],
      ['Til den nye: bare kom tilbake.', 'nb'],
    ] as const) {
      expect(found('crosstalk', text, ROOM, lang), text).toEqual([]);
      expect(found('advice', text, ROOM, lang), text).toEqual([]);
    }
    expect(found('advice', 'To the newcomer: get a sponsor.', ROOM, 'en')).toEqual(['get']);
    expect(found('advice', 'Til den nye: skaff deg en sponsor.', ROOM, 'nb')).toEqual(['skaff']);
  });

  it('the model does not judge a welcome either (it was sure of both, 0.98)', () => {
    const model = readGuardModel();
    for (const text of ['A special welcome to the newcomer.', 'En særlig velkommen til den som er ny her i kveld.']) {
      expect(findByModel(model, text, ROOM), text).toBeNull();
    }
    // What follows a welcome in its sentence is still read by the rules.
    expect(found('advice', 'Welcome to the newcomer, you should really get a sponsor and call them every day.', ROOM, 'en')).toEqual(['you should']);
  });
});
