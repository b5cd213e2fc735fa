// Quick exit: one button, always visible, or Escape twice. It says goodbye without waiting,
// forgets everything in this tab and replaces the page, so Back does not return to the meeting.
import { clearAll } from './session.js';

let active: { leaveNow(): void } | null = null;

/** The meeting page registers its connection so a quick exit can leave the meeting first. */
export function setActiveSeat(seat: { leaveNow(): void } | null): void {
  active = seat;
}

export function quickExit(): void {
  try {
    active?.leaveNow();
  } finally {
    active = null;
    clearAll();
    location.replace('/exit');
  }
}

const DOUBLE_PRESS_MS = 1000;

export function installEscapeExit(): void {
  let last = 0;
  window.addEventListener(
    'keydown',
    (ev) => {
      if (ev.key !== 'Escape' || ev.repeat) return;
      const now = performance.now();
      if (now - last <= DOUBLE_PRESS_MS) {
        ev.preventDefault();
        quickExit();
        return;
      }
      last = now;
    },
    { capture: true },
  );
}
