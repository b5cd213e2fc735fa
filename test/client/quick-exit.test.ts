import { describe, expect, it } from 'vitest';
import { doublePress, isExitChord } from '../../client/quick-exit.js';

describe('Escape twice for quick exit', () => {
  it('fires on the second press within the window, even right after page load', () => {
    const pressed = doublePress(1000);
    expect(pressed(300)).toBe(false);
    expect(pressed(900)).toBe(true);
  });

  it('does not fire for presses further apart than the window', () => {
    const pressed = doublePress(1000);
    expect(pressed(0)).toBe(false);
    expect(pressed(1500)).toBe(false);
    expect(pressed(3000)).toBe(false);
  });

  it('needs a fresh pair after firing', () => {
    const pressed = doublePress(1000);
    pressed(100);
    expect(pressed(200)).toBe(true);
    expect(pressed(300)).toBe(false);
    expect(pressed(400)).toBe(true);
  });
});

describe('the other quick-exit shortcut', () => {
  it('is Alt+X by key position (Option+X on a Mac), and nothing with Ctrl or Cmd', () => {
    expect(isExitChord({ altKey: true, ctrlKey: false, metaKey: false, code: 'KeyX' })).toBe(true);
    expect(isExitChord({ altKey: false, ctrlKey: false, metaKey: false, code: 'KeyX' })).toBe(false);
    expect(isExitChord({ altKey: true, ctrlKey: true, metaKey: false, code: 'KeyX' })).toBe(false);
    expect(isExitChord({ altKey: true, ctrlKey: false, metaKey: true, code: 'KeyX' })).toBe(false);
    expect(isExitChord({ altKey: true, ctrlKey: false, metaKey: false, code: 'KeyZ' })).toBe(false);
  });
});
