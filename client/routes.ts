// Pure URL logic: which page a path is, and what a pasted link or code points at.

export type Route = { page: 'landing' } | { page: 'meeting'; meetingId: string } | { page: 'group'; slug: string } | { page: 'notFound' };

const ID = /^[A-Za-z0-9_-]{1,64}$/;

export function isMeetingId(s: string): boolean {
  return ID.test(s);
}

export function routeOf(pathname: string): Route {
  if (pathname === '/' || pathname === '') return { page: 'landing' };
  const m = /^\/m\/([^/]+)\/?$/.exec(pathname);
  if (m && m[1] && isMeetingId(m[1])) return { page: 'meeting', meetingId: m[1] };
  const g = /^\/g\/([a-z0-9-]{1,64})\/?$/.exec(pathname);
  if (g && g[1]) return { page: 'group', slug: g[1] };
  return { page: 'notFound' };
}

/** What the fragment carries: the creator's chair key and a closed meeting's join code. */
export function parseFragment(hash: string): { chairKey?: string; joinCode?: string } {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const out: { chairKey?: string; joinCode?: string } = {};
  const chair = params.get('chair');
  const code = params.get('code');
  if (chair && chair.length <= 64) out.chairKey = chair;
  if (code && code.length <= 64) out.joinCode = code;
  return out;
}

/**
 * A pasted link (any host: people paste what they were sent), a path, or a bare meeting id.
 * Returns the local path to open, keeping a join code from the fragment; null if it is none.
 */
export function parseJoinLink(input: string): string | null {
  const text = input.trim();
  if (!text) return null;
  if (isMeetingId(text)) return `/m/${text}`;
  let url: URL;
  try {
    url = new URL(text, 'https://placeholder.invalid');
  } catch {
    return null;
  }
  const route = routeOf(url.pathname);
  if (route.page !== 'meeting') return null;
  const { joinCode } = parseFragment(url.hash);
  return joinCode ? `/m/${route.meetingId}#code=${encodeURIComponent(joinCode)}` : `/m/${route.meetingId}`;
}
