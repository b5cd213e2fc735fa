import { describe as group, expect, it } from 'vitest';
import { dict } from '../../client/i18n.js';
import type { Lang } from '../../client/i18n.js';
import { describe } from '../../client/meeting/describe.js';
import type { MeetingEvent } from '../../shared/meeting/events.js';
import { FORMATS } from '../../shared/meeting/formats.js';

const ctx = (lang: Lang = 'en') => ({
  t: dict(lang),
  lang,
  you: 'me',
  formatId: 'standard',
  nameOf: (id: string) => ({ me: 'Quiet River', p2: 'Calm Shore' })[id] ?? null,
});

group('transcript items', () => {
  // A fresh tester (2026-12-05): a chair back after the seat's grace joined anew and found a
  // transcript with nothing of the meeting in it, and no word why.
  it('your own join after a seat given up says what is not shown and why (nb and en); an ordinary join welcomes', () => {
    const joined: MeetingEvent = { type: 'joined', id: 'me', name: 'Quiet River' };
    for (const lang of ['en', 'nb'] as const) {
      const t = dict(lang);
      expect(describe(joined, ctx(lang))).toMatchObject({ kind: 'system', text: t.tYouJoined });
      expect(describe(joined, { ...ctx(lang), rejoined: true })).toMatchObject({ kind: 'system', text: t.tYouJoinedAgain });
      // Someone else's join reads as ever.
      expect(describe({ ...joined, id: 'p2', name: 'Calm Shore' }, { ...ctx(lang), rejoined: true })).toMatchObject({ kind: 'system', text: t.tJoined('Calm Shore') });
    }
    // Everything before is gone from the page, what they had read too (a fresh tester, 2026-12-05,
    // read "while you were away" and looked for what she had read before).
    expect(dict('en').tYouJoinedAgain).toBe('You are in the meeting again, in a new seat. A new seat sees the meeting from now on: what was said before is not shown again, not even what you read then.');
  });

  // A fresh tester (2026-12-03): the chair's browser closed mid-round and members saw nothing but
  // "disconnected" in the chair's row, then the seat given up a minute later.
  it("the chair's drop and return are a line for everyone else, folded as a run; not for the chair, not when the chair holds the turn (nb and en)", () => {
    const drop: MeetingEvent = { type: 'connection', id: 'p2', connected: false };
    const back: MeetingEvent = { type: 'connection', id: 'p2', connected: true };
    for (const lang of ['en', 'nb'] as const) {
      const t = dict(lang);
      const c = { ...ctx(lang), chairId: 'p2', speakerId: null };
      expect(describe(drop, c)).toMatchObject({ kind: 'system', text: t.tChairDropped, drop: { id: 'p2', back: false } });
      expect(describe(back, c)).toMatchObject({ kind: 'system', text: t.tChairBack, drop: { id: 'p2', back: true } });
      // The chair's own page, and a chair who is speaking (turnHeld says it), get none.
      expect(describe(drop, { ...c, you: 'p2' })).toBeNull();
      expect(describe(drop, { ...c, speakerId: 'p2' })).toBeNull();
      // Anyone else's connection is the circle's business, not the transcript's.
      expect(describe({ type: 'connection', id: 'p3', connected: false }, c)).toBeNull();
    }
    expect(dict('en').tChairDropped).toBe('The chair lost the connection. The meeting goes on meanwhile.');
    // A second tester (2026-12-03): during the chair's pause, "the meeting goes on" contradicted "paused".
    for (const lang of ['en', 'nb'] as const) {
      const t = dict(lang);
      const paused = { ...ctx(lang), chairId: 'p2', speakerId: null, paused: true };
      expect(describe({ type: 'connection', id: 'p2', connected: false }, paused)).toMatchObject({ text: t.tChairDroppedPaused, drop: { back: false } });
    }
    expect(dict('nb').tChairDroppedPaused).toBe('Møtelederen mistet forbindelsen. Møtet står på pause til møtelederen er tilbake, eller til noen andre tar over.');
    // A fresh tester (2026-12-05): before the start, "the meeting goes on meanwhile" was untrue.
    for (const lang of ['en', 'nb'] as const) {
      const t = dict(lang);
      const gathering = { ...ctx(lang), chairId: 'p2', speakerId: null, gathering: true };
      const item = describe({ type: 'connection', id: 'p2', connected: false }, gathering);
      expect(item).toMatchObject({ text: t.turnNone_gathering_chairAway, drop: { back: false } });
      if (item?.kind === 'system') expect(item.drop?.again(2)).not.toContain(t.tChairDropped.split('. ')[1]!);
    }
    expect(dict('nb').tChairBackAfter(3)).toBe('Møtelederen mistet forbindelsen 3 ganger og er tilbake.');
  });

  // The same tester: "…gets a late turn if the connection comes back" was said, the return never was.
  it('the return of someone owed a late turn says so; a return owed nothing says nothing (nb and en)', () => {
    const back: MeetingEvent = { type: 'connection', id: 'p2', connected: true };
    for (const lang of ['en', 'nb'] as const) {
      const t = dict(lang);
      expect(describe(back, { ...ctx(lang), chairId: 'me', owedLateTurn: (id) => id === 'p2' })).toEqual({ kind: 'system', text: t.tLateTurnBack('Calm Shore') });
      expect(describe(back, { ...ctx(lang), chairId: 'me', owedLateTurn: () => false })).toBeNull();
      expect(describe({ type: 'connection', id: 'p2', connected: false }, { ...ctx(lang), chairId: 'me', owedLateTurn: () => true })).toBeNull();
      // Back on the late turn itself (still marked missed): the turn's own line says it, not this one.
      expect(describe(back, { ...ctx(lang), chairId: 'me', speakerId: 'p2', owedLateTurn: (id) => id === 'p2' })).toBeNull();
      // The chair too, whose turn moved on while away (a chair dropping while sharing, 2026-12-05:
      // the room read "The chair is back." and never heard of the late turn it had been promised).
      expect(describe(back, { ...ctx(lang), chairId: 'p2', owedLateTurn: (id) => id === 'p2' })).toEqual({ kind: 'system', text: t.tLateTurnBack('Calm Shore') });
      expect(describe(back, { ...ctx(lang), chairId: 'p2', owedLateTurn: () => false })).toMatchObject({ text: t.tChairBack });
    }
    expect(dict('nb').tLateTurnBack('Calm Shore')).toBe('Calm Shore er tilbake og får ordet igjen senere.');
  });

  // A fresh tester (2026-12-03): the chair moved on by the format's rotation and nobody was told why.
  it('the chair moved on by the rotation says so, to the new chair and to everyone else (nb and en)', () => {
    for (const lang of ['en', 'nb'] as const) {
      const t = dict(lang);
      expect(describe({ type: 'chair', id: 'me', name: 'Me', reason: 'rotation' }, ctx(lang))).toEqual({ kind: 'system', text: t.tChairRotationYou });
      expect(describe({ type: 'chair', id: 'p2', name: 'Calm Shore', reason: 'rotation' }, ctx(lang))).toEqual({ kind: 'system', text: t.tChairRotation('Calm Shore') });
      expect(describe({ type: 'chair', id: 'p2', name: 'Calm Shore', reason: 'handed' }, ctx(lang))).toEqual({ kind: 'system', text: t.tChair('Calm Shore') });
    }
    expect(dict('en').tChairRotation('Calm Shore')).toBe('The chair moves on after each round in this meeting: Calm Shore now chairs.');
  });

  // A fresh tester (2026-12-05): a frightened listener's "I want to share after all" put "Mild
  // Bølge would like to share" before the whole room.
  it('a change between sharing and listening is said to the person and the chair only (nb and en)', () => {
    for (const lang of ['en', 'nb'] as const) {
      const t = dict(lang);
      const share = { type: 'role' as const, id: 'p2', role: 'participant' as const };
      const listen = { type: 'role' as const, id: 'p2', role: 'listener' as const };
      expect(describe(share, ctx(lang))).toBeNull();
      expect(describe(listen, ctx(lang))).toBeNull();
      expect(describe(share, { ...ctx(lang), isChair: true })).toEqual({ kind: 'system', text: t.tRoleShare('Calm Shore') });
      expect(describe(listen, { ...ctx(lang), isChair: true })).toEqual({ kind: 'system', text: t.tRoleListen('Calm Shore') });
      expect(describe({ ...share, id: 'me' }, ctx(lang))).toEqual({ kind: 'system', text: t.tRoleShareYou });
      expect(describe({ ...listen, id: 'me' }, ctx(lang))).toEqual({ kind: 'system', text: t.tRoleListenYou });
    }
  });

  // A fresh tester (2026-12-05): the member who had taken over the chair lost it to the chair
  // key's returning holder and read only "Anne is now chairing"; the room was not told why.
  it('the chair taken back by the chair who opened the meeting says why, and tells the one who had it (nb and en)', () => {
    for (const lang of ['en', 'nb'] as const) {
      const t = dict(lang);
      const back = { type: 'chair' as const, id: 'p2', name: 'Calm Shore', reason: 'returned' as const };
      expect(describe(back, { ...ctx(lang), chairId: 'me' })).toEqual({ kind: 'system', text: t.tChairReturnedFromYou('Calm Shore') });
      expect(describe(back, { ...ctx(lang), chairId: 'p3' })).toEqual({ kind: 'system', text: t.tChairReturned('Calm Shore') });
      expect(describe({ ...back, id: 'me', name: 'Me' }, { ...ctx(lang), chairId: 'p3' })).toEqual({ kind: 'system', text: t.tChairYou });
      // Any other way the chair leaves you: you are told it is no longer yours.
      expect(describe({ ...back, reason: 'handed' }, { ...ctx(lang), chairId: 'me' })).toEqual({ kind: 'system', text: t.tChairFromYou('Calm Shore') });
      expect(t.tChairReturnedFromYou('Calm Shore')).toMatch(/no longer chair|ikke lenger møteleder/);
    }
    expect(dict('en').tChairReturned('Calm Shore')).toBe('Calm Shore is now chairing: the chair who opened the meeting is back.');
  });

  // A fresh tester (2026-12-05): after "I cannot chair now" the room read only "X is now chairing".
  it('the chair passed on by its holder says so to the room; the one who passed it is told it is no longer theirs (nb and en)', () => {
    for (const lang of ['en', 'nb'] as const) {
      const t = dict(lang);
      const passed = { type: 'chair' as const, id: 'p2', name: 'Calm Shore', reason: 'withdrew' as const };
      expect(describe(passed, { ...ctx(lang), chairId: 'p3' })).toEqual({ kind: 'system', text: t.tChairWithdrew('Calm Shore') });
      expect(describe(passed, { ...ctx(lang), chairId: 'me' })).toEqual({ kind: 'system', text: t.tChairFromYou('Calm Shore') });
      expect(describe({ ...passed, id: 'me', name: 'Me' }, { ...ctx(lang), chairId: 'p3' })).toEqual({ kind: 'system', text: t.tChairYou });
    }
    expect(dict('en').tChairWithdrew('Calm Shore')).toBe('Calm Shore is now chairing: the one who had the chair passed it on.');
  });

  // A third fresh tester (2026-12-03): a relatives round with nobody else offering to chair ended
  // without a word on the rotation. The line says who goes on chairing and how to take it.
  it('a rotation with nobody to take the chair: the chair is told they go on, the others how to take it (nb and en)', () => {
    for (const lang of ['en', 'nb'] as const) {
      const t = dict(lang);
      const mine = describe({ type: 'rotationOpen' }, { ...ctx(lang), chairId: 'me' }) as { text: string };
      const theirs = describe({ type: 'rotationOpen' }, { ...ctx(lang), chairId: 'p2' }) as { text: string };
      const discreet = describe({ type: 'rotationOpen' }, { ...ctx(lang), chairId: null }) as { text: string };
      expect(mine.text).toBe(t.tRotationOpenYou);
      expect(theirs.text).toContain('Calm Shore');
      expect(discreet.text).not.toContain('Calm Shore');
      // The box it names is the one on the page, word for word.
      for (const x of [mine, theirs, discreet]) expect(x.text).toContain(t.volunteerToggle);
    }
    expect(dict('en').tRotationOpen('Calm Shore')).toBe(
      'Nobody has offered to take over the chair after the round, so Calm Shore goes on chairing. The first to offer (“I can chair the meeting if needed”) takes it over.',
    );
    // Read by everyone, on a phone at 200 % text too (a fresh tester, 2026-12-06: four lines): short.
    for (const lang of ['en', 'nb'] as const) expect(dict(lang).tRotationOpen('Calm Shore').length).toBeLessThanOrEqual(180);
    // The room's line states how the chair passes on; it asks nobody (a fresh tester, 2026-12-05:
    // it asked a listener the question the page does not put to her, and a member two ways at once).
    for (const lang of ['en', 'nb'] as const) expect(dict(lang).tRotationOpen('Calm Shore')).not.toMatch(/\?/);
  });

  // A second fresh tester (2026-12-03): "Nobody is chairing right now" and then "Nobody is chairing now. Can someone…".
  it('the question for a chair does not say again that nobody chairs, which the line before it said (nb and en)', () => {
    for (const lang of ['en', 'nb'] as const) {
      const t = dict(lang);
      const none = describe({ type: 'chair', id: null, name: null, reason: 'failover' }, ctx(lang)) as { text: string };
      const ask = describe({ type: 'chairVacant' }, ctx(lang)) as { text: string };
      expect(none.text).toBe(t.tChairNone);
      expect(ask.text).toBe(t.tChairVacant);
      expect(ask.text).not.toMatch(lang === 'en' ? /nobody/i : /ingen leder/i);
    }
  });

  // Fresh user on Issue 15: a shortened script's segments read "(0 min)".
  it('a segment\'s planned length is in minutes or seconds, never "(0 min)", and nothing at all for zero (nb and en)', () => {
    const seg = (ms: number, auto = false): MeetingEvent => ({ type: 'segment', index: 1, kind: 'readings', startedAt: 1_000, endsAt: 1_000 + ms, auto });
    expect(describe(seg(6_000), ctx('en'))).toEqual({ kind: 'system', text: 'Now: Readings (6 sec).' });
    expect(describe(seg(6_000), ctx('nb'))).toEqual({ kind: 'system', text: 'Nå: Tekster (6 sek).' });
    expect(describe(seg(4 * 60_000, true), ctx('en'))).toEqual({ kind: 'system', text: 'The meeting moves on by itself: Readings (4 min).' });
    for (const lang of ['en', 'nb'] as const) {
      for (const ms of [0, 1, 400, 29_000, 59_999, 60_000, 90_000]) expect((describe(seg(ms), ctx(lang)) as { text: string }).text).not.toMatch(/\(0\b/);
      expect((describe(seg(0), ctx(lang)) as { text: string }).text).not.toContain('(');
    }
  });

  // Fresh tester on Issue 15: the greeter read "Only you and the greeter see this".
  it('the newcomer notice is right for its reader (chair or greeter) and says when they still wait at the door (nb and en)', () => {
    const ev = (atDoor: boolean): MeetingEvent => ({ type: 'newcomer', id: 'p2', name: 'Waiting Wenche', atDoor, to: 'me' });
    const text = (lang: Lang, isChair: boolean, atDoor: boolean) => (describe(ev(atDoor), { ...ctx(lang), isChair }) as { text: string }).text;
    expect(text('en', true, false)).toBe('Waiting Wenche is at their first meeting. Only you and the greeter see this.');
    expect(text('en', false, false)).toBe('Waiting Wenche is at their first meeting. Only you and the chair see this.');
    expect(text('en', false, true)).toBe('Waiting Wenche is at their first meeting and still waiting at the door. Only you and the chair see this.');
    expect(text('nb', false, true)).toBe('Waiting Wenche er på sitt første møte og venter ennå ved døra. Bare du og møteleder ser dette.');
    expect(text('nb', true, false)).toBe('Waiting Wenche er på sitt første møte. Bare du og den som ønsker velkommen ser dette.');
    // A reader never reads that only they and their own role see it.
    for (const lang of ['en', 'nb'] as const) expect(text(lang, false, false)).not.toMatch(/greeter|ønsker velkommen/);
  });

  // Every way a turn ends has its own words: never "lost the connection" for a removal. An empty
  // turn whose time ran out is said so to its speaker; the room reads only "time ran out" (a fresh
  // tester, 2026-12-05: "time ran out with nothing shared" showed up an older, slow typist).
  it('every shareEnded reason has its own words (nb and en); the room is not told an empty turn had nothing shared', () => {
    const reasons = ['finished', 'passed', 'timeout', 'timeoutEmpty', 'skipped', 'gone', 'muted', 'left', 'removed', 'waiting'] as const;
    for (const lang of ['en', 'nb'] as const) {
      const texts = reasons.map((reason) => (describe({ type: 'shareEnded', id: 'me', name: 'Me', reason }, ctx(lang)) as { text: string }).text);
      for (const x of texts) expect(x.length).toBeGreaterThan(2);
      expect(new Set(texts).size, lang).toBe(reasons.length);
      const room = (reason: (typeof reasons)[number]): string => (describe({ type: 'shareEnded', id: 'p2', name: 'Calm Shore', reason }, ctx(lang)) as { text: string }).text;
      expect(room('timeoutEmpty')).toBe(room('timeout'));
      expect(room('timeoutEmpty')).toBe(dict(lang).tShareEnd_timeout);
    }
    expect((describe({ type: 'shareEnded', id: 'p2', name: 'Calm Shore', reason: 'removed' }, ctx('en')) as { text: string }).text).toBe('was removed by the chair');
  });

  it('renders a reading from the format in the UI language: the event carries only its id', () => {
    const reading = FORMATS[0]?.readings.find((r) => r.id === 'guidelines');
    expect(describe({ type: 'reading', readingId: 'guidelines' }, ctx('nb'))).toEqual({ kind: 'reading', title: reading?.title.nb, text: reading?.text.nb });
    expect(describe({ type: 'reading', readingId: 'guidelines' }, ctx('en'))).toEqual({ kind: 'reading', title: reading?.title.en, text: reading?.text.en });
    expect(describe({ type: 'reading', readingId: 'nope' }, ctx())).toBeNull();
  });

  it('a hidden share reads "removed by the chair", and its author is told in words (nb and en)', () => {
    expect(describe({ type: 'shareHidden', share: 7, id: 'p2' }, { ...ctx('en'), nameOf: () => 'Calm Shore' })).toEqual({
      kind: 'shareHidden', share: 7, speakerId: 'p2', header: 'Calm Shore shares', text: 'Removed by the chair', you: false, notice: expect.stringContaining('The chair has removed your share'),
    });
    const mine = describe({ type: 'shareHidden', share: 7, id: 'me' }, ctx('nb'));
    expect(mine).toMatchObject({ you: true, text: 'Fjernet av møteleder', notice: expect.stringContaining('Møtelederen har fjernet delingen din') });
    expect(describe({ type: 'reported', share: 7, reason: 'advice', to: 'me' }, ctx())).toBeNull();
  });

  it('words the five-minute end warning by phase: "move to the closing" only before the closing (nb and en)', () => {
    const at = Date.parse('2026-01-06T19:30:00Z');
    for (const lang of ['en', 'nb'] as const) {
      const move = lang === 'en' ? 'The chair may move to the closing now' : 'Møtelederen kan gå over til avslutningen nå';
      for (const phase of ['opening', 'round', 'open'] as const) expect(describe({ type: 'endingSoon', endsAt: at, phase }, ctx(lang))).toMatchObject({ kind: 'system', text: expect.stringContaining(move) });
      for (const phase of ['gathering', 'closing'] as const) {
        const item = describe({ type: 'endingSoon', endsAt: at, phase }, ctx(lang)) as { text: string };
        expect(item.text).toMatch(lang === 'en' ? /in five minutes\.$/ : /om fem minutter\.$/);
        expect(item.text).not.toContain(move);
      }
    }
  });

  it('keeps share text exactly as sent, marked as a chunk of that speaker', () => {
    const text = '<img src=x onerror=alert(1)> & "quotes"';
    expect(describe({ type: 'share', id: 'p2', name: 'Calm Shore', text }, { ...ctx(), seq: 7 })).toEqual({ kind: 'shareChunk', speakerId: 'p2', name: 'Calm Shore', header: 'Calm Shore shares', text, you: false, seq: 7 });
    expect(describe({ type: 'turn', id: 'me', name: 'Quiet River', deadline: 1 }, ctx())).toEqual({ kind: 'shareStart', speakerId: 'me', header: 'You share', you: true, mark: 'Your turn' });
  });

  it('summarises a turn ended without words, for others and for you', () => {
    expect(describe({ type: 'shareEnded', id: 'p2', name: 'Calm Shore', reason: 'passed' }, ctx())).toEqual({ kind: 'shareEnd', speakerId: 'p2', header: 'Calm Shore shared', text: 'passed', summary: 'Calm Shore: passed' });
    // Said as over, not as a turn still going (a second fresh tester, 2026-12-03, read "Your turn: passed").
    expect(describe({ type: 'shareEnded', id: 'me', name: 'Quiet River', reason: 'timeout' }, ctx('nb'))).toMatchObject({ summary: 'Din tur er slutt: tiden gikk ut' });
    expect(describe({ type: 'shareEnded', id: 'me', name: 'Quiet River', reason: 'passed' }, ctx())).toMatchObject({ summary: 'Your turn is over: passed' });
    // A held turn that moved on is also said at the end of the transcript, where the room last read
    // that it was held (a fresh tester: the chair was told nothing more); no other ending is.
    expect(describe({ type: 'shareEnded', id: 'p2', name: 'Calm Shore', reason: 'gone' }, ctx())).toMatchObject({ line: 'The turn moved on from Calm Shore. If the connection comes back in time, Calm Shore gets a late turn.' });
    expect(describe({ type: 'shareEnded', id: 'me', name: 'Quiet River', reason: 'gone' }, ctx('nb'))).toMatchObject({ line: 'Turen din gikk videre mens forbindelsen var borte. Du får ordet igjen senere, med tiden du hadde igjen (minst ett minutt).' });
    expect(describe({ type: 'shareEnded', id: 'p2', name: 'Calm Shore', reason: 'passed' }, ctx())).not.toHaveProperty('line');
    // Where the chair gives the turn, no late turn comes by itself: none is promised.
    expect(describe({ type: 'shareEnded', id: 'p2', name: 'Calm Shore', reason: 'gone' }, { ...ctx(), lateTurnByChair: true })).toMatchObject({ line: 'The turn moved on from Calm Shore. The chair can give Calm Shore the turn again later.' });
    expect(describe({ type: 'shareEnded', id: 'me', name: 'Quiet River', reason: 'gone' }, { ...ctx('nb'), lateTurnByChair: true })).toMatchObject({ line: 'Turen din gikk videre mens forbindelsen var borte. Møtelederen kan gi deg ordet igjen.' });
  });

  it('speaks to you as "you" in chair, co-chair and mute lines', () => {
    expect(describe({ type: 'chair', id: 'me', name: 'Quiet River', reason: 'handed' }, ctx('nb'))).toEqual({ kind: 'system', text: 'Du leder nå møtet' });
    expect(describe({ type: 'chair', id: 'p2', name: 'Calm Shore', reason: 'failover' }, ctx())).toEqual({ kind: 'system', text: 'Calm Shore is now chairing' });
    expect(describe({ type: 'chair', id: null, name: null, reason: 'failover' }, ctx())).toEqual({ kind: 'system', text: 'Nobody is chairing right now' });
    expect(describe({ type: 'coChair', id: 'p2' }, ctx())).toEqual({ kind: 'system', text: 'Calm Shore is the door keeper' });
    expect(describe({ type: 'muted', id: 'me', on: true }, ctx())).toEqual({ kind: 'system', text: 'The chair has muted you' });
    expect(describe({ type: 'muted', id: 'gone', on: false }, ctx())).toEqual({ kind: 'system', text: 'a participant can share again' });
  });

  it('shows phases, topics and notes, and says how someone left', () => {
    expect(describe({ type: 'phase', phase: 'open' }, ctx('nb'))).toEqual({ kind: 'phase', text: 'Åpen deling' });
    expect(describe({ type: 'topic', text: 'Hope' }, ctx())).toEqual({ kind: 'topic', text: 'Topic: Hope' });
    expect(describe({ type: 'topic', text: null }, ctx())).toEqual({ kind: 'system', text: 'The topic was cleared' });
    expect(describe({ type: 'note', text: 'Five minutes left' }, ctx())).toEqual({ kind: 'note', label: 'From the chair', text: 'Five minutes left' });
    expect(describe({ type: 'left', id: 'p2', name: 'Calm Shore', reason: 'removed' }, ctx())).toEqual({ kind: 'system', text: 'Calm Shore was removed from the meeting' });
    // A seat given up after a drop is not "left" (a fresh tester: a chair read it as someone choosing to go).
    expect(describe({ type: 'left', id: 'p2', name: 'Calm Shore', reason: 'gone' }, ctx())).toEqual({ kind: 'system', text: 'Calm Shore’s connection did not come back in time, so their seat was given up.' });
    expect(describe({ type: 'left', id: 'p2', name: 'Rolig Strand', reason: 'gone' }, ctx('nb'))).toEqual({ kind: 'system', text: 'Forbindelsen til Rolig Strand kom ikke tilbake i tide, så plassen ble gitt opp.' });
    expect(describe({ type: 'left', id: 'p2', name: 'Calm Shore', reason: 'left' }, ctx())).toEqual({ kind: 'system', text: 'Calm Shore left' });
    expect(describe({ type: 'joined', id: 'me', name: 'Quiet River' }, ctx())).toEqual({ kind: 'system', text: 'You are in the meeting. Welcome.' });
  });

  // A fresh tester (2026-12-02): the chair's status box said "held for 20 s" through the whole
  // drop, without counting down, beside a transcript line saying 17 s. It names the longest the
  // turn is held (view.speakerGraceMs, never past the seat's grace), so it says "up to".
  it('the status words for someone else\u2019s held turn say "up to" the hold (nb and en)', () => {
    expect(dict('en').turnHeldOther('Calm Shore', 20)).toBe('Calm Shore lost the connection. The turn is held for up to 20 seconds.');
    expect(dict('nb').turnHeldOther('Rolig Strand', 20)).toBe('Rolig Strand mistet forbindelsen. Turen holdes av i opptil 20 sekunder.');
    // The transcript's line for the same hold says the same: "up to", and the same number (a
    // fresh tester saw three different figures for one held turn).
    expect(describe({ type: 'turnHeld', id: 'p2', name: 'Calm Shore', until: 28_000 }, { ...ctx(), at: 20_000 })).toMatchObject({ kind: 'system', text: 'Calm Shore lost the connection. The turn is held for up to 8 seconds.' });
    expect(describe({ type: 'turnHeld', id: 'p2', name: 'Rolig Strand', until: 28_000 }, { ...ctx('nb'), at: 20_000 })).toMatchObject({ kind: 'system', text: 'Rolig Strand mistet forbindelsen. Turen holdes av i opptil 8 sekunder.' });
  });

  it('keeps bookkeeping and private events out of the transcript', () => {
    const quiet: MeetingEvent[] = [
      { type: 'hands', queue: ['p2'] },
      { type: 'connection', id: 'p2', connected: false },
      { type: 'acknowledged', kind: 'heart', to: 'me', acks: 1 },
      { type: 'keeperPatch', to: 'me', toShare: 2, ifYouLeave: null },
      { type: 'timeWarning', id: 'p2', deadline: 1 },
      { type: 'volunteer', id: 'p2', on: true },
    ];
    for (const e of quiet) expect(describe(e, ctx())).toBeNull();
  });
});

// Fresh tester on Issue 15: a chairless meeting still said "Tell the chair" as if someone read it now.
group('where a report goes', () => {
  it('with no chair the reporter is told the report is kept for whoever takes the chair (nb and en); with a chair, the chair is told', async () => {
    const { reportWords } = await import('../../client/meeting/report-words.js');
    for (const lang of ['en', 'nb'] as const) {
      const t = dict(lang);
      expect(reportWords(true, t)).toEqual({ title: t.reportTitle, sent: t.reportSent });
      const none = reportWords(false, t);
      expect(none.title).not.toBe(t.reportTitle);
      expect(none.sent).not.toBe(t.reportSent);
      expect(none.sent).toMatch(lang === 'en' ? /Nobody chairs right now.*whoever takes the chair sees it/ : /Ingen er møteleder akkurat nå.*den som blir møteleder ser den/);
    }
  });
});
