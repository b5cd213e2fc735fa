// The one contract every MeetingStore fulfils. memory-store.test.ts and redis-store.test.ts
// run this same suite; a store that passes it can replace the other.
import { nanoid } from 'nanoid';
import { afterEach, describe, expect, it } from 'vitest';
import type { CommandOnce, MeetingStore, StoreOptions, MeetingSecrets, SeatClaim, SeatHolder } from '../../server/store/store.js';
import { COMMAND_IDS_KEPT } from '../../shared/protocol.js';
import { DEFAULT_SETTINGS } from '../../shared/meeting/formats.js';
import { createMeeting, type MeetingState } from '../../shared/meeting/state.js';
import type { LoggedEvent } from '../../shared/meeting/view.js';

export type StoreFactory = (opts: StoreOptions) => MeetingStore | Promise<MeetingStore>;

export const LONG: StoreOptions = { ttlMs: 3_600_000, logCap: 5 };

export const newId = (): string => nanoid(26);

export function meeting(id: string, listed = false): MeetingState {
  return createMeeting(
    {
      id,
      title: 'Torsdagsmøtet',
      language: 'nb',
      formatId: 'standard',
      access: 'open',
      listed,
      settings: DEFAULT_SETTINGS,
      turnMode: 'circle',
      startsAt: null,
    },
    1_700_000_000_000,
  );
}

export const secretsFor = (id: string): MeetingSecrets => ({ chairKeyHash: `chair-${id}`, joinCodeHash: null, joinCode: null });

/** The state after one more accepted command. */
export const advance = (s: MeetingState, topic: string | null = `t${s.seq + 1}`): MeetingState => ({
  ...s,
  seq: s.seq + 1,
  topic,
});

