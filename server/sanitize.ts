// The one step where markup could arise: DOMPurify over jsdom, in one place. Text stays plain
// text. Clients render with textContent, but other clients may not, so what leaves here never
// parses as an HTML element or comment in any HTML parser:
//  1. Only `<` that opens a real HTML/SVG/MathML tag (`<b>`, `</p>`, `<img …`) is handed to the
//     parser as markup; every other `<` ("x<y", "<3", a lone "<", `<y and y>`) is escaped first
//     so the person's words survive as typed.
//  2. DOMPurify strips every element, keeping the text of harmless ones (script, style, textarea
//     and the like lose their content: that is where payloads hide).
//  3. The text that comes out may itself spell a tag again (`<<b>img …>` becomes `<img …>`), so
//     any `<` that an HTML tokenizer would read as the start of a tag, end tag, comment or
//     declaration (`<` followed by a letter, `/`, `!` or `?`) gets a space after it: `< img …>`.
//     Readable, and inert everywhere.
//
// jsdom is about 34 MB of heap, and almost no share holds markup: DOMPurify and its DOM are
// loaded on the first text that needs a parse (synchronously, through require), not at start.
import { createRequire } from 'node:module';
import type createDOMPurifyType from 'dompurify';

type Purifier = ReturnType<typeof createDOMPurifyType>;
let purifier: Purifier | null = null;

/** DOMPurify over a jsdom window, made on first use and kept for the life of the process. */
function purify(): Purifier {
  if (purifier) return purifier;
  const require = createRequire(import.meta.url);
  const createDOMPurify = require('dompurify') as typeof createDOMPurifyType;
  const { JSDOM } = require('jsdom') as typeof import('jsdom');
  purifier = createDOMPurify(new JSDOM('').window as unknown as Parameters<typeof createDOMPurifyType>[0]);
  return purifier;
}

/** Whether this process has loaded the DOM yet (the heap benchmark and a test read it). */
export function domLoaded(): boolean {
  return purifier !== null;
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
 * text. (Either way the result is inert; this only decides what is shown.)
 */
function markOnlyRealTags(text: string): string {
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
 * Trims the result; the caller checks lengths on what this returns, not on what was sent.
 */
export function sanitizeText(text: string): string {
  // Only text that could hold markup pays for a parse.
  if (!/<[A-Za-z!/?]/.test(text)) return text;
  parses++;
  // Ampersands are escaped so the parse cannot decode entities: what someone typed as
  // "&lt;b&gt;" stays those characters instead of becoming a real "<b>".
  const body = purify().sanitize(markOnlyRealTags(text), { ALLOWED_TAGS: [], KEEP_CONTENT: true, RETURN_DOM: true });
  return inertText((body.textContent ?? '').trim());
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
