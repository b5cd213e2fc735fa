// A share that went through with its answer lost (a fresh tester on a weak phone link, 900–2500 ms,
// drops): the room had "Del fire: …" within a second, the connection dropped before the answer
// came, every retry ran out ("Not sent"), and on return the page still held the words as "not
// shared yet"; words typed on while "Still sending …" showed were kept together with them, and
// sending the box would have said part one to the room again. The page (client/pages/meeting.ts,
// the real code in jsdom, views and events from the real core) learns it from its own `share`
// event, live or replayed on the resume: the sent words leave whichever box they stand in now,
// what was typed after them stays, the notices go, and nothing is sent twice.
import { describe, expect, it, vi } from 'vitest';
import { dict } from '../../client/i18n.js';
import type { ConnHandlers, ConnStatus } from '../../client/connection.js';
import { buildView, type LoggedEvent } from '../../shared/meeting/view.js';
import type { MeetingEvent } from '../../shared/meeting/events.js';
import type { Ack } from '../../shared/protocol.js';
import { normalizeText } from '../../shared/text.js';
import { sanitizeText } from '../../server/sanitize.js';
import { inRound, type Run } from '../core/helpers.js';
import { useDomGlobals } from '../helpers/dom-globals.js';

useDomGlobals(
  ['window', 'document', 'HTMLElement', 'HTMLInputElement', 'HTMLTextAreaElement', 'HTMLButtonElement', 'Node', 'Text', 'Event', 'KeyboardEvent', 'MouseEvent', 'FocusEvent', 'sessionStorage', 'localStorage', 'navigator', 'matchMedia', 'location', 'getComputedStyle', 'MutationObserver'],
  (w) => {
    w.matchMedia = () => ({ matches: false, addEventListener: () => undefined, removeEventListener: () => undefined });
    (w as { scrollTo: unknown }).scrollTo = () => undefined;
  },
);

/** What the page sends and is answered: each command waits for the test to answer it. */
interface Sent {
  event: string;
  payload: Record<string, unknown>;
  answer(a: Ack): void;
}

/** The page's connection, played by the test: the page's handlers, and what it sent. */
class FakeConnection {
  static last: FakeConnection | null = null;
  readonly sent: Sent[] = [];
  readonly settledSends: string[] = [];
  isReady = true;
  constructor(
    readonly meetingId: string,
    readonly h: ConnHandlers,
  ) {
    FakeConnection.last = this;
  }
  send(event: string, payload: Record<string, unknown>): Promise<Ack> {
    return new Promise((answer) => this.sent.push({ event, payload, answer }));
  }
  settled(event: string, payload: Record<string, unknown>): void {
    this.settledSends.push(`${event}:${JSON.stringify(payload)}`);
  }
  start(): void {}
  close(): void {}
  leave(): void {}
  leaveNow(): void {}
  takeBack(): void {}
  holdings(): Promise<Ack> {
    return new Promise(() => undefined);
  }
  askJoinCode(): void {}
}

vi.mock('../../client/connection.js', () => ({ Connection: FakeConnection }));

const flush = async (): Promise<void> => {
  for (let i = 0; i < 3; i++) await new Promise((r) => setTimeout(r, 0));
};

const PART_ONE = 'Del fire: Takk for at jeg fikk være her.';
const PART_TWO = 'Del fem: Og for at dere lyttet.';

/** The room's events of one accepted command, as the log holds them. */
function logged(r: Run, events: MeetingEvent[]): LoggedEvent[] {
  return events.filter((e) => !('to' in e)).map((event) => ({ seq: r.state.seq, at: r.now, event }));
}

/** A round in which `b` (you) has the turn, the page mounted and joined, in English. */
async function scene() {
  const { app } = await import('../../client/app.js');
  app.setLang('en');
  const { mountMeeting } = await import('../../client/pages/meeting.js');
  const r = inRound({ others: ['b', 'c'], settings: { speakerGraceMs: 8_000, graceMs: 60_000 } });
  r.ok({ type: 'share', by: 'a', text: 'The chair opens.' });
  r.ok({ type: 'finishShare', by: 'a' });
  expect(r.speaker).toBe('b');
  const container = document.createElement('div');
  document.body.replaceChildren(container);
  const page = mountMeeting(container, { meetingId: 'm1', join: null, failed: () => undefined });
  const conn = FakeConnection.last!;
  const status = (s: ConnStatus) => conn.h.status(s);
  status('connected');
  conn.h.ready({ you: 'b', token: 'tok', view: buildView(r.state, 'b', r.now), missed: [] });
  const q = <E extends HTMLElement = HTMLElement>(id: string) => container.querySelector<E>(`[data-testid="${id}"]`)!;
  const composer = () => q<HTMLTextAreaElement>('composer');
  const type = (text: string) => {
    composer().value = text;
    composer().dispatchEvent(new Event('input'));
  };
  /** The connection comes back: the view first, then what was missed (Connection's order). */
  const resume = (missed: LoggedEvent[]) => {
    status('connected');
    conn.h.ready({ you: 'b', token: 'tok', view: buildView(r.state, 'b', r.now), missed });
    for (const le of missed) conn.h.event(le);
  };
  const shares = () => conn.sent.filter((s) => s.event === 'share').map((s) => s.payload.text);
  const shown = (id: string) => !q(id).hidden;
  /** Part one sent; while it is on its way the person writes part two after it in the same box. */
  const sendThenTypeOn = async (): Promise<void> => {
    type(PART_ONE);
    q('composer-send').click();
    await flush();
    type(`${PART_ONE} ${PART_TWO}`);
  };
  /** The connection is lost and the send's retries run out: its answer never comes. */
  const answerLost = async (): Promise<void> => {
    status('reconnecting');
    conn.sent[0]!.answer({ ok: false, code: 'BUSY', message: 'timeout' });
    await flush();
  };
  return { r, page, conn, q, composer, type, status, resume, shares, shown, sendThenTypeOn, answerLost };
}

