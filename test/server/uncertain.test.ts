// The rules of UncertainMeetings (server/uncertain.ts) on their own: a meeting marked uncertain
// is read until the store answers, settled once with what it holds, and never by a read older
// than its latest mark. The store here is a bare `load` made to fail for a while,
// as a frozen Redis's would (the Redis path is held by test/integration/uncertain-commit.test.ts).
import { describe, expect, it } from 'vitest';
import type { MeetingState } from '../../shared/meeting/state.js';
import { UncertainMeetings } from '../../server/uncertain.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A store whose load and storedSeq fail while `down`, else answer `seq` for any id (null for `missing`). */
function flakyStore() {
  const s = { down: true, seq: 7, loads: 0, seqReads: 0, missing: '', gate: null as Promise<void> | null };
  const store = {
    async storedSeq(id: string): Promise<number | null> {
      s.seqReads++;
      if (s.down) throw new Error('Command timed out');
      return id === s.missing ? null : s.seq;
    },
    async load(id: string): Promise<MeetingState | null> {
      s.loads++;
      // What the store held when the read was sent (Redis answers in order).
      const seq = s.seq;
      if (s.gate) await s.gate;
      if (s.down) throw new Error('Command timed out');
      return { id, seq } as unknown as MeetingState;
    },
  };
  return { s, store };
}

describe('UncertainMeetings', () => {
  it('reads a marked meeting until the store answers, then settles it once with the stored state', async () => {
    const { s, store } = flakyStore();
    const settled: [string, number | null][] = [];
    const u = new UncertainMeetings(store, (id, st) => void settled.push([id, st?.seq ?? null]), 20);
    u.mark('m1');
    expect(u.has('m1')).toBe(true);
    await sleep(120);
    expect(s.loads).toBeGreaterThanOrEqual(2);
    expect(settled).toEqual([]);
    s.down = false;
    await sleep(100);
    expect(settled).toEqual([['m1', 7]]);
    expect(u.has('m1')).toBe(false);
    const loads = s.loads;
    await sleep(100);
    // Nothing uncertain: no more reads.
    expect(s.loads).toBe(loads);
    u.stop();
  });

  it('a read sent before a newer mark does not settle it; a later read does', async () => {
    const { s, store } = flakyStore();
    s.down = false;
    let open!: () => void;
    s.gate = new Promise((r) => (open = r));
    const settled: number[] = [];
    const u = new UncertainMeetings(store, (_id, st) => void settled.push(st!.seq), 20);
    u.mark('m1');
    await sleep(40); // a read is under way, held at the gate
    u.mark('m1'); // a newer commit of unknown outcome
    s.seq = 8;
    open();
    s.gate = null;
    await sleep(10);
    // The older read's answer (seq 7) settles nothing: it may predate the newer commit's effect.
    await sleep(150);
    expect(settled).toEqual([8]);
    expect(u.has('m1')).toBe(false);
    u.stop();
  });

  it('readNow reads the store, settles an uncertain meeting, and throws while the store does not answer', async () => {
    const { s, store } = flakyStore();
    const settled: number[] = [];
    const u = new UncertainMeetings(store, (_id, st) => void settled.push(st!.seq), 10_000);
    u.mark('m1');
    await expect(u.readNow('m1')).rejects.toThrow('Command timed out');
    expect(u.has('m1')).toBe(true);
    s.down = false;
    expect((await u.readNow('m1'))!.seq).toBe(7);
    expect(settled).toEqual([7]);
    expect(u.has('m1')).toBe(false);
    // A meeting that was never uncertain is just read.
    expect((await u.readNow('m2'))!.seq).toBe(7);
    expect(settled).toEqual([7]);
    u.stop();
  });

  it('readNow with this process copy: the copy when the store is at its seq (only the seq read), else the store whole', async () => {
    const { s, store } = flakyStore();
    s.down = false;
    const settled: number[] = [];
    const u = new UncertainMeetings(store, (_id, st) => void settled.push(st!.seq), 10_000);
    const copy = { id: 'm1', seq: 7 } as unknown as MeetingState;
    // At the copy's seq: the copy itself, and no whole read (a storm's resumes read one field each).
    expect(await u.readNow('m1', () => copy)).toBe(copy);
    expect([s.loads, s.seqReads]).toEqual([0, 1]);
    // The store is ahead of the copy (another process committed): read whole.
    s.seq = 8;
    const ahead = await u.readNow('m1', () => copy);
    expect(ahead).not.toBe(copy);
    expect(ahead!.seq).toBe(8);
    expect(s.loads).toBe(1);
    // Gone from the store: null, whatever the copy says.
    s.missing = 'm1';
    expect(await u.readNow('m1', () => copy)).toBeNull();
    s.missing = '';
    // The copy moved on while the seq was read (this process committed the meeting's next
    // command meanwhile, as a storm's drops do): the copy as it is now, not a whole read.
    s.seq = 9;
    let mine = copy;
    const newer = { id: 'm1', seq: 9 } as unknown as MeetingState;
    const reading = u.readNow('m1', () => mine);
    mine = newer;
    expect(await reading).toBe(newer);
    expect(s.loads).toBe(1);
    // Uncertain: never answered from the copy, even at the same seq; read whole and settled.
    s.seq = 7;
    u.mark('m1');
    const read = await u.readNow('m1', () => copy);
    expect(read).not.toBe(copy);
    expect(settled).toEqual([7]);
    // The store does not answer: the caller hears it (STORE_UNAVAILABLE), not the copy.
    s.down = true;
    await expect(u.readNow('m1', () => copy)).rejects.toThrow('Command timed out');
    u.stop();
  });
});
