// Where an unexpected error was thrown, for the operator's log: a file and a line of the code,
// never a value, a message or a path on the machine (an error's message may quote data; its
// stack's frames name only code). Without it a line such as `deliver_error TypeError` could not be
// traced to its cause (seen once in a loaded test run, 2026-12-06, never again).

/**
 * The first frame of `err`'s stack outside Node's own code: `broadcast.ts:305` for the server's
 * files (their base name: with source maps, the TypeScript file), `socket.io/socket.js:210` for a
 * package's (its name and the file's base name). Null for a non-Error or a stack with no such
 * frame. Reads `err.stack` only (V8's format: "    at fn (file:line:col)" or "    at file:line:col").
 */
export function errorSite(err: unknown): string | null {
  if (!(err instanceof Error) || typeof err.stack !== 'string') return null;
  for (const line of err.stack.split('\n')) {
    const m = /^\s*at (?:.*\()?(?:file:\/\/)?([^()\s]+?):(\d+):\d+\)?\s*$/.exec(line);
    if (!m) continue;
    const file = m[1]!;
    if (file.startsWith('node:') || file.startsWith('internal/')) continue;
    const parts = file.split(/[\\/]/);
    const base = parts[parts.length - 1]!;
    const nm = parts.lastIndexOf('node_modules');
    if (nm >= 0 && nm + 1 < parts.length - 1) {
      const scoped = parts[nm + 1]!.startsWith('@');
      const pkg = scoped ? `${parts[nm + 1]}/${parts[nm + 2]}` : parts[nm + 1]!;
      return `${pkg}/${base}:${m[2]}`;
    }
    return `${base}:${m[2]}`;
  }
  return null;
}

/** An error's kind for a log line: its class name (`TypeError`), or 'unknown' for a thrown non-Error. */
export const errorName = (err: unknown): string => (err instanceof Error ? err.name : 'unknown');
