// A meeting on a MemoryStore driven through the real core, for tests of what the server does
// with committed outcomes (the delivery queue): each command decided, committed and returned as
// the Accepted outcome a process would deliver.
import { decide } from '../../shared/meeting/decide.js';
import { DEFAULT_SETTINGS, FORMATS } from '../../shared/meeting/formats.js';
import { createMeeting, type MeetingState } from '../../shared/meeting/state.js';
import { isPrivate } from '../../shared/meeting/view.js';
import type { Command } from '../../shared/meeting/commands.js';
import { MemoryStore } from '../../server/store/memory.js';
import type { Accepted } from '../../server/broadcast.js';

/** A join of `id` as `name` (`a` by the chair key). */
export const joinCmd = (id: string, name: string): Command => ({ type: 'join', id, name, role: 'participant', volunteer: false, pledge: true, chairKey: id === 'a', joinCode: false });

export interface StoreMeeting {
  store: MemoryStore;
  /** The state as last committed. */
  state(): MeetingState;
  /** Decides `cmd` on the last committed state and commits it; throws when refused. */
  commit(cmd: Command): Promise<Accepted>;
}

/** A new meeting `id` in the first format, created on a new MemoryStore. */
export async function storeMeeting(id: string): Promise<StoreMeeting> {
  const store = new MemoryStore({ ttlMs: 60_000, logCap: 100 });
  let s: MeetingState = createMeeting({ id, title: id, language: 'nb', formatId: FORMATS[0]!.id, access: 'open', listed: false, settings: DEFAULT_SETTINGS, turnMode: 'circle', startsAt: null }, Date.now());
  if (!(await store.create(s, { chairKeyHash: 'x', joinCodeHash: null, joinCode: null }))) throw new Error('create refused');
  return {
    store,
    state: () => s,
    async commit(cmd) {
      const now = Date.now();
      const d = decide(s, cmd, now);
      if (!d.ok) throw new Error(`${cmd.type}: ${d.code}`);
      const logged = d.events.filter((e) => !isPrivate(e)).map((event) => ({ seq: d.state.seq, at: now, event }));
      if (!(await store.commit(s.id, s.seq, d.state, logged))) throw new Error(`${cmd.type}: commit refused`);
      s = d.state;
      return { ok: true, state: d.state, events: d.events, logged, views: [] };
    },
  };
}
