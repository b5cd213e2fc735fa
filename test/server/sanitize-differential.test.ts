// Issue 10: the sanitiser's DOM step (DOMPurify over jsdom) was replaced by parse5 and a walk of
// its tree. The old step is kept here, and only here, as the reference: both run over the XSS
// corpora the other tests send and over generated hostile text. Two differences are known, and
// each is listed with why the new output is the one to keep:
//  - Where the parse leaves no body (`<frameset>`), DOMPurify returned null and the old step
//    threw a TypeError (INTERNAL on the socket, 500 over HTTP); the new one returns '' (refused
//    as empty, INVALID_PAYLOAD).
//  - Text inside a <table> but outside its cells is "foster-parented": the HTML standard, and
//    every browser, puts it before the table. jsdom's tree builder appends it at the end of the
//    table's parent instead (its parse5 adapter's insertTextBefore drops the reference node;
//    jsdom/jsdom#3317), so the old step moved those words after the table's. The new step keeps
//    the standard's order. With jsdom's deviation reproduced in parse5's tree (JSDOM_LIKE below),
//    the new walk gives the old output exactly, for every input: the walk itself is DOMPurify's.
// Both outputs are inert either way: the last step (inertText) runs on the whole text.
import createDOMPurify from 'dompurify';
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { defaultTreeAdapter, type DefaultTreeAdapterMap, type TreeAdapter } from 'parse5';
import { describe, expect, it } from 'vitest';
import { htmlBodyText, inertText, markOnlyRealTags, sanitizeText } from '../../server/sanitize.js';
import { markupNodes } from '../helpers/markup.js';
import { CORPUS, XSS } from '../helpers/xss-corpus.js';

const purifier = createDOMPurify(new JSDOM('').window as unknown as Parameters<typeof createDOMPurify>[0]);

/** The DOM step as it was: the body DOMPurify returns, as text; null when it returns none. */
function purifiedText(html: string): string | null {
  const body = purifier.sanitize(html, { ALLOWED_TAGS: [], KEEP_CONTENT: true, RETURN_DOM: true }) as unknown as HTMLElement | null;
  return body ? (body.textContent ?? '') : null;
}

/** sanitizeText as it was before Issue 10 (server/sanitize.ts at 86073cd), with 'THROWS' for its throw. */
function oldSanitizeText(text: string): string {
  if (!/<[A-Za-z!/?]/.test(text)) return text;
  const body = purifiedText(markOnlyRealTags(text));
  return body === null ? 'THROWS' : inertText(body.trim());
}

/** parse5's own tree with jsdom's one deviation: foster-parented text appended to the parent's end. */
const JSDOM_LIKE: TreeAdapter<DefaultTreeAdapterMap> = {
  ...defaultTreeAdapter,
  insertTextBefore(parent, text, reference) {
    const previous = parent.childNodes[parent.childNodes.indexOf(reference as DefaultTreeAdapterMap['childNode']) - 1];
    if (previous && defaultTreeAdapter.isTextNode(previous)) previous.value += text;
    else defaultTreeAdapter.appendChild(parent, defaultTreeAdapter.createTextNode(text));
  },
};

/** sanitizeText's steps, with the parse building its tree through `adapter` (parse5's default when not given). */
function newSanitizeText(text: string, adapter?: TreeAdapter<DefaultTreeAdapterMap>): string {
  if (!/<[A-Za-z!/?]/.test(text)) return text;
  return inertText((htmlBodyText(markOnlyRealTags(text), adapter) ?? '').trim());
}

/** What the old step did differently, each with why the new output is the one to keep. */
const KNOWN: { test: (input: string, old: string, now: string) => boolean; why: string }[] = [
  { test: (_, old, now) => old === 'THROWS' && now === '', why: 'no body (frameset): the old step threw, the new one returns "" (refused as empty)' },
  {
    test: (input, old) => /<table/i.test(input) && newSanitizeText(input, JSDOM_LIKE) === old,
    why: "text foster-parented out of a table: before the table as the standard and browsers put it, not after as jsdom's tree did",
  },
];

