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
