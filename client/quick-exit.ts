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

/** True on the second of two presses within `windowMs`; a triggered pair starts over. */
export function doublePress(windowMs = DOUBLE_PRESS_MS): (now: number) => boolean {
  // Not 0: right after page load the clock itself is below the window.
  let last = Number.NEGATIVE_INFINITY;
  return (now) => {
    if (now - last <= windowMs) {
      last = Number.NEGATIVE_INFINITY;
      return true;
    }
    last = now;
    return false;
  };
}

export function installEscapeExit(): void {
  const pressed = doublePress();
  window.addEventListener(
    'keydown',
    (ev) => {
      if (ev.key !== 'Escape' || ev.repeat) return;
      if (pressed(performance.now())) {
        ev.preventDefault();
        quickExit();
      }
    },
    { capture: true },
  );
}