export const note = (seq: number, text = `note ${seq}`): LoggedEvent => ({ seq, at: 1_700_000_000_000 + seq, event: { type: 'note', text } });

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export function storeContract(name: string, factory: StoreFactory): void {
  describe(`${name} fulfils the MeetingStore contract`, () => {
    const open: MeetingStore[] = [];
    const make = async (opts: StoreOptions = LONG): Promise<MeetingStore> => {
      const s = await factory(opts);
      open.push(s);
      return s;
    };
    afterEach(async () => {
      await Promise.all(open.splice(0).map((s) => s.close()));
    });

    it('rejects options that would make no sense (no TTL, no log)', async () => {
      await expect(async () => make({ ttlMs: 0, logCap: 5 })).rejects.toThrow(/ttlMs/);
      await expect(async () => make({ ttlMs: 1000, logCap: 0 })).rejects.toThrow(/logCap/);
      await expect(async () => make({ ttlMs: 1.5, logCap: 5 })).rejects.toThrow(/ttlMs/);
    });

    it('returns what was created: state and secrets round-trip', async () => {
      const store = await make();
      const id = newId();
      const state = meeting(id);
      const secrets: MeetingSecrets = { chairKeyHash: 'a'.repeat(64), joinCodeHash: 'b'.repeat(64), joinCode: 'fjord-42' };
      expect(await store.create(state, secrets)).toBe(true);
      expect(await store.load(id)).toEqual(state);
      expect(await store.secrets(id)).toEqual(secrets);
      expect(await store.readLog(id, -1)).toEqual([]);
    });

    it('inspect: every record of a meeting with its remaining lifetime and the owners of stored tokens; null once gone', async () => {
      const store = await make();
      const id = newId();
      expect(await store.inspect(id)).toBeNull();
      await store.create(meeting(id), secretsFor(id));
      await store.commit(id, 0, advance(meeting(id)), [note(1)]);
      await store.putToken(id, 'hash-a', 'pa');
      await store.putToken(id, 'hash-b', 'pb');
      const got = await store.inspect(id);
      expect(got).not.toBeNull();
      expect(got!.tokenOwners.sort()).toEqual(['pa', 'pb']);
      for (const item of ['state', 'log', 'secrets', 'tokens'] as const) {
        expect(typeof got!.keys[item], item).toBe('string');
        expect(got!.ttl[item], item).toBeGreaterThan(LONG.ttlMs - 10_000);
        expect(got!.ttl[item], item).toBeLessThanOrEqual(LONG.ttlMs);
      }
      expect(JSON.stringify(got)).not.toContain('hash-a');
      await store.destroy(id);
      expect(await store.inspect(id)).toBeNull();
    });

    it('keeps a null join code as null', async () => {
      const store = await make();
      const id = newId();
      await store.create(meeting(id), secretsFor(id));
      expect((await store.secrets(id))?.joinCodeHash).toBeNull();
    });

    it('knows nothing about a meeting that was never created', async () => {
      const store = await make();
      const id = newId();
      expect(await store.load(id)).toBeNull();
      expect(await store.secrets(id)).toBeNull();
      expect(await store.readLog(id, -1)).toEqual([]);
      expect(await store.findToken(id, 'h')).toBeNull();
      expect(await store.listed()).not.toContain(id);
    });

    it('refuses to create the same meeting twice and keeps the first one untouched', async () => {
      const store = await make();
      const id = newId();
      const first = meeting(id);
      await store.create(first, secretsFor(id));
      const second = { ...meeting(id), title: 'Other' };
      expect(await store.create(second, { chairKeyHash: 'other', joinCodeHash: 'x', joinCode: 'x' })).toBe(false);
      expect(await store.load(id)).toEqual(first);
      expect(await store.secrets(id)).toEqual(secretsFor(id));
    });

    it('refuses ids that are not ours to create, and reads them as absent', async () => {
      const store = await make();
      await expect(store.create(meeting('a}b'), secretsFor('x'))).rejects.toThrow(/invalid meeting id/);
      await expect(store.create(meeting(''), secretsFor('x'))).rejects.toThrow(/invalid meeting id/);
      expect(await store.load('a}b')).toBeNull();
      expect(await store.secrets('{x}')).toBeNull();
      expect(await store.readLog('a b', 0)).toEqual([]);
      expect(await store.findToken('a:b', 'h')).toBeNull();
    });

    it('does not let callers change stored state through the objects they passed in or got back', async () => {
      const store = await make();
      const id = newId();
      const state = meeting(id);
      await store.create(state, secretsFor(id));
      state.title = 'changed after create';
      state.participants.push({ id: 'p', name: 'x', role: 'listener', volunteer: false, joinedSeq: 0, joinOrder: 0, connected: true, disconnectedAt: null, muted: false });
      const loaded = await store.load(id);
      expect(loaded?.title).toBe('Torsdagsmøtet');
      expect(loaded?.participants).toEqual([]);
      // A change either throws (the memory store hands out its own state, frozen) or does not
      // reach the store (Redis hands out a copy); it never changes what is stored.
      const tryChange = (change: () => void): void => {
        try {
          change();
        } catch (err) {
          expect(err).toBeInstanceOf(TypeError);
        }
      };
      tryChange(() => (loaded!.title = 'changed after load'));
      tryChange(() => loaded!.participants.push({ id: 'q', name: 'y', role: 'listener', volunteer: false, joinedSeq: 0, joinOrder: 0, connected: true, disconnectedAt: null, muted: false }));
      expect((await store.load(id))?.title).toBe('Torsdagsmøtet');
      expect((await store.load(id))?.participants).toEqual([]);

      const next = advance(meeting(id));
      const log = [note(1)];
      await store.commit(id, 0, next, log);
      tryChange(() => (next.topic = 'changed after commit'));
      tryChange(() => (log[0]!.seq = 99));
      expect((await store.load(id))?.topic).toBe('t1');
      const read = await store.readLog(id, 0);
      expect(read.map((e) => e.seq)).toEqual([1]);
      // Read-only: the memory store hands out its own frozen entries (a change throws), Redis copies.
      try {
        read[0]!.seq = 42;
      } catch (err) {
        expect(err).toBeInstanceOf(TypeError);
      }
      expect((await store.readLog(id, 0)).map((e) => e.seq)).toEqual([1]);
    });

    it('storedSeq: the stored seq without the state; null for a meeting that is missing or gone', async () => {
      const store = await make();
      const id = newId();
      expect(await store.storedSeq(id)).toBeNull();
      expect(await store.storedSeq('not a storable id!')).toBeNull();
      const s0 = meeting(id);
      await store.create(s0, secretsFor(id));
      expect(await store.storedSeq(id)).toBe(0);
      const s1 = advance(s0);
      await store.commit(id, 0, s1, [], undefined, undefined, undefined, s0);
      await store.commit(id, 1, advance(s1), []);
      expect(await store.storedSeq(id)).toBe(2);
      expect(await store.commit(id, 1, advance(s1, 'stale'), [])).toBe(false);
      expect(await store.storedSeq(id)).toBe(2);
      await store.destroy(id);
      expect(await store.storedSeq(id)).toBeNull();
    });

    it('storedSeqs: the stored seq of each id in order; null for a missing, gone or unstorable one', async () => {
      const store = await make();
      const [a, b, gone, never] = [newId(), newId(), newId(), newId()];
      expect(await store.storedSeqs([])).toEqual([]);
      const a0 = meeting(a);
      for (const id of [a, b, gone]) await store.create(meeting(id), secretsFor(id));
      await store.commit(a, 0, advance(a0), []);
      await store.destroy(gone);
      expect(await store.storedSeqs([a, never, b, 'not a storable id!', gone, a])).toEqual([1, null, 0, null, null, 1]);
    });

    it('commits when the expected seq matches: new state, log appended', async () => {
      const store = await make();
      const id = newId();
      const s0 = meeting(id);
      await store.create(s0, secretsFor(id));
      const s1 = advance(s0);
      expect(await store.commit(id, 0, s1, [note(1)])).toBe(true);
      expect(await store.load(id)).toEqual(s1);
      const s2 = advance(s1);
      expect(await store.commit(id, 1, s2, [note(2), note(2, 'second event of the same command')])).toBe(true);
      expect(await store.load(id)).toEqual(s2);
      expect(await store.readLog(id, 0)).toEqual([note(1), note(2), note(2, 'second event of the same command')]);
    });

    it('forgets the whole log only while the state is still at the given seq', async () => {
      const store = await make();
      const id = newId();
      const s0 = meeting(id);
      await store.create(s0, secretsFor(id));
      const s1 = advance(s0);
      await store.commit(id, 0, s1, [note(1)]);
      await store.forgetLog(id, 0);
      expect(await store.readLog(id, -1)).toEqual([note(1)]);
      await store.forgetLog(id, 1);
      expect(await store.readLog(id, -1)).toEqual([]);
      expect(await store.load(id)).toEqual(s1);
      await store.commit(id, 1, advance(s1), [note(2)]);
      expect(await store.readLog(id, -1)).toEqual([note(2)]);
      await store.forgetLog(newId(), 0);
    });

    it('commits a command that produced no log entries', async () => {
      const store = await make();
      const id = newId();
      const s0 = meeting(id);
      await store.create(s0, secretsFor(id));
      expect(await store.commit(id, 0, advance(s0), [])).toBe(true);
      expect((await store.load(id))?.seq).toBe(1);
      expect(await store.readLog(id, -1)).toEqual([]);
    });

    it('rejects a commit with a stale or future seq and changes neither state nor log', async () => {
      const store = await make();
      const id = newId();
      const s0 = meeting(id);
      await store.create(s0, secretsFor(id));
      const s1 = advance(s0);
      await store.commit(id, 0, s1, [note(1)]);
      for (const wrong of [0, 2, -1, 100]) {
        expect(await store.commit(id, wrong, { ...advance(s1), title: `wrong ${wrong}` }, [note(2, 'must not appear')])).toBe(false);
      }
      expect(await store.load(id)).toEqual(s1);
      expect(await store.readLog(id, -1)).toEqual([note(1)]);
    });

    it('rejects a commit to a meeting that does not exist, creating nothing', async () => {
      const store = await make();
      const id = newId();
      expect(await store.commit(id, 0, advance(meeting(id)), [note(1)])).toBe(false);
      expect(await store.load(id)).toBeNull();
      expect(await store.readLog(id, -1)).toEqual([]);
    });

    it('throws when the committed state belongs to another meeting', async () => {
      const store = await make();
      const id = newId();
      await store.create(meeting(id), secretsFor(id));
      await expect(store.commit(id, 0, advance(meeting(newId())), [])).rejects.toThrow(/does not match/);
      expect((await store.load(id))?.seq).toBe(0);
    });

    it('keeps only the newest logCap log entries and reads after a given seq', async () => {
      const store = await make({ ttlMs: 3_600_000, logCap: 5 });
      const id = newId();
      let s = meeting(id);
      await store.create(s, secretsFor(id));
      for (let i = 0; i < 3; i++) {
        const next = advance(s);
        const base = i * 3;
        expect(await store.commit(id, s.seq, next, [note(base + 1), note(base + 2), note(base + 3)])).toBe(true);
        s = next;
      }
      expect((await store.readLog(id, 0)).map((e) => e.seq)).toEqual([5, 6, 7, 8, 9]);
      expect((await store.readLog(id, 7)).map((e) => e.seq)).toEqual([8, 9]);
      expect(await store.readLog(id, 9)).toEqual([]);
      expect((await store.readLog(id, -1)).map((e) => e.seq)).toEqual([5, 6, 7, 8, 9]);
    });

    it('trims a single commit that alone exceeds logCap', async () => {
      const store = await make({ ttlMs: 3_600_000, logCap: 3 });
      const id = newId();
      const s0 = meeting(id);
      await store.create(s0, secretsFor(id));
      await store.commit(id, 0, advance(s0), [1, 2, 3, 4, 5, 6, 7].map((n) => note(n)));
      expect((await store.readLog(id, 0)).map((e) => e.seq)).toEqual([5, 6, 7]);
    });

    it('finds resume tokens per meeting and nothing else', async () => {
      const store = await make();
      const a = newId();
      const b = newId();
      await store.create(meeting(a), secretsFor(a));
      await store.create(meeting(b), secretsFor(b));
      await store.putToken(a, 'hash-1', 'p1');
      await store.putToken(a, 'hash-2', 'p2');
      expect(await store.findToken(a, 'hash-1')).toBe('p1');
      expect(await store.findToken(a, 'hash-2')).toBe('p2');
      expect(await store.findToken(a, 'hash-3')).toBeNull();
      expect(await store.findToken(b, 'hash-1')).toBeNull();
      await store.putToken(a, 'hash-1', 'p9');
      expect(await store.findToken(a, 'hash-1')).toBe('p9');
    });

    it('swaps a seat’s holder atomically, returning the one it replaced', async () => {
      const store = await make();
      const id = newId();
      await store.create(meeting(id), secretsFor(id));
      expect(await store.holder(id, 'p1')).toBeNull();
      expect(await store.swapHolder(id, 'p1', 'proc/a')).toBeNull();
      expect(await store.swapHolder(id, 'p1', 'proc/b')).toBe('proc/a');
      expect(await store.holder(id, 'p1')).toBe('proc/b');
      expect(await store.holder(id, 'p2')).toBeNull();
      // Of several swaps at once, each replaces exactly one other: they form one chain.
      const conns = Array.from({ length: 10 }, (_, i) => `proc/c${i}`);
      const prevs = await Promise.all(conns.map((c) => store.swapHolder(id, 'p1', c)));
      expect(new Set(prevs).size).toBe(conns.length);
      const last = await store.holder(id, 'p1');
      expect(prevs).not.toContain(last);
      const nowhere = newId();
      expect(await store.swapHolder(nowhere, 'p1', 'proc/a')).toBeNull();
      expect(await store.holder(nowhere, 'p1')).toBeNull();
    });

    it('writes a seat claim (token and holder) in the same commit, or not at all', async () => {
      const store = await make();
      const id = newId();
      const s0 = meeting(id);
      await store.create(s0, secretsFor(id));
      const s1 = advance(s0);
      // A stale commit writes no token and no holder.
      const stale: SeatClaim = { pid: 'p1', tokenHash: 'hash-1', conn: 'proc/a' };
      expect(await store.commit(id, 7, s1, [note(1)], undefined, stale)).toBe(false);
      expect(await store.findToken(id, 'hash-1')).toBeNull();
      expect(await store.holder(id, 'p1')).toBeNull();
      const claim: SeatClaim = { pid: 'p1', tokenHash: 'hash-1', conn: 'proc/a' };
      expect(await store.commit(id, 0, s1, [note(1)], undefined, claim)).toBe(true);
      expect(claim.replaced).toBeNull();
      expect(await store.findToken(id, 'hash-1')).toBe('p1');
      expect(await store.holder(id, 'p1')).toBe('proc/a');
      // The same seat claimed again (a chair key returning its holder): the one replaced is named.
      const again: SeatClaim = { pid: 'p1', tokenHash: 'hash-2', conn: 'proc/b' };
      expect(await store.commit(id, 1, advance(s1), [note(2)], undefined, again)).toBe(true);
      expect(again.replaced).toBe('proc/a');
      expect(await store.holder(id, 'p1')).toBe('proc/b');
      expect(await store.findToken(id, 'hash-2')).toBe('p1');
    });

    it('applies a command id at most once per seat: a repeat changes nothing and names the seq it made', async () => {
      const store = await make();
      const id = newId();
      const s0 = meeting(id);
      await store.create(s0, secretsFor(id));
      const s1 = advance(s0);
      const first: CommandOnce = { pid: 'p1', commandId: 'share-aaaa' };
      expect(await store.commit(id, 0, s1, [note(1)], undefined, undefined, first)).toBe(true);
      expect(first.repeatOf).toBeUndefined();
      expect(await store.committedCommand(id, 'p1', 'share-aaaa')).toBe(1);
      // The retry, decided on the state it produced (seq matches) or on the old one (seq stale):
      // either way nothing is written and the first commit's seq is named.
      for (const expected of [1, 0]) {
        const again: CommandOnce = { pid: 'p1', commandId: 'share-aaaa' };
        expect(await store.commit(id, expected, { ...advance(s1), topic: 'twice' }, [note(2, 'twice')], undefined, undefined, again)).toBe(false);
        expect(again.repeatOf).toBe(1);
      }
      expect((await store.load(id))?.seq).toBe(1);
      expect((await store.readLog(id, -1)).map((e) => e.seq)).toEqual([1]);
      // Per seat: the same id from another seat is another command; a new id is a new command.
      expect(await store.commit(id, 1, advance(s1), [note(2)], undefined, undefined, { pid: 'p2', commandId: 'share-aaaa' })).toBe(true);
      expect(await store.committedCommand(id, 'p2', 'share-aaaa')).toBe(2);
      // A commit refused on its seq records no id.
      const stale: CommandOnce = { pid: 'p1', commandId: 'never-applied' };
      expect(await store.commit(id, 0, advance(s1), [], undefined, undefined, stale)).toBe(false);
      expect(stale.repeatOf).toBeUndefined();
      expect(await store.committedCommand(id, 'p1', 'never-applied')).toBeNull();
      expect(await store.committedCommand(newId(), 'p1', 'share-aaaa')).toBeNull();
      // Bounded: the newest COMMAND_IDS_KEPT per seat; the oldest is forgotten first.
      let s = (await store.load(id))!;
      for (let i = 0; i < COMMAND_IDS_KEPT; i++) {
        const next = advance(s);
        expect(await store.commit(id, s.seq, next, [], undefined, undefined, { pid: 'p1', commandId: `cmd-${String(i).padStart(4, '0')}` })).toBe(true);
        s = next;
      }
      expect(await store.committedCommand(id, 'p1', 'share-aaaa')).toBeNull();
      expect(await store.committedCommand(id, 'p1', 'cmd-0000')).toBe(3);
      expect(await store.committedCommand(id, 'p1', `cmd-${String(COMMAND_IDS_KEPT - 1).padStart(4, '0')}`)).toBe(s.seq);
      expect(await store.committedCommand(id, 'p2', 'share-aaaa')).toBe(2);
      const got = await store.inspect(id);
      expect(got!.ttl.commands).toBeGreaterThan(LONG.ttlMs - 10_000);
      expect(got!.commandIds).toEqual({ p1: COMMAND_IDS_KEPT, p2: 1 });
      await store.destroy(id);
      expect(await store.committedCommand(id, 'p2', 'share-aaaa')).toBeNull();
      // A namesake created later starts with no ids.
      await store.create(meeting(id), secretsFor(id));
      expect(await store.committedCommand(id, 'p1', 'cmd-0000')).toBeNull();
    });

    it('commits with a seat guard only while the guard’s connection holds the seat', async () => {
      const store = await make();
      const id = newId();
      const s0 = meeting(id);
      await store.create(s0, secretsFor(id));
      const s1 = advance(s0);
      expect(await store.commit(id, 0, s1, [note(1)], { pid: 'p1', conn: 'proc/a' })).toBe(false);
      await store.swapHolder(id, 'p1', 'proc/a');
      expect(await store.commit(id, 0, s1, [note(1)], { pid: 'p1', conn: 'proc/a' })).toBe(true);
      await store.swapHolder(id, 'p1', 'proc/b');
      // Refused for the holder alone (the seq matched): the guard says so, so the caller knows
      // its copy is still the stored state (meetings.ts keeps it). Not for a stale seq.
      const old: SeatHolder = { pid: 'p1', conn: 'proc/a' };
      expect(await store.commit(id, 1, advance(s1), [note(2)], old)).toBe(false);
      expect(old.refused).toBe(true);
      const stale: SeatHolder = { pid: 'p1', conn: 'proc/b' };
      expect(await store.commit(id, 0, advance(s1), [note(2)], stale)).toBe(false);
      expect(stale.refused).toBeUndefined();
      expect((await store.load(id))?.seq).toBe(1);
      expect((await store.readLog(id, 0)).map((e) => e.seq)).toEqual([1]);
      expect(await store.commit(id, 1, advance(s1), [note(2)], { pid: 'p1', conn: 'proc/b' })).toBe(true);
      await store.destroy(id);
      expect(await store.holder(id, 'p1')).toBeNull();
    });

    it('ignores a token for a meeting that does not exist (no orphan survives a later create)', async () => {
      const store = await make();
      const id = newId();
      await store.putToken(id, 'hash-1', 'p1');
      expect(await store.findToken(id, 'hash-1')).toBeNull();
      await store.create(meeting(id), secretsFor(id));
      expect(await store.findToken(id, 'hash-1')).toBeNull();
    });

    it('lists exactly the listed meetings that exist', async () => {
      const store = await make();
      const listedA = newId();
      const listedB = newId();
      const hidden = newId();
      await store.create(meeting(listedA, true), secretsFor(listedA));
      await store.create(meeting(listedB, true), secretsFor(listedB));
      await store.create(meeting(hidden, false), secretsFor(hidden));
      const ids = await store.listed();
      expect(ids).toEqual(expect.arrayContaining([listedA, listedB]));
      expect(ids).not.toContain(hidden);

      // A commit that unlists a meeting takes it off the directory; one that lists it puts it on.
      const a0 = (await store.load(listedA))!;
      await store.commit(listedA, 0, { ...advance(a0), listed: false }, []);
      const h0 = (await store.load(hidden))!;
      await store.commit(hidden, 0, { ...advance(h0), listed: true }, []);
      const after = await store.listed();
      expect(after).not.toContain(listedA);
      expect(after).toEqual(expect.arrayContaining([listedB, hidden]));
    });

    it('destroy removes everything of the meeting and only of that meeting', async () => {
      const store = await make();
      const id = newId();
      const other = newId();
      const s0 = meeting(id, true);
      await store.create(s0, secretsFor(id));
      await store.create(meeting(other, true), secretsFor(other));
      await store.commit(id, 0, advance(s0), [note(1)]);
      await store.putToken(id, 'hash-1', 'p1');
      await store.putToken(other, 'hash-1', 'q1');

      await store.destroy(id);
      expect(await store.load(id)).toBeNull();
      expect(await store.secrets(id)).toBeNull();
      expect(await store.readLog(id, -1)).toEqual([]);
      expect(await store.findToken(id, 'hash-1')).toBeNull();
      expect(await store.listed()).not.toContain(id);
      expect(await store.commit(id, 1, advance(advance(s0)), [])).toBe(false);

      expect((await store.load(other))?.id).toBe(other);
      expect(await store.findToken(other, 'hash-1')).toBe('q1');
      expect(await store.listed()).toContain(other);

      await store.destroy(id); // idempotent
      expect(await store.create(meeting(id), secretsFor(id))).toBe(true);
      expect(await store.readLog(id, -1)).toEqual([]);
    });

    it('forgets everything of a meeting once its TTL has passed', async () => {
      const store = await make({ ttlMs: 300, logCap: 5 });
      const id = newId();
      const s0 = meeting(id, true);
      await store.create(s0, secretsFor(id));
      await store.commit(id, 0, advance(s0), [note(1)]);
      await store.putToken(id, 'hash-1', 'p1');
      expect((await store.load(id))?.seq).toBe(1);
      expect(await store.listed()).toContain(id);

      await sleep(700);
      expect(await store.load(id)).toBeNull();
      expect(await store.secrets(id)).toBeNull();
      expect(await store.readLog(id, -1)).toEqual([]);
      expect(await store.findToken(id, 'hash-1')).toBeNull();
      expect(await store.listed()).not.toContain(id);
      expect(await store.commit(id, 1, advance(advance(s0)), [note(2)])).toBe(false);
      expect(await store.create(meeting(id), secretsFor(id))).toBe(true);
    });

    it('refreshes the TTL of the whole meeting on every commit', async () => {
      const store = await make({ ttlMs: 600, logCap: 5 });
      const id = newId();
      const s0 = meeting(id);
      await store.create(s0, secretsFor(id));
      await store.putToken(id, 'hash-1', 'p1');
      await sleep(350);
      const s1 = advance(s0);
      expect(await store.commit(id, 0, s1, [note(1)])).toBe(true);
      await sleep(450); // 800 ms after create: past the first TTL, within the refreshed one
      expect(await store.load(id)).toEqual(s1);
      expect(await store.secrets(id)).toEqual(secretsFor(id));
      expect(await store.findToken(id, 'hash-1')).toBe('p1');
      expect(await store.readLog(id, 0)).toEqual([note(1)]);
      await sleep(700);
      expect(await store.load(id)).toBeNull();
      expect(await store.findToken(id, 'hash-1')).toBeNull();
    });

    it('lets exactly one of 20 concurrent commits with the same expected seq win', async () => {
      const store = await make();
      const id = newId();
      const s0 = meeting(id);
      await store.create(s0, secretsFor(id));
      const attempts = Array.from({ length: 20 }, (_, i) => ({ ...advance(s0), topic: `writer ${i}` }));
      const results = await Promise.all(attempts.map((next, i) => store.commit(id, 0, next, [note(1, `from writer ${i}`)])));
      expect(results.filter(Boolean)).toHaveLength(1);
      const winner = results.indexOf(true);
      expect(await store.load(id)).toEqual(attempts[winner]);
      expect(await store.readLog(id, -1)).toEqual([note(1, `from writer ${winner}`)]);
    });

    // A commit given its base (the state it was decided on) may write only what changed (the
    // Redis store does, Issue 10); the result must be the same as writing the whole state.
    describe('commits given the base state', () => {
      const person = (id: string, order: number): MeetingState['participants'][number] => ({
        id, name: `Name ${id}`, role: 'participant', volunteer: false, joinedSeq: order, joinOrder: order, connected: true, disconnectedAt: null, muted: false,
      });
      const share = (seq: number, id: string): NonNullable<MeetingState['shares']>[number] => ({ seq, id, hidden: false, reports: [] });
      /** What committing `change(s)` as the next seq gives. */
      const step = (s: MeetingState, change: (s: MeetingState) => Partial<MeetingState>): MeetingState => ({ ...s, ...change(s), seq: s.seq + 1 });

      async function started(store: MeetingStore): Promise<MeetingState> {
        const id = newId();
        const s0: MeetingState = { ...meeting(id), participants: [person('a', 0), person('b', 1), person('c', 2)], shares: [share(1, 'a')], greeterId: 'b', endWarned: true };
        expect(await store.create(s0, secretsFor(id))).toBe(true);
        return s0;
      }

      it('a commit that changes one field leaves every other one intact', async () => {
        const store = await make();
        const s0 = await started(store);
        const s1 = step(s0, () => ({ topic: 'only this' }));
        expect(await store.commit(s0.id, 0, s1, [note(1)], undefined, undefined, undefined, s0)).toBe(true);
        expect(await store.load(s0.id)).toEqual(s1);
      });

      it('after many partial commits the load equals the last committed state, deep', async () => {
        const store = await make();
        let s = await started(store);
        const steps: ((s: MeetingState) => Partial<MeetingState>)[] = [
          (x) => ({ participants: [...x.participants, person('d', 3)] }),
          (x) => ({ shares: [...x.shares!, share(x.seq + 1, 'b')], speaker: { id: 'b', startedAt: 1, deadline: 2, warned: false, extended: false, ackedBy: [], frozenRemaining: null, heldSince: null } }),
          (x) => ({ shares: x.shares!.map((h, i) => (i === 0 ? { ...h, hidden: true, reports: [{ by: 'c', reason: 'other' as never }] } : h)) }),
          (x) => ({ speaker: { ...x.speaker!, ackedBy: ['a', 'c'], posted: true }, roundOrder: [{ id: 'a', status: 'shared' }, { id: 'b', status: 'pending' }] }),
          (x) => ({ shares: x.shares!.slice(1), participants: x.participants.filter((p) => p.id !== 'a'), speaker: null }),
          (x) => ({ settings: { ...x.settings, shareMs: 123_000 }, plan: { ...x.plan, sharingEndsAt: 5 }, guardCount: 3 }),
          () => ({ shares: [], hands: ['c', 'b'] }),
          (x) => ({ shares: [share(x.seq + 1, 'c')], title: 'Nytt navn' }),
        ];
        for (const change of steps) {
          const next = step(s, change);
          expect(await store.commit(s.id, s.seq, next, [note(next.seq)], undefined, undefined, undefined, s)).toBe(true);
          expect(await store.load(s.id)).toEqual(next);
          s = next;
        }
        expect((await store.load(s.id))?.seq).toBe(steps.length);
      });

      it('optional fields that become undefined or are dropped come back absent', async () => {
        const store = await make();
        const s0 = await started(store);
        const { endWarned: _dropped, ...rest } = s0;
        const s1: MeetingState = { ...rest, seq: 1, greeterId: undefined, shares: undefined };
        expect(await store.commit(s0.id, 0, s1, [], undefined, undefined, undefined, s0)).toBe(true);
        const loaded = (await store.load(s0.id))!;
        expect(loaded).toEqual(s1);
        expect(loaded.greeterId).toBeUndefined();
        expect(loaded.endWarned).toBeUndefined();
        expect(loaded.shares).toBeUndefined();
        // And back again.
        const s2: MeetingState = { ...loaded, seq: 2, greeterId: 'c', shares: [share(2, 'c')] };
        expect(await store.commit(s0.id, 1, s2, [], undefined, undefined, undefined, loaded)).toBe(true);
        expect(await store.load(s0.id)).toEqual(s2);
      });

      it('a commit on a stale seq still fails and changes nothing, whatever its base', async () => {
        const store = await make();
        const s0 = await started(store);
        const s1 = step(s0, () => ({ topic: 'first' }));
        expect(await store.commit(s0.id, 0, s1, [note(1)], undefined, undefined, undefined, s0)).toBe(true);
        const stale = step(s0, (x) => ({ topic: 'stale', shares: [...x.shares!, share(1, 'c')], participants: [] }));
        expect(await store.commit(s0.id, 0, stale, [note(1, 'must not appear')], undefined, undefined, undefined, s0)).toBe(false);
        expect(await store.load(s0.id)).toEqual(s1);
        expect(await store.readLog(s0.id, -1)).toEqual([note(1)]);
        // Many at once from one base: exactly one wins, and the store holds exactly its state.
        const attempts = Array.from({ length: 10 }, (_, i) => step(s1, (x) => ({ topic: `w${i}`, shares: [...x.shares!, share(2, `p${i}`)] })));
        const results = await Promise.all(attempts.map((a) => store.commit(s0.id, 1, a, [], undefined, undefined, undefined, s1)));
        expect(results.filter(Boolean)).toHaveLength(1);
        expect(await store.load(s0.id)).toEqual(attempts[results.indexOf(true)]);
      });

      it('a commit given its base refreshes the TTL of the whole meeting', async () => {
        const store = await make({ ttlMs: 800, logCap: 5 });
        let s = await started(store);
        await store.putToken(s.id, 'hash-1', 'a');
        for (let i = 0; i < 3; i++) {
          await sleep(400);
          const next = step(s, () => ({ topic: `t${i}` }));
          expect(await store.commit(s.id, s.seq, next, [note(next.seq)], undefined, undefined, undefined, s)).toBe(true);
          s = next;
        }
        expect(await store.load(s.id)).toEqual(s);
        expect(await store.findToken(s.id, 'hash-1')).toBe('a');
        expect(await store.secrets(s.id)).not.toBeNull();
      });
    });
  });
}
