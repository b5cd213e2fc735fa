// One confirmation pending at a time, and Escape takes it back (client/meeting/one-confirm.ts).
// A fresh tester had two "Remove … for everyone? Press again" buttons armed at once, and Escape
// left the armed one armed. The press-again buttons (confirm-button.ts) and the asked questions
// (confirm-step.ts: End the round anyway?, Pass anyway?, …) share the one slot.
import { describe, expect, it } from 'vitest';
import { useDomGlobals } from '../helpers/dom-globals.js';

useDomGlobals(['window', 'document', 'HTMLElement', 'HTMLButtonElement', 'Node', 'Text', 'sessionStorage', 'localStorage', 'navigator', 'MouseEvent', 'KeyboardEvent', 'Event']);

const escape = (target: EventTarget = document.body): KeyboardEvent => {
  const e = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
  target.dispatchEvent(e);
  return e;
};

describe('press-again confirmations: one at a time, Escape cancels', () => {
  it('a second armed button takes the first back; Escape takes the armed one back and counts as having closed something', async () => {
    const { confirmButton } = await import('../../client/meeting/confirm-button.js');
    const { app } = await import('../../client/app.js');
    const ran: string[] = [];
    const a = confirmButton(() => 'Remove A', 'a', 'button', () => ran.push('a'));
    const b = confirmButton(() => 'Remove B', 'b', 'button', () => ran.push('b'));
    document.body.replaceChildren(a, b);
    a.click();
    expect(a.textContent).toBe(app.t.chairConfirm);
    b.click();
    // Never two pending: A is back at its label, and pressing it again only arms it.
    expect(b.textContent).toBe(app.t.chairConfirm);
    expect(a.textContent).toBe('Remove A');
    expect(a.classList.contains('armed')).toBe(false);
    a.click();
    expect(ran).toEqual([]);
    expect(b.textContent).toBe('Remove B');
    // Escape anywhere takes the armed one back, marked as having closed something (not half of the quick exit's pair).
    const e = escape(a);
    expect(e.defaultPrevented).toBe(true);
    expect(a.textContent).toBe('Remove A');
    a.click();
    expect(ran).toEqual([]);
    expect(a.textContent).toBe(app.t.chairConfirm);
    a.click();
    expect(ran).toEqual(['a']);
    // Nothing pending: Escape closes nothing and is left alone.
    expect(escape().defaultPrevented).toBe(false);
  });

  it('an asked question and an armed button never stand at once; Escape closes the question from anywhere', async () => {
    const { confirmButton } = await import('../../client/meeting/confirm-button.js');
    const { ConfirmStep } = await import('../../client/meeting/confirm-step.js');
    const ran: string[] = [];
    const btn = confirmButton(() => 'Remove A', 'a', 'button', () => ran.push('a'));
    const from = document.createElement('button');
    const step = new ConfirmStep('q');
    const other = new ConfirmStep('q2');
    document.body.replaceChildren(btn, from, step.el, other.el);
    btn.click();
    step.ask(['End the round anyway?'], 'End', from, () => ran.push('end'));
    expect(step.open).toBe(true);
    expect(btn.textContent).toBe('Remove A');
    // A second question closes the first.
    other.ask(['Pass anyway?'], 'Pass', from, () => ran.push('pass'));
    expect(other.open).toBe(true);
    expect(step.open).toBe(false);
    // Arming a button closes the question.
    btn.click();
    expect(other.open).toBe(false);
    step.ask(['End the round anyway?'], 'End', from, () => ran.push('end'));
    expect(btn.textContent).toBe('Remove A');
    // Escape with focus outside the question closes it, focus back where it was asked from.
    btn.focus();
    expect(escape(btn).defaultPrevented).toBe(true);
    expect(step.open).toBe(false);
    expect(document.activeElement).toBe(from);
    expect(ran).toEqual([]);
  });
});