// Tag names: every element the sanitiser treats as markup is reachable, plus unknown and custom names.
const NAMES = [
  'b', 'i', 'p', 'div', 'span', 'a', 'img', 'br', 'script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noscript', 'noembed',
  'noframes', 'plaintext', 'template', 'svg', 'math', 'mi', 'mo', 'mn', 'ms', 'mtext', 'mglyph', 'malignmark', 'annotation-xml',
  'foreignobject', 'foreignObject', 'desc', 'table', 'thead', 'tbody', 'tr', 'td', 'th', 'caption', 'colgroup', 'col', 'select',
  'option', 'optgroup', 'form', 'input', 'button', 'frameset', 'frame', 'html', 'head', 'body', 'meta', 'link', 'base',
  'audio', 'video', 'source', 'object', 'embed', 'details', 'summary', 'li', 'ul', 'ol', 'pre', 'listing', 'image', 'isindex',
  'keygen', 'marquee', 'font', 'center', 'nobr', 'ruby', 'rt', 'rp', 'h1', 'dd', 'dt', 'slot', 'portal', 'search',
  'selectedcontent', 'x-y', 'foo', 'SCRIPT', 'Svg', 'IMG',
];
const ATTRS = [
  ' a=b', ' src=x', ' onerror=alert(1)', ' title="<x>"', " title='</noscript><img src=x onerror=1>'", ' name=nodeName',
  ' name=attributes', ' id=x', ' href="javascript:alert(1)"', ' srcdoc="<script>alert(1)</script>"', ' /', ' x', ' color=red',
  ' xmlns="http://www.w3.org/1999/xhtml"', ' encoding="text/html"', ' type=hidden',
];
const TEXT = [
  'hei', ' ', '  ', '\n', '\t', '\r\n', '\u00a0', '<', '>', '&', '&lt;', '&gt;', '&amp;', '&#60;', '&#x3c;', '&lt;b&gt;', '<3',
  'x<y', 'y>z', '<!--', '-->', '<!', '<?', '?>', '</', '</3', '<![CDATA[', ']]>', '\u0000', '"', "'", '=', '/', 'æøå', '👨‍👩‍👧',
  'alert(1)', 'javascript:', '<b', 'img src=x onerror=alert(1)>', '<<', '\u200b', '\u202e',
];

const tag = fc.oneof(
  fc.tuple(fc.constantFrom(...NAMES), fc.array(fc.constantFrom(...ATTRS), { maxLength: 3 }), fc.constantFrom('>', '/>', ' >')).map(([n, a, e]) => `<${n}${a.join('')}${e}`),
  fc.constantFrom(...NAMES).map((n) => `</${n}>`),
);
/** Hostile text: tags of every kind between text fragments that look like markup but are not. */
const hostile = fc.array(fc.oneof({ arbitrary: tag, weight: 3 }, { arbitrary: fc.constantFrom(...TEXT), weight: 2 }), { minLength: 1, maxLength: 24 }).map((parts) => parts.join(''));

const OTHER = [
  'Jeg <b>er</b> her', 'x<img src=x onerror=alert(1)>y', '<script>alert(1)</script>hei', '<b></b>', ' <i> </i> ',
  '<i></i>&lt;script&gt;alert(1)&lt;/script&gt;', '<b>&amp;</b>', '<!-- x -->', '<?xml x?>', 'if x<y and y>z', 'a <b> c',
  '<noscript>hei</noscript>x', '<title>t</title>y', '<table>a<tr>b</table>', '<td>a</td>b', '<frameset>', '<b></b><frameset>x',
  '<b>hei</b><frameset>', '   <p>lead</p>', '<thead><tr><td>x</td></tr></thead>y', '<select><option>a<b>b</b></option></select>',
  '<svg><foreignObject><p>x</p></foreignObject></svg>y', '<math><mtext><table><mglyph><style><img src=x onerror=1>',
  '<form><input name=nodeName>abc</form>z', `${'<b>'.repeat(3000)}dyp${'</b>'.repeat(3000)}`, `${'<div>'.repeat(3000)}dyp`,
];

