// `npm start` runs the server as plain JavaScript: scripts/build-server.ts bundles server/ and
// shared/ into dist/server.js, which Node runs with no TypeScript loader. This builds it, starts
// it on a free port with the embedded store, and asks it for /healthz.
import { execFile, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

describe('compiled server', () => {
  it('builds to dist/server.js and serves /healthz under plain node', async () => {
    await run(process.execPath, ['--import', 'tsx', 'scripts/build-server.ts'], { timeout: 120_000 });
    const bundle = readFileSync('dist/server.js', 'utf8');
    expect(bundle).not.toMatch(/from ["']tsx/);
    // The guard model's weights are read from server/guard-model.json at start (the server
    // exits if they cannot be), never bundled as source text kept for the process's life.
    expect(bundle).not.toContain('b:a beautiful');
    const child = spawn(process.execPath, ['dist/server.js'], {
      env: { PATH: process.env.PATH, PORT: '0', HOST: '127.0.0.1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const port = await new Promise<number>((resolve, reject) => {
        let out = '';
        child.stdout!.on('data', (d: Buffer) => {
          out += d.toString();
          const m = /"event":"listening","port":(\d+)/.exec(out);
          if (m) resolve(Number(m[1]));
        });
        child.once('exit', (code) => reject(new Error(`exited with ${code}`)));
      });
      const res = await fetch(`http://127.0.0.1:${port}/healthz`);
      expect(res.status).toBe(200);
    } finally {
      child.kill('SIGKILL');
    }
  }, 180_000);
});
