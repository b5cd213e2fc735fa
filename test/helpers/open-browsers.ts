// The browsers this test file launched (helpers/browser.ts launchBrowser adds each one), kept
// apart from playwright so the per-test hook (close-test-pages.ts) costs nothing in the many
// test files that never start a browser.

/** What the hook needs of a playwright Browser: its open contexts. */
export interface ContextHolder {
  contexts(): { close(): Promise<void> }[];
}

/** Every browser launched in this test file and not yet disconnected. */
export const launchedBrowsers = new Set<ContextHolder>();

/** False in a file whose tests go on with the pages a test before them opened (a walk in steps). */
export const closing = { afterEachTest: true };

/**
 * For a file whose tests are steps of one walk, each going on with pages an earlier test opened:
 * its contexts stay open until the file's afterAll closes them.
 */
export function keepPagesBetweenTests(): void {
  closing.afterEachTest = false;
}
