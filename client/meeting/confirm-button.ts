// A button that asks for a second press before doing something that cannot be undone (ending the
// meeting, removing a share for everyone). The first press arms it for 4 s and says so.
import { app } from '../app.js';
import { h, setText } from '../dom.js';

/**
 * `instead`, when given and returning true, has taken the press (asked in words) and the button
 * does nothing more.
 */
export function confirmButton(label: () => string, testid: string, cls: string, run: () => void, instead?: () => boolean): HTMLButtonElement {
  let armed: ReturnType<typeof setTimeout> | null = null;
  const btn = h('button', { class: cls, type: 'button', testid }, label());
  btn.addEventListener('click', () => {
    if (!armed && instead?.()) return;
    if (armed) {
      clearTimeout(armed);
      armed = null;
      setText(btn, label());
      btn.classList.remove('armed');
      run();
      return;
    }
    setText(btn, app.t.chairConfirm);
    btn.classList.add('armed');
    armed = setTimeout(() => {
      armed = null;
      setText(btn, label());
      btn.classList.remove('armed');
    }, 4000);
  });
  return btn;
}
