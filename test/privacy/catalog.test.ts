// The privacy page lists what the server keeps from shared/privacy/catalog.ts. This test keeps
// that list in step with the code: every Redis key the server writes (redis-keys.ts and any
// 'runde:…' literal under server/), every record of the memory store's entry (memory.ts), and
// every log line kind with its fields (each log() call under server/).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIRECTORY_KEY, meetingKeys } from '../../server/store/redis-keys.js';
import { OUTCOME_CHANNEL } from '../../server/outcome-channel.js';
import { LOG_LINES, STORED_ITEMS } from '../../shared/privacy/catalog.js';

const root = new URL('../../', import.meta.url).pathname;

function sources(dir: string): { path: string; text: string }[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const rel = join(dir, name);
    if (statSync(join(root, rel)).isDirectory()) return sources(rel);
    return rel.endsWith('.ts') ? [{ path: rel, text: readFileSync(join(root, rel), 'utf8') }] : [];
  });
}

/** Splits an object literal's body at top-level commas and returns each property's key. */
export function literalKeys(body: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of body) {
    if ('([{'.includes(ch)) depth++;
    if (')]}'.includes(ch)) depth--;
    if (ch === ',' && depth === 0) {
      parts.push(cur);
      cur = '';
    } else cur += ch;
  }
  parts.push(cur);
  return parts.map((p) => p.trim()).filter(Boolean).map((p) => /^(\w+)/.exec(p)?.[1] ?? p);
}

/** Every log('kind', { … }) call under server/: its kind and field names. */
function logCalls(): { kind: string; fields: string[]; where: string }[] {
  const out: { kind: string; fields: string[]; where: string }[] = [];
  for (const f of sources('server')) {
    if (f.path.endsWith('log.ts')) continue;
    for (const m of f.text.matchAll(/\blog\(\s*'([a-z_]+)'\s*(?:,\s*\{([^}]*)\})?\s*\)/g)) {
      out.push({ kind: m[1]!, fields: m[2] ? literalKeys(m[2]) : [], where: f.path });
    }
    // The throttled error log (log.ts) writes { error, count } under the kind it is given, and
    // `code` too when given a function that names the error's code (the third argument).
    for (const m of f.text.matchAll(/\bthrottledErrorLog\(\s*'([a-z_]+)'\s*,\s*[^,)]+(,\s*\w+)?\s*\)/g)) out.push({ kind: m[1]!, fields: m[2] ? ['error', 'code', 'count'] : ['error', 'count'], where: f.path });
    // A call with anything but a literal kind and a literal object could not be checked.
    for (const m of f.text.matchAll(/\blog\(([^'\s][^)]*)\)/g)) throw new Error(`${f.path}: log(${m[1]}) is not a literal call`);
  }
  return out;
}

describe('the privacy catalog matches the code', () => {
  it('lists every Redis key pattern the server writes, and no other', () => {
    const k = meetingKeys('MEETINGID');
    const fromKeys = [...Object.values(k), DIRECTORY_KEY].map((key) => key.replace('MEETINGID', '<id>'));
    // Quoted keys, and template keys with their ${…} parts as <…> (redis-keys.ts is read above).
    const literals = sources('server')
      .filter((f) => !f.path.endsWith('redis-keys.ts'))
      .flatMap((f) => [...f.text.matchAll(/'(runde:[a-z{}:-]+)'|`(runde:[^`\s]+)`/g)].map((m) => (m[1] ?? m[2]!).replace(/\$\{(\w+)\}/g, '<$1>')));
    // The outcome channel, and each process's own channel beside it (`runde:outcomes:<id>`, a
    // random process id, subscribed only to count the other processes: outcome-channel.ts), are
    // pub/sub, not keys: Redis keeps nothing of a message after delivering it
    // (docs/architecture.md), as with the socket.io adapter's own channels.
    const inCode = new Set([...fromKeys, ...literals.filter((l) => l !== OUTCOME_CHANNEL && !l.startsWith(`${OUTCOME_CHANNEL}:`))]);
    expect(literals).toContain(OUTCOME_CHANNEL);
    expect([...inCode].sort()).toEqual(STORED_ITEMS.map((i) => i.redisKey).sort());
  });

  it('lists every record of the memory store, and no other', () => {
    const memory = readFileSync(join(root, 'server/store/memory.ts'), 'utf8');
    const entry = /interface Entry \{([^}]*)\}/.exec(memory)?.[1] ?? '';
    const fields = [...entry.matchAll(/^\s*(\w+):/gm)].map((m) => m[1]!).filter((f) => f !== 'expiresAt');
    expect(fields.length).toBeGreaterThan(2);
    const listed = STORED_ITEMS.flatMap((i) => i.memory.filter((place) => place.startsWith('MemoryStore.')));
    expect(listed.sort()).toEqual(fields.map((f) => `MemoryStore.meetings[<id>].${f}`).sort());
  });

  it('lists every kind of log line with exactly its fields', () => {
    const calls = logCalls();
    expect(calls.length).toBeGreaterThan(8);
    const inCode = new Map<string, Set<string>>();
    for (const c of calls) {
      const set = inCode.get(c.kind) ?? new Set<string>();
      for (const f of c.fields) set.add(f);
      inCode.set(c.kind, set);
    }
    const want = [...inCode].map(([kind, fields]) => ({ event: kind, fields: [...fields].sort() })).sort((a, b) => a.event.localeCompare(b.event));
    const have = LOG_LINES.map((l) => ({ event: l.event, fields: [...l.fields].sort() })).sort((a, b) => a.event.localeCompare(b.event));
    // On a mismatch, add the line to LOG_LINES in shared/privacy/catalog.ts (in both languages).
    expect(have).toEqual(want);
  });

  it('reads fields from object literals the way they are written', () => {
    expect(literalKeys(" error: err instanceof Error ? err.name : 'unknown' ")).toEqual(['error']);
    expect(literalKeys(' meeting: ref(p.meetingId), present: f(a, b), signal ')).toEqual(['meeting', 'present', 'signal']);
  });
});
