// The one way the client builds DOM. Text always goes in as text nodes: nothing here can parse
// markup, so what other people type can never become HTML (the CSP's Trusted Types backs this up).

export type Child = Node | string | null | undefined | false;
type Listener = (ev: Event) => void;
export type Props = {
  class?: string;
  testid?: string;
  on?: Partial<Record<keyof HTMLElementEventMap, Listener>>;
  /** DOM properties for form controls (value, checked, disabled …). */
  props?: Record<string, unknown>;
} & Record<string, unknown>;

const RESERVED = new Set(['class', 'testid', 'on', 'props']);

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, p: Props = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (p.class) el.className = p.class;
  if (p.testid) el.dataset.testid = p.testid;
  for (const [k, v] of Object.entries(p)) {
    if (RESERVED.has(k) || v === undefined || v === null || v === false) continue;
    el.setAttribute(k, v === true ? '' : String(v));
  }
  if (p.on) for (const [type, fn] of Object.entries(p.on)) if (fn) el.addEventListener(type, fn);
  if (p.props) Object.assign(el, p.props);
  append(el, ...children);
  return el;
}

export function append(el: Node, ...children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    el.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
  }
}

/** Replace an element's children. */
export function fill(el: Node, ...children: Child[]): void {
  while (el.firstChild) el.removeChild(el.firstChild);
  append(el, ...children);
}

export function setText(el: Node, text: string): void {
  if (el.textContent !== text) el.textContent = text;
}

/**
 * Replaces `el`'s children with `children` only when the markup differs: a live region
 * (aria-live) re-rendered with the same content is announced again (a fresh tester, 2026-12-05,
 * heard the share guard's hint about seven times in two minutes as others joined and left). The
 * old nodes stay, with their listeners and focus. Returns whether anything changed.
 */
export function replaceIfChanged(el: Element, ...children: Element[]): boolean {
  const now = el.childNodes;
  if (now.length === children.length && children.every((c, i) => c.isEqualNode(now[i]!))) return false;
  el.replaceChildren(...children);
  return true;
}

export function show(el: HTMLElement, visible: boolean): void {
  el.hidden = !visible;
}

let idCounter = 0;
export function uid(prefix: string): string {
  idCounter += 1;
  return `${prefix}-${idCounter}`;
}

/** A labelled form field: label, control, optional hint, wired with for/aria-describedby. */
export function field(label: string, control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement, hint?: string): HTMLElement {
  const id = control.id || uid('f');
  control.id = id;
  const hintEl = hint ? h('p', { class: 'hint', id: `${id}-hint` }, hint) : null;
  if (hintEl) control.setAttribute('aria-describedby', hintEl.id);
  return h('div', { class: 'field' }, h('label', { for: id }, label), hintEl, control);
}

/** A checkbox or radio with its label to the right. */
export function choice(input: HTMLInputElement, label: string, hint?: string): HTMLElement {
  const id = input.id || uid('c');
  input.id = id;
  const hintEl = hint ? h('span', { class: 'hint', id: `${id}-hint` }, hint) : null;
  if (hintEl) input.setAttribute('aria-describedby', hintEl.id);
  return h('div', { class: 'choice' }, input, h('div', {}, h('label', { for: id }, label), hintEl));
}

/**
 * Whether focus is at rest in `doc`: nowhere, on the body, or on an element only the page puts it
 * on (tabindex -1, not a control: the meeting's heading, the turn line, a notice). Then the page
 * may move it (a question asked, your turn, a draft taken in); on a control or in a field it was
 * the person's doing and stays. Since the meeting's first showing puts focus on its heading
 * (meeting.ts enterMeeting), "on the body" alone no longer meant "the person is not busy".
 */
export function focusAtRest(doc: Document = document): boolean {
  const a = doc.activeElement;
  if (!a || a === doc.body) return true;
  return a.getAttribute('tabindex') === '-1' && !a.matches('button, input, textarea, select, a[href], summary, [contenteditable="true"]');
}