describe('a share whose answer was lost: the page learns it went through from its own share event', () => {
  it('replayed on the resume after every retry ran out: part one leaves the box, part two (typed while it was sending) stays, the notices go, and only part two is sent next', async () => {
    const t = dict('en');
    const { r, page, conn, composer, type, status, resume, shares, shown, q } = await scene();
    type(PART_ONE);
    q('composer-send').click();
    await flush();
    expect(shares()).toEqual([PART_ONE]);
    // Still sending: the person writes on in the same box.
    composer().focus();
    type(`${PART_ONE} ${PART_TWO}`);
    // The server had it (the room saw it within a second); the answer was lost with the connection.
    const missed = logged(r, r.ok({ type: 'share', by: 'b', text: PART_ONE }));
    status('reconnecting');
    conn.sent[0]!.answer({ ok: false, code: 'BUSY', message: 'timeout' });
    await flush();
    // Sent and unanswered: it may have arrived (since 2026-12-06 not "Not sent").
    expect(shown('composer-slow')).toBe(true);
    expect(q('composer-slow').textContent).toBe(t.composerNotConfirmed);
    // Away past the speaker's grace: the turn moves on, and the late turn owed comes on return.
    missed.push(...logged(r, r.ok({ type: 'disconnect', by: 'b' })));
    r.now += 8_000;
    missed.push(...logged(r, r.ok({ type: 'tick' })));
    missed.push(...logged(r, r.ok({ type: 'finishShare', by: 'c' })));
    missed.push(...logged(r, r.ok({ type: 'reconnect', by: 'b' })));
    expect(r.speaker).toBe('b');
    resume(missed);
    await flush();
    // Part one is in the room once, and no longer in the box; what was typed after it stays.
    expect(composer().value).toBe(PART_TWO);
    expect(shown('composer-slow')).toBe(false);
    // Part two was never sent: the note on it says so truly; it never claims part one unshared.
    expect(q('composer-unsent').textContent).not.toContain(PART_ONE);
    expect(q('transcript').textContent).toContain(PART_ONE);
    q('composer-send').click();
    await flush();
    expect(shares()).toEqual([PART_ONE, PART_TWO]);
    // Known to have gone through: a later press of the same words would be a new share, not a repeat.
    expect(conn.settledSends).toContain(`share:${JSON.stringify({ text: PART_ONE })}`);
    page.destroy();
  });

  it('the same with nothing typed after: the box empties, and neither "Not sent" nor "not shared yet" stays', async () => {
    const { r, page, conn, composer, type, status, resume, shares, shown, q } = await scene();
    type(PART_ONE);
    q('composer-send').click();
    await flush();
    const missed = logged(r, r.ok({ type: 'share', by: 'b', text: PART_ONE }));
    status('reconnecting');
    conn.sent[0]!.answer({ ok: false, code: 'BUSY', message: 'timeout' });
    await flush();
    missed.push(...logged(r, r.ok({ type: 'disconnect', by: 'b' })));
    r.now += 8_000;
    missed.push(...logged(r, r.ok({ type: 'tick' })));
    missed.push(...logged(r, r.ok({ type: 'finishShare', by: 'c' })));
    missed.push(...logged(r, r.ok({ type: 'reconnect', by: 'b' })));
    resume(missed);
    await flush();
    expect(composer().value).toBe('');
    expect(shown('composer-slow')).toBe(false);
    expect(shown('composer-unsent')).toBe(false);
    // The late turn is a new one: nothing sent in it yet, so Pass is there.
    expect(shown('pass')).toBe(true);
    expect(shares()).toEqual([PART_ONE]);
    page.destroy();
  });

  it('moved to the draft box when the turn went (someone else speaks on return): taken out there; what else is in the draft box stays', async () => {
    const { r, page, composer, resume, shares, q, sendThenTypeOn, answerLost } = await scene();
    await sendThenTypeOn();
    const missed = logged(r, r.ok({ type: 'share', by: 'b', text: PART_ONE }));
    await answerLost();
    missed.push(...logged(r, r.ok({ type: 'disconnect', by: 'b' })));
    r.now += 8_000;
    missed.push(...logged(r, r.ok({ type: 'tick' })));
    missed.push(...logged(r, r.ok({ type: 'reconnect', by: 'b' })));
    expect(r.speaker).toBe('c');
    resume(missed);
    await flush();
    expect(composer().value).toBe('');
    expect(q<HTMLTextAreaElement>('draft-input').value).toBe(PART_TWO);
    expect(q('draft').hidden).toBe(false);
    expect(shares()).toEqual([PART_ONE]);
    page.destroy();
  });

  it('live, while the send is still on its way: the words leave at once, and when the retries then run out it does not say "Not sent"', async () => {
    const { r, page, conn, composer, shares, shown, sendThenTypeOn, answerLost } = await scene();
    await sendThenTypeOn();
    for (const le of logged(r, r.ok({ type: 'share', by: 'b', text: PART_ONE }))) conn.h.event(le);
    await flush();
    expect(composer().value).toBe(PART_TWO);
    await answerLost();
    expect(shown('composer-slow')).toBe(false);
    expect(composer().value).toBe(PART_TWO);
    expect(shares()).toEqual([PART_ONE]);
    page.destroy();
  });

  it('as the server cleaned it (markup taken out): still known for the words sent; a share of yours with other words takes nothing out', async () => {
    const { r, page, conn, composer, type, status, shares, q } = await scene();
    const sent = 'Takk <b>for</b> i dag';
    type(sent);
    q('composer-send').click();
    await flush();
    type(`${sent}\nTakknemlig`);
    status('reconnecting');
    conn.sent[0]!.answer({ ok: false, code: 'BUSY', message: 'timeout' });
    await flush();
    status('connected');
    // Not these words: nothing leaves the box.
    r.ok({ type: 'share', by: 'b', text: 'Takk' });
    for (const le of logged(r, r.events)) conn.h.event(le);
    expect(composer().value).toBe(`${sent}\nTakknemlig`);
    const delivered = sanitizeText(normalizeText(sent));
    expect(delivered).not.toBe(sent);
    for (const le of logged(r, r.ok({ type: 'share', by: 'b', text: delivered }))) conn.h.event(le);
    await flush();
    expect(composer().value).toBe('Takknemlig');
    expect(shares()).toEqual([sent]);
    page.destroy();
  });
});

