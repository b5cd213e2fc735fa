// The DOMPurify backstop keeps text as the person typed it, minus anything that parses as markup.
import { describe, expect, it } from 'vitest';
import { sanitizePayload, sanitizeText } from '../../server/sanitize.js';

describe('sanitizeText', () => {
  it('leaves text without markup untouched, including a heart and comparisons', () => {
    for (const t of ['Jeg har det bra <3', 'a < b og b > c', '5<6', 'Tom & Jerry', 'æøå ÆØÅ 👨‍👩‍👧']) expect(sanitizeText(t)).toBe(t);
  });
  it('strips tags and what scripts and images would run, keeping the words', () => {
    expect(sanitizeText('Jeg <b>er</b> her')).toBe('Jeg er her');
    expect(sanitizeText('x<img src=x onerror=alert(1)>y')).toBe('xy');
    expect(sanitizeText('<script>alert(1)</script>hei')).toBe('hei');
  });
  it('never decodes entities into real markup', () => {
    expect(sanitizeText('<i></i>&lt;script&gt;alert(1)&lt;/script&gt;')).toBe('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(sanitizeText('<b>&amp;</b>')).toBe('&amp;');
  });
  it('applies to every string field of a payload and nothing else', () => {
    expect(sanitizePayload({ text: '<b>hei</b>', n: 3, on: true })).toEqual({ text: 'hei', n: 3, on: true });
  });
});
