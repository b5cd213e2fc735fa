// The test helpers read a child process's log (a server's JSON lines, a drill's output) and
// tests check it. Two ways such a check failed at random (store-rollback in CI): a line split
// between two pipe chunks was taken for two lines, and output still in the pipe when the child
// had exited ('exit' comes before the pipes are read to the end). Real child processes.
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { closed, readLines } from './children.js';

const node = (script: string) => spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'pipe'] });

describe('reading a child process’s output', () => {
  it('keeps a line whole when it comes in two chunks, a UTF-8 character split between them too', async () => {
    // "ø" is two bytes in UTF-8: the first chunk ends between them.
    const child = node(`
      const b = Buffer.from('{"event":"store_rolled_back","name":"Bjørk"}\\nsiste');
      const cut = b.indexOf(0xb8);
      process.stdout.write(b.subarray(0, cut));
      setTimeout(() => process.stdout.write(b.subarray(cut)), 100);
    `);
    const lines: string[] = [];
    readLines(child, (l) => lines.push(l));
    await closed(child);
    expect(lines).toEqual(['{"event":"store_rolled_back","name":"Bjørk"}', 'siste']);
  });

  it('gives a line of many chunks whole, and all of the output once the child is closed, however fast it exits', async () => {
    // 4 MB, more than a pipe holds: it comes in 64 KB chunks, and the child exits at once after it.
    const child = node(`process.stdout.write('x'.repeat(4 * 1024 * 1024) + '\\nlast line\\n', () => process.exit(3));`);
    const lines: string[] = [];
    readLines(child, (l) => lines.push(l));
    expect(await closed(child)).toEqual({ code: 3, signal: null });
    expect(lines.at(-1)).toBe('last line');
    expect(lines[0]).toHaveLength(4 * 1024 * 1024);
  });
});
