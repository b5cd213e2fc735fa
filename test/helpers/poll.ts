// Polling for the shared test helpers. Vitest's `expect.poll` binds itself to the test that is
// current when it is called, and in a file whose tests run at once (`describe.concurrent`) there
// may be none by then ("expect.poll() must be called inside a test"): a helper called from such a
// test polls with this instead, which belongs to no test.

/**
 * Reads `read()` every `interval` ms (the next look starts after the last one answered) until
 * `ok` holds for what it returned, and returns that value. Throws, after `timeout` ms, an Error
 * naming `what` and the last value read (or the last error `read` threw).
 */
export async function pollUntil<T>(read: () => Promise<T>, ok: (v: T) => boolean, o: { timeout: number; interval?: number; what: string }): Promise<T> {
  const deadline = Date.now() + o.timeout;
  let last: { value: T } | { error: unknown } | undefined;
  for (;;) {
    try {
      const value = await read();
      if (ok(value)) return value;
      last = { value };
    } catch (error) {
      last = { error };
    }
    if (Date.now() >= deadline) break;
    await new Promise((r) => setTimeout(r, Math.min(o.interval ?? 100, Math.max(0, deadline - Date.now()))));
  }
  const seen = !last ? 'nothing' : 'value' in last ? JSON.stringify(last.value) : `an error: ${last.error instanceof Error ? last.error.message : String(last.error)}`;
  throw new Error(`${o.what}: not seen within ${o.timeout} ms; last seen ${seen}`);
}
