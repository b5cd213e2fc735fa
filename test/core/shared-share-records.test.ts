// decide()'s copy of the state shares the records of posted shares with its input instead of
// copying them (clone.ts cloneState): a command in a meeting with 2,000 posted shares cost ~1 ms
// of copying and freezing before (Issue 10: CPU per delivery). The records are replaced, never
// changed in place, so no older state (the process's hot copy, the memory store's committed one)
// ever changes under a report or a hide.
import { describe, expect, it } from 'vitest';
import { decide } from '../../shared/meeting/decide.js';
import type { MeetingState } from '../../shared/meeting/state.js';
import { buildView } from '../../shared/meeting/view.js';
import { inRound, nameOf, type Run } from './helpers.js';

/** Freezes `v` and all it holds, as the memory store does with a committed state. */
function deepFreeze<T>(v: T): T {
  if (v && typeof v === 'object' && !Object.isFrozen(v)) {
    Object.freeze(v);
    for (const x of Object.values(v)) deepFreeze(x);
  }
  return v;
}

function share(r: Run, by: string, text: string): number {
  r.ok({ type: 'share', by, text, confirm: true });
  return r.state.seq;
}

describe('posted-share records across decide()', () => {
  it('a command copies no earlier share record: the new state holds the same record objects', () => {
    const r = inRound({ others: ['b', 'c'] });
    share(r, 'a', 'Jeg har hatt en tung uke.');
    share(r, 'a', 'Og i dag var bedre.');
    const before = r.state;
    const d = decide(before, { type: 'share', by: 'a', text: 'Takk for at jeg fikk dele.', confirm: true }, r.now);
    if (!d.ok) throw new Error(d.code);
    expect(d.state.shares).toHaveLength(3);
    expect(d.state.shares).not.toBe(before.shares);
    expect(d.state.shares![0]).toBe(before.shares![0]);
    expect(d.state.shares![1]).toBe(before.shares![1]);
  });

  it('a report and a hide on a frozen state replace the record and leave the input as it was', () => {
    const r = inRound({ others: ['b', 'c'] });
    r.ok({ type: 'finishShare', by: 'a' });
    const seq = share(r, 'b', 'Det hjalp meg å gå en tur.');
    const frozen = deepFreeze(structuredClone(r.state)) as MeetingState;
    const snapshot = JSON.stringify(frozen);

    const reported = decide(frozen, { type: 'report', by: 'c', share: seq, reason: 'advice' }, r.now);
    if (!reported.ok) throw new Error(reported.code);
    expect(JSON.stringify(frozen)).toBe(snapshot);
    expect(buildView(reported.state, 'a', r.now).reports).toEqual([{ share: seq, reason: 'advice', count: 1, name: nameOf('b'), text: 'Det hjalp meg å gå en tur.' }]);
    expect(buildView(frozen, 'a', r.now).reports).toEqual([]);

    const committed = deepFreeze(reported.state);
    const hidden = decide(committed, { type: 'hideShare', by: 'a', share: seq }, r.now);
    if (!hidden.ok) throw new Error(hidden.code);
    expect(JSON.stringify(frozen)).toBe(snapshot);
    expect(hidden.state.shares!.find((x) => x.seq === seq)).toMatchObject({ hidden: true, reports: [] });
    expect(committed.shares!.find((x) => x.seq === seq)).toMatchObject({ hidden: false, reports: [{ by: 'c', reason: 'advice' }] });
    // A second report on the same share is still refused, from the replaced record.
    expect(decide(reported.state, { type: 'report', by: 'c', share: seq, reason: 'crisis' }, r.now)).toMatchObject({ ok: false, code: 'ALREADY_DONE' });
  });
});
