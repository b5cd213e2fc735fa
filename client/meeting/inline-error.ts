// Every error appears next to the control that caused it, not in a banner out of view: a chair
// who pressed a button at the foot of the panel must see why it did nothing right there.
import { h, setText } from '../dom.js';

const HIDE_AFTER_MS = 8000;
const timers = new WeakMap<HTMLElement, ReturnType<typeof setTimeout>>();

/** Shows `text` in an alert right after `anchor` (or after the row or form it sits in). */
export function errorNear(anchor: HTMLElement, text: string): void {
  // A person's menu closes after an action: the error goes under the person's name instead.
  const row = anchor.closest('details.menu')?.closest('li')?.querySelector<HTMLElement>('.who');
  let box: HTMLElement | null;
  if (row) {
    box = row.querySelector<HTMLElement>(':scope > .inline-error');
    if (!box) box = row.appendChild(h('span', { class: 'inline-error', role: 'alert', testid: 'inline-error' }));
  } else {
    const host = anchor.closest<HTMLElement>('.button-wrap, form, .inline-form, .choice') ?? anchor;
    box = host.nextElementSibling as HTMLElement | null;
    if (!box?.classList.contains('inline-error')) {
      box = h('p', { class: 'inline-error', role: 'alert', testid: 'inline-error' });
      host.insertAdjacentElement('afterend', box);
    }
  }
  setText(box, text);
  box.hidden = false;
  const el = box;
  const old = timers.get(el);
  if (old) clearTimeout(old);
  timers.set(
    el,
    setTimeout(() => {
      el.hidden = true;
    }, HIDE_AFTER_MS),
  );
}
