// The real server process: a bad groups file stops the start with the entry and field named;
// SIGHUP re-reads the file without a restart.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { spawnServer, type ServerProcess } from '../helpers/process.js';

const dir = mkdtempSync(join(tmpdir(), 'runde-groups-proc-'));
const file = join(dir, 'groups.json');
const group = (slug: string, time = '19:00') => ({ slug, name: `Gruppe ${slug}`, language: 'nb', format: 'standard', schedule: [{ day: 'monday', time, minutes: 60 }] });
const procs: ServerProcess[] = [];
afterAll(async () => {
  await Promise.all(procs.map((p) => p.stop()));
  rmSync(dir, { recursive: true, force: true });
});

const status = async (p: ServerProcess, slug: string): Promise<number> => (await fetch(`${p.url}/api/groups/${slug}`)).status;

describe('the groups file in the server process', () => {
  it('refuses to start on a bad file, naming the entry and the field', async () => {
    writeFileSync(file, JSON.stringify({ groups: [group('ok'), { ...group('broken'), timezone: 'Mars/Olympus' }] }));
    await expect(spawnServer({ RUNDE_GROUPS_FILE: file })).rejects.toThrow(/groups\[1\] \(broken\)\.timezone is not an IANA time zone/);
  }, 90_000);

  it('re-reads the file on SIGHUP without a restart', async () => {
    writeFileSync(file, JSON.stringify({ groups: [group('mandag')] }));
    const p = await spawnServer({ RUNDE_GROUPS_FILE: file });
    procs.push(p);
    expect(await status(p, 'mandag')).toBe(200);
    expect(await status(p, 'fredag')).toBe(404);
    writeFileSync(file, JSON.stringify({ groups: [group('mandag'), group('fredag')] }));
    p.signal('SIGHUP');
    const until = Date.now() + 10_000;
    while ((await status(p, 'fredag')) !== 200 && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
    expect(await status(p, 'fredag')).toBe(200);
    await p.logged((l) => l.includes('"event":"groups_loaded"'), 'groups_loaded');
  }, 90_000);
});
