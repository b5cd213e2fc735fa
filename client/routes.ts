// Pure URL logic: which page a path is, and what a pasted link or code points at.

export type Route = { page: 'landing' } | { page: 'meeting'; meetingId: string } | { page: 'group'; slug: string } | { page: 'privacy'; lang: 'nb' | 'en' } | { page: 'notFound' };

const ID = /^[A-Za-z0-9_-]{1,64}$/;

export function isMeetingId(s: string): boolean {
  return ID.test(s);
}

export function routeOf(pathname: string): Route {
  if (pathname === '/' || pathname === '') return { page: 'landing' };
  if (pathname === '/personvern') return { page: 'privacy', lang: 'nb' };
  if (pathname === '/privacy') return { page: 'privacy', lang: 'en' };
  const m = /^\/m\/([^/]+)\/?$/.exec(pathname);
  if (m && m[1] && isMeetingId(m[1])) return { page: 'meeting', meetingId: m[1] };
  const g = /^\/g\/([a-z0-9-]{1,64})\/?$/.exec(pathname);
  if (g && g[1]) return { page: 'group', slug: g[1] };
  return { page: 'notFound' };
}

/** Whether this page is a meeting's or a weekly group's (which holds its meeting): the quick exit leaves "the meeting" there, "Runde" elsewhere. */
export function inMeetingPage(pathname: string): boolean {
  const page = routeOf(pathname).page;
  return page === 'meeting' || page === 'group';
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

/** A meeting id is 16 random characters and a 10-character signature (server/ids.ts). */
export const MEETING_ID_LENGTH = 26;

/** What the landing page's "link or meeting code" box was given. */
export type JoinLinkResult =
  | { path: string }
  /** A join code on its own: it opens the door of a meeting, but cannot say which meeting. */
  | { problem: 'code' }
  | { problem: 'notLink' };

// People paste what they were sent: "<link> code: fjord-42" or "<link> kode fjord-42".
const CODE_LABEL = /^(?:join\s*)?(?:code|kode|koden|møtekode|inngangskode)[:=]?$/iu;

/**
 * A pasted link (any host: people paste what they were sent), a path, or a bare meeting id,
 * optionally followed by the join code; keeps a join code from the fragment or the text. A lone
 * join code is answered as one: the page then says to open the meeting's link first.
 */
export function parseJoinLink(input: string): JoinLinkResult {
  const whole = meetingPath(input.trim());
  if (whole) return { path: whole.code ? `${whole.path}#code=${encodeURIComponent(whole.code)}` : whole.path };
  const words = input.trim().split(/\s+/u).filter(Boolean);
  const first = words[0];
  if (!first) return { problem: 'notLink' };
  const rest = words.slice(1).filter((w, i) => !(i === 0 && CODE_LABEL.test(w)));
  const link = meetingPath(first);
  if (link) {
    if (rest.length === 0) return { path: link.code ? `${link.path}#code=${encodeURIComponent(link.code)}` : link.path };
    if (rest.length === 1 && rest[0]!.length <= 64) return { path: `${link.path}#code=${encodeURIComponent(rest[0]!)}` };
    return { problem: 'notLink' };
  }
  const label = CODE_LABEL.test(first) && words.length === 2;
  const lone = label ? words[1]! : words.length === 1 ? first : null;
  if (lone && lone.length <= 64 && !lone.includes('/') && !lone.includes(':')) return { problem: 'code' };
  return { problem: 'notLink' };
}

function meetingPath(text: string): { path: string; code?: string } | null {
  if (isMeetingId(text)) return text.length === MEETING_ID_LENGTH ? { path: `/m/${text}` } : null;
  if (!text.includes('/')) return null;
  let url: URL;
  try {
    url = new URL(text, 'https://placeholder.invalid');
  } catch {
    return null;
  }
  const route = routeOf(url.pathname);
  if (route.page !== 'meeting') return null;
  const { joinCode } = parseFragment(url.hash);
  return joinCode ? { path: `/m/${route.meetingId}`, code: joinCode } : { path: `/m/${route.meetingId}` };
}
