// What a page's live regions are given while watched, for tests of what a screen reader hears.

/** Whether `n` is inside a live region: aria-live polite/assertive, or a status, alert or log role (aria-live="off" ends the search). */
function inLiveRegion(n: Node | null): boolean {
  for (let el = n && n.nodeType === 1 ? (n as HTMLElement) : (n?.parentElement ?? null); el; el = el.parentElement) {
    const l = el.getAttribute('aria-live');
    if (l === 'polite' || l === 'assertive') return true;
    if (l === 'off') return false;
    if (['status', 'alert', 'log'].includes(el.getAttribute('role') ?? '')) return true;
  }
  return false;
}

/**
 * Every text put into a live region under `root` while watched: nodes added, text changed, and,
 * with `shown`, a live region (an alert) shown again with its words (its `hidden` or `role`
 * changed while it holds text). `stop()` ends the watch; `said` keeps the texts in order.
 */
export function watchLive(root: Node, opts: { shown?: boolean } = {}): { said: string[]; stop(): void } {
  const said: string[] = [];
  const obs = new MutationObserver((records) => {
    for (const m of records) {
      for (const n of m.addedNodes) if (inLiveRegion(m.target) && n.textContent) said.push(n.textContent);
      if (m.type === 'characterData' && inLiveRegion(m.target) && m.target.textContent) said.push(m.target.textContent);
      if (m.type === 'attributes' && inLiveRegion(m.target) && !(m.target as HTMLElement).hidden && m.target.textContent) said.push(m.target.textContent);
    }
  });
  obs.observe(root, { subtree: true, childList: true, characterData: true, ...(opts.shown ? { attributes: true, attributeFilter: ['hidden', 'role'] } : {}) });
  return { said, stop: () => obs.disconnect() };
}
