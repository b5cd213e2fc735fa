// The sanitiser keeps text as the person typed it, minus anything that parses as markup,
// and what it returns never parses as an HTML element or comment.
import { describe, expect, it } from 'vitest';
import { sanitizePayload, sanitizeText } from '../../server/sanitize.js';
import { markupNodes } from '../helpers/markup.js';

describe('sanitizeText', () => {
  it('leaves text without markup untouched, including a heart and comparisons', () => {
    for (const t of ['Jeg har det bra <3', 'a < b og b > c', '5<6', 'Tom & Jerry', 'æøå ÆØÅ 👨‍👩‍👧', '<', '<<<', '>:(']) expect(sanitizeText(t)).toBe(t);
  });
  it('keeps the words of text that only looks like a tag ("x<y and y>z")', () => {
    expect(sanitizeText('if x<y and y>z')).toBe('if x< y and y>z');
    expect(sanitizeText('hvis a<b så b>a')).toBe('hvis a< b så b>a');
    expect(sanitizeText('<3 og </3')).toBe('<3 og < /3');
  });
  it('strips tags and what scripts and images would run, keeping the words', () => {
    expect(sanitizeText('Jeg <b>er</b> her')).toBe('Jeg er her');
    expect(sanitizeText('x<img src=x onerror=alert(1)>y')).toBe('xy');
    expect(sanitizeText('<script>alert(1)</script>hei')).toBe('hei');
  });
  it('never makes a tag out of the pieces it leaves (the attacker probe)', () => {
    expect(sanitizeText('<<b>img src=x onerror=alert(1)>')).toBe('< img src=x onerror=alert(1)>');
    expect(markupNodes(sanitizeText('<textarea><img src=x onerror=alert(1)></textarea>'))).toBe(0);
    expect(markupNodes(sanitizeText('<scr<script>ipt>alert(1)</scr</script>ipt>'))).toBe(0);
  });
  it('turns markup with no text into nothing (the caller refuses it as empty)', () => {
    expect(sanitizeText('<b></b>')).toBe('');
    expect(sanitizeText('<img src=x onerror=alert(1)>')).toBe('');
  });
  it('never decodes entities into real markup', () => {
    expect(sanitizeText('<i></i>&lt;script&gt;alert(1)&lt;/script&gt;')).toBe('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(sanitizeText('<b>&amp;</b>')).toBe('&amp;');
  });
  it('is idempotent', () => {
    for (const t of ['<<b>img src=x>', 'if x<y and y>z', '<b>hei</b> <3', '<!-- x -->', '<?xml x?>']) {
      const once = sanitizeText(t);
      expect(sanitizeText(once)).toBe(once);
    }
  });
  it('applies to every string of a payload, at any depth, and nothing else', () => {
    expect(sanitizePayload({ text: '<b>hei</b>', n: 3, on: true, deep: { list: ['<i>a</i>'] } })).toEqual({ text: 'hei', n: 3, on: true, deep: { list: ['a'] } });
  });
});