describe('words shared after all, cut out of a box (unsent.ts)', () => {
  it('only whole, unchanged words; what was around them joined as it was', async () => {
    const { cutShared, sameShare } = await import('../../client/meeting/unsent.js');
    expect(cutShared('Del fire. Del fem.', 'Del fire.', 'Del fire.')?.text).toBe('Del fem.');
    expect(cutShared('Mitt utkast\nDel fire.\nDel fem.', 'Del fire.')?.text).toBe('Mitt utkast\nDel fem.');
    expect(cutShared('Del fire.\nMitt utkast', 'Del fire.')?.text).toBe('Mitt utkast');
    expect(cutShared('Takknemlig', 'Takk', 'Takk')).toBe(null);
    expect(cutShared('Jeg er takknemlig', 'takk')).toBe(null);
    expect(cutShared('Del fore.', 'Del fire.', 'Del fire.')).toBe(null);
    expect(sameShare('  Del\r\nfire  ', 'Del\nfire')).toBe(true);
    expect(sameShare('if x<y and y>z', sanitizeText('if x<y and y>z'))).toBe(true);
    expect(sameShare('Del fire', 'Del fem')).toBe(false);
  });
});

describe('the command sender forgets an action whose outcome became known', () => {
  it('a press of the same words after it is a new action (a new id), not taken for a repeat', async () => {
    const { CommandSender } = await import('../../client/command-sender.js');
    const ids: string[] = [];
    let n = 0;
    const sender = new CommandSender(
      { ready: () => true, emit: (_e, p) => void ids.push((p as { commandId: string }).commandId), onLost: () => () => undefined },
      { ackTimeoutMs: 5, retryForMs: 5, retryDelayMs: 1, uncertainKept: 16 },
      () => `id-${++n}-abcdefgh`,
    );
    await sender.send('share', { text: PART_ONE });
    await sender.send('share', { text: PART_ONE });
    expect(new Set(ids).size).toBe(1);
    sender.settled('share', { text: PART_ONE });
    await sender.send('share', { text: PART_ONE });
    expect(ids.at(-1)).not.toBe(ids[0]);
  });
});
