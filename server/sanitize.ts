// The one step where markup could arise, in one place. Text stays plain text. Clients render
// with textContent, but other clients may not, so what leaves here never parses as an HTML
// element or comment in any HTML parser:
//  1. Only `<` that opens a real HTML/SVG/MathML tag (`<b>`, `</p>`, `<img …`) is handed to the
//     parser as markup; every other `<` ("x<y", "<3", a lone "<", `<y and y>`) is escaped first
//     so the person's words survive as typed.
//  2. parse5 (the WHATWG parser jsdom itself uses) parses that as a document, as a browser's
//     DOMParser would, and the body's text is collected with every element removed: the text of
//     harmless ones is kept, elements whose content is where payloads hide (script, style, svg,
//     math, iframe and the like) lose it. That is exactly what DOMPurify (ALLOWED_TAGS [],
//     KEEP_CONTENT) over jsdom did before Issue 10; test/server/sanitize-differential.test.ts
//     runs both over the XSS corpora and generated hostile text and finds the same output, but
//     where DOMPurify found no body (it threw; now '') and where jsdom's tree misplaced text
//     foster-parented out of a table (now in the standard's order, as browsers show it).
//  3. The text that comes out may itself spell a tag again (`<<b>img …>` becomes `<img …>`), so
//     any `<` that an HTML tokenizer would read as the start of a tag, end tag, comment or
//     declaration (`<` followed by a letter, `/`, `!` or `?`) gets a space after it: `< img …>`.
//     Readable, and inert everywhere.
//
// No DOM is built: jsdom and DOMPurify cost 1–2.5 s of blocked event loop (every meeting of the
// process waited) and about 34 MB of heap on the first text with markup; parse5 alone costs
// about 50 ms and 2.5 MB (docs/performance.md, "The sanitiser without a DOM"). It is still
// loaded on the first text that needs a parse, not at start: almost no share holds markup.
import type * as Parse5 from 'parse5';
import type { DefaultTreeAdapterMap, TreeAdapter } from 'parse5';
import { lazyModule } from './lazy-module.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const parse5 = lazyModule<typeof Parse5>('parse5');
let parserUsed = false;

/** Whether this process has loaded the HTML parser yet (a test reads it: not at start, not for plain text). */
export function parserLoaded(): boolean {
  return parserUsed;
}

// Elements whose whole content is dropped, not just their tags: DOMPurify's default
// FORBID_CONTENTS (dompurify 3.4.18, the list the old step used). Everything inside an <svg> or
// <math> goes with it, so no foreign-content element is ever unwrapped; `textarea` is not in the
// list (its text is kept, made inert by step 3 like any other text).
const DROP_CONTENT = new Set(
  `annotation-xml audio colgroup desc foreignobject head iframe math mi mn mo ms mtext noembed noframes noscript
  plaintext script selectedcontent style svg template thead title video xmp`
    .split(/\s+/u)
    .filter(Boolean),
);

/** DOMPurify's mutation-XSS probe: markup-like text in an element's text and in its serialisation. */
const MARKUP_PROBE = /<[/\w!]/;

/**
 * Whether DOMPurify would drop `el` whole as a mutation-XSS suspect (its SAFE_FOR_XML check): it
 * has children, none of them an element, and both its text and its serialisation look like
 * markup. With every non-tag `<` escaped by step 1, no comment reaches the parser, so this can
 * only hold for elements whose content is dropped anyway; it is kept so this step stays as safe
 * as DOMPurify if step 1 ever changes. (DOMPurify's probe is a global regex whose lastIndex carries
 * over between tests, so it can miss a match; this one cannot, and drops at least as much.)
 */
function markupOnlyInside(el: Element): boolean {
  if (el.childNodes.length === 0 || el.childNodes.some((c) => 'tagName' in c)) return false;
  const text = el.childNodes.map((c) => (c.nodeName === '#text' ? (c as DefaultTreeAdapterMap['textNode']).value : '')).join('');
  return MARKUP_PROBE.test(text) && MARKUP_PROBE.test(parse5().serialize(el, { scriptingEnabled: false }));
}

/**
 * The text DOMPurify (ALLOWED_TAGS [], KEEP_CONTENT, RETURN_DOM) over jsdom left in the body of
 * `html` parsed as a document (scripting disabled, as DOMParser parses): text nodes in document
 * order; comments dropped; an element dropped with its content when it is in DROP_CONTENT or
 * markupOnlyInside, otherwise replaced by its content. A template's content is not among its
 * children (as in the DOM). The body itself is kept whatever it is. null when the document has
 * no body (`<frameset>` replaced it): DOMPurify returned null there, and the old step threw on it.
 * Not trimmed. Iterative, so deeply nested input cannot overflow the stack. Exported for
 * test/server/sanitize-differential.test.ts, which also passes `treeAdapter` (parse5's default
 * with jsdom's one deviation reproduced); the server calls it only through sanitizeText.
 */
