// Every child process the test helpers start (redis-server, Sentinels, Runde server processes)
// is registered here, so that whatever ends the parent — a finished run, a thrown error, an
// uncaught exception, process.exit() from a signal handler (the drills' CLI: SIGTERM, SIGINT,
// SIGHUP) — kills them on the way out instead of leaving them running. Node emits 'exit' in all
// of these cases; only a SIGKILL of the parent itself cannot be caught.
import type { ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';

interface Tracked {
  child: ChildProcess;
  /** Temporary directories to remove once the child is killed (synchronously, at exit). */
  dirs: string[];
}

const live = new Set<Tracked>();
let hooked = false;

/** Kills every registered child still running (SIGKILL) and removes its temporary directories. Synchronous. */
export function killAllChildren(): void {
  for (const t of live) {
    if (t.child.exitCode === null && t.child.signalCode === null) {
      try {
        t.child.kill('SIGKILL');
      } catch {
        // Already gone.
      }
    }
    for (const d of t.dirs) rmSync(d, { recursive: true, force: true });
  }
  live.clear();
}

/**
 * Registers `child` (and any temporary `dirs` it uses) to be killed when this process exits for
 * any reason Node can see. The child leaves the registry when it exits by itself.
 */
export function trackChild(child: ChildProcess, dirs: string[] = []): void {
  const t: Tracked = { child, dirs };
  live.add(t);
  child.once('exit', () => live.delete(t));
  if (!hooked) {
    hooked = true;
    process.on('exit', killAllChildren);
  }
}

/** The process ids of the registered children still running (for drills' own checks and tests). */
export function liveChildPids(): number[] {
  return [...live].map((t) => t.child.pid).filter((p): p is number => typeof p === 'number');
}

/** How long after a child's exit its pipes may stay open (held by a grandchild) before giving up on them, ms. */
const PIPES_AFTER_EXIT_MS = 2000;

/**
 * Resolves with the child's exit code and signal once it has exited and its stdout/stderr have
 * been read to the end ('close'), so every line it wrote is in hand. After 'exit' alone the
 * pipes may still hold output not read yet (a check on it then fails at random). If a
 * grandchild keeps the pipes open, resolves PIPES_AFTER_EXIT_MS (ms) after the exit.
 */
export function closed(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((resolve) => {
    let timer: NodeJS.Timeout | undefined;
    child.once('close', (code: number | null, signal: NodeJS.Signals | null) => {
      clearTimeout(timer);
      resolve({ code, signal });
    });
    child.once('exit', (code, signal) => {
      timer = setTimeout(() => resolve({ code, signal }), PIPES_AFTER_EXIT_MS);
    });
  });
}

/**
 * Calls `onLine` with each whole, non-empty line the child writes to stdout or stderr, then
 * `onRead` after each chunk. A chunk may end inside a line (or inside a UTF-8 character): the
 * rest comes with the next chunk, and a last line without a newline is given when its pipe ends.
 */
export function readLines(child: ChildProcess, onLine: (line: string) => void, onRead: () => void = () => {}): void {
  for (const stream of [child.stdout, child.stderr]) {
    if (!stream) continue;
    let partial = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      const lines = (partial + chunk).split('\n');
      partial = lines.pop() ?? '';
      lines.filter(Boolean).forEach(onLine);
      onRead();
    });
    stream.on('end', () => {
      if (partial) onLine(partial);
      partial = '';
      onRead();
    });
  }
}
