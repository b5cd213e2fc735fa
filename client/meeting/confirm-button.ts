// A button that asks for a second press before doing something that cannot be undone (ending the
// meeting, removing a share for everyone). The first press arms it for CONFIRM_ARMED_MS and says so.
import { app } from '../app.js';
import { h, setText } from '../dom.js';
import { claimConfirm } from './one-confirm.js';

/**
 * How long a first press keeps the button armed, ms. 4 s was too short for a first-time chair on a
 * phone: a fresh tester (2026-12-05) read "Tap again to confirm", and the second tap found the
 * button back at "Remove for everyone".
 */
export const CONFIRM_ARMED_MS = 10_000;

/**
 * A button for `run` labelled `label()`, with `testid` and class `cls`: the first press arms it,
 * the second within CONFIRM_ARMED_MS runs it. Only one confirmation is pending on the page at a
 * time, and Escape takes it back (one-confirm.ts).
 * `instead`, when given and returning true, has taken the press (asked in words) and the button
 * does nothing more. `armedLabel`: what the armed button says (default "Press again to confirm"),
 * to name what the second press does.
 */
export function confirmButton(label: () => string, testid: string, cls: string, run: () => void, instead?: () => boolean, armedLabel: () => string = () => app.t.chairConfirm): HTMLButtonElement {
  let armed: ReturnType<typeof setTimeout> | null = null;
  let release = (): void => undefined;
  const btn = h('button', { class: cls, type: 'button', testid }, label());
  // Back to its first label, not run: timed out, taken back by Escape or by another confirmation.
  const disarm = (): void => {
    if (armed) clearTimeout(armed);
    armed = null;
    release();
    setText(btn, label());
    btn.classList.remove('armed');
  };
  btn.addEventListener('click', () => {
    if (!armed && instead?.()) return;
    if (armed) {
      disarm();
      run();
      return;
    }
    // One confirmation at a time (one-confirm.ts): any other pending one is taken back.
    release = claimConfirm(disarm);
    setText(btn, armedLabel());
    btn.classList.add('armed');
    armed = setTimeout(disarm, CONFIRM_ARMED_MS);
  });
  return btn;
}