export function htmlBodyText(html: string, treeAdapter?: TreeAdapter<DefaultTreeAdapterMap>): string | null {
  const doc = parse5().parse(html, { scriptingEnabled: false, ...(treeAdapter ? { treeAdapter } : {}) });
  parserUsed = true;
  const root = doc.childNodes.find((n) => n.nodeName === 'html') as Element | undefined;
  const body = root?.childNodes.find((n) => n.nodeName === 'body') as Element | undefined;
  if (!body) return null;
  let out = '';
  const stack: Node[] = [...body.childNodes].reverse();
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.nodeName === '#text') {
      out += (node as DefaultTreeAdapterMap['textNode']).value;
      continue;
    }
    if (!('tagName' in node)) continue;
    if (DROP_CONTENT.has(node.tagName.toLowerCase()) || markupOnlyInside(node)) continue;
    for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes[i]!);
  }
  return out;
}

/** What an HTML tokenizer reads as the start of a tag, an end tag, a comment or a declaration. */
const TAG_OPEN = /<(?=[A-Za-z/!?])/g;

// Element names of HTML, SVG and MathML (lower-cased) that someone pasting markup would use.
const ELEMENTS = new Set(
  `a abbr acronym address annotation-xml applet area article aside audio b base basefont bdi bdo bgsound big blink
  blockquote body br button canvas caption center cite code col colgroup data datalist dd del details dfn dialog dir
  div dl dt em embed fieldset figcaption figure font footer form frame frameset h1 h2 h3 h4 h5 h6 head header hgroup
  hr html i iframe image img input ins isindex kbd keygen label legend li link listing main map mark marquee menu
  menuitem meta meter nav nobr noembed noframes noscript object ol optgroup option output p param picture plaintext
  portal pre progress q rb rp rt rtc ruby s samp script search section select slot small source span strike strong
  style sub summary sup table tbody td template textarea tfoot th thead time title tr track tt u ul var video wbr xmp
  svg animate animatemotion animatetransform circle clippath defs desc ellipse feimage filter foreignobject g
  line lineargradient marker mask metadata mpath path pattern polygon polyline radialgradient rect set stop switch
  symbol text textpath tspan use view math maction maligngroup malignmark menclose merror mfenced mfrac mglyph mi
  mlabeledtext mmultiscripts mn mo mover mpadded mphantom mroot mrow ms mspace msqrt mstyle msub msup msubsup
  mtable mtd mtext mtr munder munderover semantics`
    .split(/\s+/u)
    .filter(Boolean),
);

// A whole tag: `<name>`, `</name>`, `<name/>`, `<name attr=value …>` (quoted or not, attributes
// separated by spaces or `/`).
const TAG = /<(\/?)([A-Za-z][A-Za-z0-9-]*)((?:[\s/]+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)[\s/]*>/g;

/**
 * Escapes every `<` and `&` except in what is plainly markup: a known element's end tag, or its
 * start tag with no attributes or with at least one `name=value`. "if a<b and b>c" reads as
 * `<b and b>` to a browser, but it is someone's words: bare words after a tag name are kept as
 * text. (Either way the result is inert; this only decides what is shown.) Exported for the
 * differential test.
 */
export function markOnlyRealTags(text: string): string {
  let out = '';
  let last = 0;
  for (const m of text.matchAll(TAG)) {
    const [whole, end, name, attrs] = m as unknown as [string, string, string, string];
    const known = ELEMENTS.has(name.toLowerCase());
    const markup = known && (end === '/' || attrs.trim() === '' || attrs.includes('='));
    out += escape(text.slice(last, m.index));
    out += markup ? whole : escape(whole);
    last = m.index + whole.length;
  }
  return out + escape(text.slice(last));
}

const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

let parses = 0;
/** How many texts have paid for a parse in this process (tests check the cheap checks come first). */
export function sanitizerParses(): number {
  return parses;
}

/** Makes sure no `<` in plain text can open a tag, comment or declaration. */
export function inertText(text: string): string {
  return text.replace(TAG_OPEN, '< ');
}

/**
 * Plain text in, plain text out: real tags removed (keeping their harmless text), everything
 * else kept as typed, and no `<` left that an HTML parser would read as markup. Idempotent.
 * Trims the result; the caller checks lengths on what this returns, not on what was sent. Markup
 * that leaves no body (`<frameset>`) cleans to '' (refused as empty by the caller). Never throws.
 */
export function sanitizeText(text: string): string {
  // Only text that could hold markup pays for a parse.
  if (!/<[A-Za-z!/?]/.test(text)) return text;
  parses++;
  // Ampersands are escaped so the parse cannot decode entities: what someone typed as
  // "&lt;b&gt;" stays those characters instead of becoming a real "<b>".
  return inertText((htmlBodyText(markOnlyRealTags(text)) ?? '').trim());
}

/** Applies sanitizeText to every string in a parsed payload, at any depth. */
export function sanitizePayload<T>(payload: T): T {
  if (typeof payload === 'string') return sanitizeText(payload) as T;
  if (Array.isArray(payload)) return payload.map((v) => sanitizePayload(v)) as T;
  if (!payload || typeof payload !== 'object') return payload;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(payload as Record<string, unknown>)) out[k] = sanitizePayload(v);
  return out as T;
}
