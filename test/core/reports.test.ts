// Telling the chair, quietly, and hiding a share (issue 12): the core's rules, through decide().
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../shared/limits.js';
import type { LoggedEvent } from '../../shared/meeting/view.js';
import { buildView, replayTo } from '../../shared/meeting/view.js';
import { inRound, joinCmd, nameOf, type Run } from './helpers.js';

/** `by` shares (confirmed past any guard hint); returns the seq of that share. */
function share(r: Run, by: string, text: string): number {
  r.ok({ type: 'share', by, text, confirm: true });
  return r.state.seq;
}

describe('report', () => {
  it('reaches the chair only, with the share and the reason, never who sent it', () => {
    const r = inRound({ others: ['b', 'c'] });
    const seq = share(r, 'a', 'Jeg har hatt en tung uke.');
    r.ok({ type: 'finishShare', by: 'a' });
    const bSeq = share(r, 'b', 'Det hjalp meg å gå en tur.');
    const ev = r.ok({ type: 'report', by: 'c', share: bSeq, reason: 'advice' });
    expect(ev).toEqual([{ type: 'reported', share: bSeq, reason: 'advice', to: 'a' }]);
    expect(JSON.stringify(ev)).not.toContain('"c"');
    // The view tells the chair the reason and the count; nobody else sees reports at all.
    expect(buildView(r.state, 'a', r.now).reports).toEqual([{ share: bSeq, reason: 'advice', count: 1, name: nameOf('b'), text: 'Det hjalp meg å gå en tur.' }]);
    expect(buildView(r.state, 'b', r.now).reports).toBeNull();
    expect(buildView(r.state, 'c', r.now).reports).toBeNull();
    expect(JSON.stringify(buildView(r.state, 'a', r.now).reports)).not.toContain('"c"');
    expect(seq).toBeLessThan(bSeq);
  });

  it('counts the same reason from several people on one line, never naming them', () => {
    const r = inRound({ others: ['b', 'c', 'd'] });
    r.ok({ type: 'finishShare', by: 'a' });
    const seq = share(r, 'b', 'Hei.');
    r.ok({ type: 'report', by: 'c', share: seq, reason: 'crisis' });
    r.ok({ type: 'report', by: 'd', share: seq, reason: 'crisis' });
    expect(buildView(r.state, 'a', r.now).reports).toEqual([{ share: seq, reason: 'crisis', count: 2, name: nameOf('b'), text: 'Hei.' }]);
  });

  it('refuses a second report on the same share, one on your own share, from the chair, and on an unknown share', () => {
    const r = inRound({ others: ['b', 'c'] });
    const seq = share(r, 'a', 'Hei.');
    r.ok({ type: 'report', by: 'b', share: seq, reason: 'harassment' });
    r.no({ type: 'report', by: 'b', share: seq, reason: 'personal' }, 'ALREADY_DONE');
    r.no({ type: 'report', by: 'a', share: seq, reason: 'advice' }, 'NOT_ALLOWED');
    r.ok({ type: 'finishShare', by: 'a' });
    const bSeq = share(r, 'b', 'Hei igjen.');
    r.no({ type: 'report', by: 'b', share: bSeq, reason: 'advice' }, 'NOT_ALLOWED');
    r.no({ type: 'report', by: 'a', share: bSeq, reason: 'advice' }, 'NOT_ALLOWED');
    r.no({ type: 'report', by: 'c', share: 9999, reason: 'advice' }, 'UNKNOWN_SHARE');
    // A seq that exists but carried no share is not a share either.
    r.no({ type: 'report', by: 'c', share: 1, reason: 'advice' }, 'UNKNOWN_SHARE');
  });

  it('a latecomer cannot report a share posted before they joined (they never saw it)', () => {
    const r = inRound({ others: ['b'] });
    const seq = share(r, 'a', 'Hei.');
    r.ok(joinCmd('c', { joinCode: true }));
    r.no({ type: 'report', by: 'c', share: seq, reason: 'advice' }, 'UNKNOWN_SHARE');
  });

  it(`is limited to ${LIMITS.reportsPerPerson} reports per person in a meeting`, () => {
    const r = inRound({ others: ['b', 'c'] });
    const seqs: number[] = [];
    for (let i = 0; i <= LIMITS.reportsPerPerson; i++) seqs.push(share(r, 'a', `Del ${i}.`));
    for (const seq of seqs.slice(0, LIMITS.reportsPerPerson)) r.ok({ type: 'report', by: 'b', share: seq, reason: 'advice' });
    r.no({ type: 'report', by: 'b', share: seqs.at(-1)!, reason: 'advice' }, 'REPORT_LIMIT');
    // The limit is per person: someone else may still report.
    r.ok({ type: 'report', by: 'c', share: seqs.at(-1)!, reason: 'advice' });
  });

  it('goes through while the meeting is frozen, and reaches a chair who takes over later through the view', () => {
    const r = inRound({ others: ['b', 'c'], volunteers: ['b'] });
    const seq = share(r, 'a', 'Hei.');
    r.ok({ type: 'freeze', by: 'a', on: true });
    r.ok({ type: 'report', by: 'c', share: seq, reason: 'harassment' });
    r.ok({ type: 'freeze', by: 'a', on: false });
    r.ok({ type: 'handChair', by: 'a', target: 'b' });
    expect(buildView(r.state, 'b', r.now).reports).toEqual([{ share: seq, reason: 'harassment', count: 1, name: nameOf('a'), text: 'Hei.' }]);
    expect(buildView(r.state, 'a', r.now).reports).toBeNull();
  });

  it('is gone with the meeting: the state keeps the share\'s words for the chair\'s list while it runs, and none after', () => {
    const r = inRound({ others: ['b', 'c'] });
    const seq = share(r, 'a', 'Et helt eget ord: kvitretrost.');
    r.ok({ type: 'report', by: 'b', share: seq, reason: 'personal' });
    expect(r.state.shares).toEqual([{ seq, id: 'a', name: nameOf('a'), text: 'Et helt eget ord: kvitretrost.', hidden: false, reports: [{ by: 'b', reason: 'personal' }] }]);
    r.ok({ type: 'end', by: 'a' });
    expect(r.state.shares).toEqual([]);
    expect(JSON.stringify(r.state)).not.toContain('kvitretrost');
  });
});

