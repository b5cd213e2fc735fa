// The hash of the code this page runs: the build writes the SHA-256 of the JavaScript bundle into
// index.html (<meta name="runde-code">), since a bundle cannot hold its own hash. The bundle names
// each chunk it imports (the guard's rules, client/guard.ts) by a hash of that chunk's content, so
// its hash covers them too. Anyone can build the published source (the build is reproducible)
// and compare.

/** "sha256-<64 hex>" of the running bundle, or null when the page was not built with one. */
export function codeHash(): string | null {
  const v = document.querySelector<HTMLMetaElement>('meta[name="runde-code"]')?.content ?? '';
  return /^sha256-[0-9a-f]{64}$/.test(v) ? v : null;
}
