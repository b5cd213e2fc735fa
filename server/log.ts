// Operational log lines. By design they carry no addresses, names, pseudonyms, tokens, meeting
// titles or message text: only what happened and counts. Meeting ids are shortened to a prefix.
type Fields = Record<string, string | number | boolean | null>;

let sink: (line: string) => void = (line) => process.stdout.write(line + '\n');

export function setLogSink(fn: (line: string) => void): void {
  sink = fn;
}

export function log(event: string, fields: Fields = {}): void {
  sink(JSON.stringify({ t: new Date().toISOString(), event, ...fields }));
}

/** A short, non-reversible-in-practice reference to a meeting for correlating log lines. */
export const ref = (meetingId: string): string => meetingId.slice(0, 6);