describe('hideShare', () => {
  it('is the chair\'s alone; hides the share for the room and closes its reports', () => {
    const r = inRound({ others: ['b', 'c'] });
    r.ok({ type: 'finishShare', by: 'a' });
    const seq = share(r, 'b', 'Du burde gå fra ham.');
    r.ok({ type: 'report', by: 'c', share: seq, reason: 'advice' });
    r.no({ type: 'hideShare', by: 'c', share: seq }, 'NOT_CHAIR');
    r.no({ type: 'hideShare', by: 'a', share: 4242 }, 'UNKNOWN_SHARE');
    expect(r.ok({ type: 'hideShare', by: 'a', share: seq })).toEqual([{ type: 'shareHidden', share: seq, id: 'b' }]);
    r.no({ type: 'hideShare', by: 'a', share: seq }, 'ALREADY_DONE');
    r.no({ type: 'report', by: 'c', share: seq, reason: 'crisis' }, 'ALREADY_DONE');
    expect(buildView(r.state, 'a', r.now).reports).toEqual([]);
    expect(r.state.shares?.[0]?.reports).toEqual([]);
  });

  it('a replay served later carries the marker, never the text (resume and a returning chair key alike)', () => {
    const r = inRound({ others: ['b', 'c'] });
    const log: LoggedEvent[] = [];
    const step = (cmd: Parameters<Run['ok']>[0]): void => {
      for (const event of r.ok(cmd)) if (!('to' in event)) log.push({ seq: r.state.seq, at: r.now, event });
    };
    step({ type: 'share', by: 'a', text: 'Hold deg unna ham, Bjarne.', confirm: true });
    const hiddenSeq = r.state.seq;
    step({ type: 'share', by: 'a', text: 'Jeg har det bedre nå.' });
    step({ type: 'hideShare', by: 'a', share: hiddenSeq });
    for (const viewer of ['a', 'b', 'c']) {
      const missed = replayTo(r.state, viewer, log, 0, 0);
      expect(JSON.stringify(missed)).not.toContain('Hold deg unna');
      expect(missed.find((l) => l.seq === hiddenSeq)?.event).toEqual({ type: 'shareHidden', share: hiddenSeq, id: 'a' });
      expect(missed.map((l) => l.event.type === 'share' && l.event.text)).toContain('Jeg har det bedre nå.');
    }
  });

  it('in a discreet meeting, the marker reaches everyone as the share did (it names whoever shared)', () => {
    const r = inRound({ others: ['b', 'c'], discreet: true });
    r.ok({ type: 'finishShare', by: 'a' });
    const seq = share(r, 'b', 'Hei.');
    const ev = r.ok({ type: 'hideShare', by: 'a', share: seq });
    const log: LoggedEvent[] = ev.map((event) => ({ seq: r.state.seq, at: r.now, event }));
    expect(replayTo(r.state, 'c', log, 0, 0).map((l) => l.event)).toEqual([{ type: 'shareHidden', share: seq, id: 'b' }]);
  });
});

describe('the record of posted shares', () => {
  it(`is bounded: only the newest ${LIMITS.sharesKept} are kept (the log holds no older share)`, () => {
    const r = inRound({ others: ['b'] });
    // A meeting that has already seen as many shares as are kept (built, not replayed: cheaper).
    r.state = { ...r.state, seq: 10_000, shares: Array.from({ length: LIMITS.sharesKept }, (_, i) => ({ seq: 5000 + i, id: 'a', hidden: false, reports: [] })) };
    r.ok({ type: 'share', by: 'a', text: 'Enda en.' });
    expect(r.state.shares).toHaveLength(LIMITS.sharesKept);
    expect(r.state.shares?.[0]?.seq).toBe(5001);
    expect(r.state.shares?.at(-1)?.seq).toBe(r.state.seq);
    r.no({ type: 'report', by: 'b', share: 5000, reason: 'advice' }, 'UNKNOWN_SHARE');
    r.ok({ type: 'report', by: 'b', share: 5001, reason: 'advice' });
  });
});

describe('a report while nobody holds the chair', () => {
  it('is kept (no event to anyone), and whoever takes the chair sees it in their view', () => {
    const r = inRound({ others: ['b', 'c', 'd'] });
    r.ok({ type: 'finishShare', by: 'a' });
    const bSeq = share(r, 'b', 'Jeg har hatt en tung uke.');
    r.ok({ type: 'leave', by: 'a' });
    expect(r.chair).toBeNull();
    const ev = r.ok({ type: 'report', by: 'c', share: bSeq, reason: 'advice' });
    expect(ev.filter((e) => e.type === 'reported')).toEqual([]);
    r.ok({ type: 'takeChair', by: 'd' });
    expect(buildView(r.state, 'd', r.now).reports).toEqual([{ share: bSeq, reason: 'advice', count: 1, name: nameOf('b'), text: 'Jeg har hatt en tung uke.' }]);
  });
});
