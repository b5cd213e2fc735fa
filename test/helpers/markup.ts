// What an HTML parser would make of a delivered string, for "nothing ever parses as markup" tests.
import { JSDOM } from 'jsdom';

const doc = new JSDOM('').window.document;

/** Element and comment nodes that innerHTML would create from `text`: 0 for inert text. */
export function markupNodes(text: string): number {
  const box = doc.createElement('div');
  box.innerHTML = text;
  const walker = doc.createTreeWalker(box, 0x1 | 0x80);
  let n = 0;
  while (walker.nextNode()) n++;
  return n;
}

/** Every string anywhere in a value (events, views, HTTP bodies). */
export function strings(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  if (v && typeof v === 'object') return Object.values(v).flatMap(strings);
  return [];
}
