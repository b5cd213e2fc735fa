// The share box's text after a send was accepted (pure, no DOM: unit-tested).

/**
 * What stays in the share box after `sent` (the box's whole text when Send was pressed) was
 * accepted, the box now holding `now`: what was typed after it, or the box as it is when the sent
 * part itself was changed meanwhile (nothing is thrown away that the person may still need).
 */
export function unsentAfter(now: string, sent: string): string {
  if (now.startsWith(sent)) return now.slice(sent.length).replace(/^\s+/u, '');
  return now.trim() === sent.trim() ? '' : now;
}