/** Every name in every context where parsing differs: body, head, table, row, select, SVG, MathML, template. */
const CONTEXTS = ['', '<title>t</title>', '<table>', '<table><tr>', '<select>', '<svg>', '<math>', '<math><mi>', '<template>', '<p>x'];
const SYSTEMATIC = NAMES.flatMap((n) => [
  ...CONTEXTS.map((c) => `${c}<${n} a=b>inne</${n}>ute`),
  `<table><${n}><tr><td>inne</td></tr></${n}></table>ute`,
  `<${n}><p>inne</p><b>også</b></${n}>ute`,
]);

const SEED = 20261130;

describe('the parse5 sanitiser against the DOMPurify + jsdom one it replaced', () => {
  const inputs = [...CORPUS, ...XSS, ...OTHER, ...SYSTEMATIC, ...CORPUS.map((c) => `Jeg sier ${c} og slutter`), ...fc.sample(hostile, { seed: SEED, numRuns: 1500 })];

  it(`gives the same text for ${inputs.length} hostile inputs, or a listed, safer difference`, () => {
    const unexplained: { input: string; old: string; now: string }[] = [];
    const explained = new Map<string, number>();
    for (const input of inputs) {
      const old = oldSanitizeText(input);
      const now = sanitizeText(input);
      expect(now, input).toBe(newSanitizeText(input));
      expect(markupNodes(now), input).toBe(0);
      if (old === now) continue;
      const known = KNOWN.find((k) => k.test(input, old, now));
      if (known) explained.set(known.why, (explained.get(known.why) ?? 0) + 1);
      else unexplained.push({ input, old, now });
    }
    expect(unexplained).toEqual([]);
    // Each listed difference is real (met by the inputs above), not a dead entry.
    expect([...explained.keys()].sort()).toEqual(KNOWN.map((k) => k.why).sort());
  }, 120_000);

  it('with jsdom\'s tree, the walk gives DOMPurify\'s text exactly, also for raw markup the tag marking never lets through', () => {
    // Unescaped input reaches the walk's rarer paths: comments, processing instructions, CDATA
    // in SVG, entities in raw text, DOMPurify's mutation-XSS probe. DOMPurify puts back the
    // leading whitespace the document parse drops; the new step does not (the caller trims).
    const rawParts = fc.array(fc.oneof(tag, fc.constantFrom(...TEXT)), { minLength: 1, maxLength: 24 }).map((p) => p.join(''));
    const raw = [...CORPUS, ...XSS, ...OTHER, '<b><!--c-->&lt;x</b>', '<p>&lt;y<!---->z</p>', '<svg><![CDATA[<img>]]></svg>x', ...fc.sample(rawParts, { seed: SEED + 1, numRuns: 1500 })];
    const differ: { input: string; old: string | null; now: string | null }[] = [];
    for (const input of raw) {
      const old = purifiedText(input);
      const body = htmlBodyText(input, JSDOM_LIKE);
      const now = body === null ? null : (/^[\r\n\t ]+/.exec(input)?.[0] ?? '') + body;
      if (old !== now) differ.push({ input, old, now });
    }
    expect(differ).toEqual([]);
  }, 120_000);

  it('keeps what was typed as entities as typed, and drops what DOMPurify drops whole', () => {
    expect(sanitizeText('<b>&lt;b&gt;</b> &amp;lt;')).toBe('&lt;b&gt; &amp;lt;');
    expect(sanitizeText('<table><thead><tr><td>borte</td></tr></thead></table>igjen')).toBe('igjen');
    expect(sanitizeText('<table>først<tr><td>så</td></tr></table>')).toBe('førstså');
    expect(sanitizeText('<svg><desc>borte</desc></svg><math><mi>borte</mi></math>igjen')).toBe('igjen');
    expect(sanitizeText('<textarea>bli</textarea>')).toBe('bli');
    expect(sanitizeText('<frameset>')).toBe('');
    expect(sanitizeText('<b></b><frameset>x')).toBe('');
  });
});
