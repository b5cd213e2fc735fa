// Spawns a private, throwaway redis-server for a test: a free port on 127.0.0.1, no config
// file, a fresh temporary directory, and by default no persistence at all. Tests never use
// (or even connect to) a Redis on the standard port 6379: that one may belong to someone else.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { trackChild } from './children.js';

export interface RedisHandle {
  url: string;
  port: number;
  stop(): Promise<void>;
  /** Kills redis-server with SIGKILL, as a crash or an OOM kill would (no persistence: data gone). */
  crash(): Promise<void>;
  /** The redis-server's process id (for drills that pause it with SIGSTOP). */
  pid: number;
}

export interface StartRedisOptions {
  /** Turn on persistence, to prove the persistence check refuses it. Default: none. */
  persistence?: 'none' | 'rdb' | 'aof';
  /** Extra command-line arguments, e.g. ['--rename-command', 'CONFIG', ''] to act like a managed Redis. */
  extraArgs?: string[];
  /** Listen on this port (to restart a Redis where the old one was); default a free port. */
  port?: number;
}

const FORBIDDEN_PORT = 6379;

/** A TCP port on 127.0.0.1 free at the moment of asking. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

function ping(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const sock = net.connect({ host: '127.0.0.1', port });
    let buf = '';
    const done = (ok: boolean) => {
      sock.destroy();
      resolve(ok);
    };
    sock.setTimeout(500, () => done(false));
    sock.on('error', () => done(false));
    sock.on('connect', () => sock.write('PING\r\n'));
    sock.on('data', (d) => {
      buf += d.toString('utf8');
      if (buf.includes('\r\n')) done(buf.startsWith('+PONG'));
    });
  });
}

function persistenceArgs(mode: StartRedisOptions['persistence']): string[] {
  switch (mode) {
    case 'rdb':
      return ['--save', '60 1', '--appendonly', 'no'];
    case 'aof':
      return ['--save', '', '--appendonly', 'yes'];
    default:
      return ['--save', '', '--appendonly', 'no'];
  }
}

function waitForExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

async function startOnce(opts: StartRedisOptions): Promise<RedisHandle | null> {
  let port = opts.port ?? (await freePort());
  if (port === FORBIDDEN_PORT) throw new Error('never on 6379: that Redis may belong to someone else');
  while (port === FORBIDDEN_PORT || port === 0) port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'runde-redis-'));
  const args = [
    '--port', String(port),
    '--bind', '127.0.0.1',
    '--dir', dir,
    ...persistenceArgs(opts.persistence),
    '--daemonize', 'no',
    '--protected-mode', 'yes',
    '--loglevel', 'warning',
    '--logfile', '',
    ...(opts.extraArgs ?? []),
  ];
  const child = spawn('redis-server', args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString('utf8')));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString('utf8')));
  let spawnError: Error | null = null;
  child.on('error', (e) => (spawnError = e));
  // A crashed or interrupted run (a test, a drill stopped by SIGTERM) must not leave it behind.
  trackChild(child, [dir]);

  const cleanupDir = () => rmSync(dir, { recursive: true, force: true });
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (spawnError) {
      cleanupDir();
      throw new Error(`could not start redis-server (is it installed?): ${String(spawnError)}`);
    }
    if (child.exitCode !== null || child.signalCode !== null) {
      cleanupDir();
      // Most likely someone grabbed the port between our probe and redis binding it.
      if (/address already in use/i.test(output)) return null;
      throw new Error(`redis-server exited early (code ${child.exitCode}): ${output.trim()}`);
    }
    if (await ping(port)) {
      let stopped: Promise<void> | null = null;
      return {
        url: `redis://127.0.0.1:${port}`,
        port,
        pid: child.pid ?? 0,
        crash() {
          stopped ??= (async () => {
            child.kill('SIGKILL');
            await waitForExit(child, 5_000);
            cleanupDir();
          })();
          return stopped;
        },
        stop() {
          stopped ??= (async () => {
            child.kill('SIGTERM');
            if (!(await waitForExit(child, 5_000))) {
              child.kill('SIGKILL');
              await waitForExit(child, 5_000);
            }
            cleanupDir();
          })();
          return stopped;
        },
      };
    }
    await new Promise((r) => setTimeout(r, 25));
  }
  child.kill('SIGKILL');
  await waitForExit(child, 5_000);
  cleanupDir();
  throw new Error(`redis-server on port ${port} did not answer PING within 10 s: ${output.trim()}`);
}

export async function startRedis(opts: StartRedisOptions = {}): Promise<RedisHandle> {
  for (let attempt = 0; attempt < (opts.port ? 40 : 5); attempt++) {
    // A fixed port may still be held for a moment by the process just killed there.
    if (opts.port && attempt > 0) await new Promise((r) => setTimeout(r, 50));
    const handle = await startOnce(opts);
    if (handle) return handle;
  }
  throw new Error('redis-server could not bind a free port after 5 attempts');
}

/**
 * Redis's MONITOR stream, read over a plain socket: every command the server runs from now on, as
 * its argument list (`["evalsha", sha, "2", key, …]`, a script's inner calls in upper case), in
 * `commands`. A raw socket rather than ioredis's `monitor()`, which threw "Command queue state
 * error" when a monitor line reached it before its own MONITOR reply (a CI run, 2026-12-04).
 * Resolves once Redis has answered MONITOR; `stop()` closes it.
 */
export async function monitorCommands(url: string): Promise<{ commands: string[][]; stop(): void }> {
  const { hostname, port } = new URL(url);
  const socket = net.connect(Number(port), hostname);
  const commands: string[][] = [];
  let pending = '';
  let answered: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (answered = resolve));
  socket.setEncoding('utf8');
  socket.on('data', (chunk: string) => {
    pending += chunk;
    let end: number;
    while ((end = pending.indexOf('\r\n')) >= 0) {
      const line = pending.slice(0, end);
      pending = pending.slice(end + 2);
      if (line === '+OK') answered();
      else if (line.startsWith('+')) commands.push([...line.matchAll(/"((?:[^"\\]|\\.)*)"/gu)].map((m) => m[1]!.replace(/\\(.)/gu, '$1')));
    }
  });
  socket.on('error', () => undefined);
  socket.write('MONITOR\r\n');
  await ready;
  return { commands, stop: () => socket.destroy() };
}
