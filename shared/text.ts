// Text is plain text. Normalized once on ingest so that what one person types cannot reorder,
// hide or spoof what others see (bidi overrides, control characters, invisible runs).

// C0/C1 controls except tab and newline; bidi embeddings, overrides and isolates; BOM and the
// zero-width space family except the joiner that emoji sequences need (U+200D).
const STRIP = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200B\u200C\u200E\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g;

export function normalizeText(input: string): string {
  return input
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(STRIP, '')
    .replace(/\t/g, ' ')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** A pseudonym is one line: inner whitespace collapses to single spaces. */
export function normalizeName(input: string): string {
  return normalizeText(input).replace(/\s+/g, ' ');
}
