// The chair's count of flagged shares (view.guard.count) counts the shares that went out after a
// hint (nudge) and those held (hold): a fresh tester (2026-12-03) read "Shares sent after a hint:
// 3" with shares held and never sent among them.
import { describe, expect, it } from 'vitest';
import { dict } from '../../client/i18n.js';

describe("the chair's count of flagged shares", () => {
  it('names both what it counts, in both languages', () => {
    expect(dict('en').guardCount(3)).toMatch(/after a hint.*held/);
    expect(dict('nb').guardCount(3)).toMatch(/etter et hint.*holdt tilbake/);
    expect(dict('en').guardCountNone).toMatch(/held/);
    expect(dict('nb').guardCountNone).toMatch(/holdt tilbake/);
  });
});
