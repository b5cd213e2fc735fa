// Operational log lines. By design they carry no addresses, names, pseudonyms, tokens, meeting
// titles or message text: only what happened and counts. Meeting ids are shortened to a prefix.
type Fields = Record<string, string | number | boolean | null>;

let sink: (line: string) => void = (line) => process.stdout.write(line + '\n');

/**
 * Sends every log line (one JSON text) to `fn` from now on; returns the sink it replaces, for a
 * caller that puts it back (tests: several files share one module graph, and a sink left behind
 * by one swallowed the lines another file's check read).
 */
export function setLogSink(fn: (line: string) => void): (line: string) => void {
  const before = sink;
  sink = fn;
  return before;
}

export function log(event: string, fields: Fields = {}): void {
  sink(JSON.stringify({ t: new Date().toISOString(), event, ...fields }));
}

/** A short, non-reversible-in-practice reference to a meeting for correlating log lines. */
export const ref = (meetingId: string): string => meetingId.slice(0, 6);

/**
 * A logger for errors that repeat while an outage lasts (one per reconnect attempt): one line
 * per `everyMs` with the error's kind and how many were seen since the last line.
 */
export function throttledErrorLog(event: string, everyMs: number, codeOf?: (err: unknown) => string): (err: unknown) => void {
  let last = 0;
  let count = 0;
  return (err) => {
    count++;
    const now = Date.now();
    if (now - last < everyMs) return;
    log(event, { error: err instanceof Error ? err.name : 'unknown', ...(codeOf ? { code: codeOf(err) } : {}), count });
    last = now;
    count = 0;
  };
}
