// The share guard's hints while typing (issue 12: "the same analysis runs in the page while
// typing, so the hint is there before Enter"). One component for the composer and the private
// draft box on deck, so both show the same hints in the same words. It follows the meeting's
// guard mode exactly as the server does (shared/guard/modes.ts): with the guard `off` only
// contact details are hinted at, since only they stop a share then.
import type { EchoSources } from '../../shared/guard/echo.js';
import type { GuardMode } from '../../shared/meeting/guard-mode.js';
import { shownWhileTyping, withServerFindings } from '../../shared/guard/modes.js';
import { app } from '../app.js';
import { h, replaceIfChanged } from '../dom.js';
import { onGuardLoaded } from '../guard.js';
import type { GuardHint } from './composer.js';

/** The guard's findings for a text (client/guard.ts analyze); `earlier`: the others' shares seen, for the echo check. */
export type Analyze = (text: string, otherNames: string[], lang: 'nb' | 'en', ownName?: string, earlier?: EchoSources) => GuardHint[];

/** What the hints are judged against: the others present, the meeting's language and guard mode. */
export interface HintContext {
  otherNames: string[];
  lang: 'nb' | 'en';
  mode: GuardMode;
  /** The writer's own pseudonym (GuardContext.ownName). */
  ownName?: string;
}

/** A hint as shown: one per wording, with every stretch of the text it is about (`matches`, as written). */
export type ShownHint = GuardHint & { matches: string[] };

/** The hints to show for `text` in `ctx.mode`, one per wording, each with the words it is about. */
export function shownHints(analyze: Analyze | undefined, text: string, ctx: HintContext): ShownHint[] {
  if (!analyze || !text.trim()) return [];
  const byWording = new Map<string, ShownHint>();
  for (const f of analyze(text, ctx.otherNames, ctx.lang, ctx.ownName)) {
    if (!shownWhileTyping(f, ctx.mode)) continue;
    const shown = byWording.get(f.hint.en) ?? { ...f, matches: [] };
    const match = f.kind === 'advice' && f.match ? adviceClause(text, f.match) : f.match;
    if (match && !shown.matches.includes(match)) shown.matches.push(match);
    byWording.set(f.hint.en, shown);
  }
  return [...byWording.values()];
}

/**
 * The clause an advice finding's words open, as written, up to the next , . ; : ! ? … or line
 * break: the rules match the words that make an order ("So be", "Du må"), and quoted alone they
 * read as nothing (a fresh tester, 2026-12-03: «So be» under "So be patient with yourself").
 * `match` as the guard gives it (NFC); when it is not found in `text`, it is returned as it is.
 */
export function adviceClause(text: string, match: string): string {
  const t = text.normalize('NFC');
  const at = t.indexOf(match);
  if (at < 0) return match;
  const rest = /^[^,.;:!?\n\u2026]*/u.exec(t.slice(at + match.length))?.[0] ?? '';
  return (match + rest).trimEnd();
}

/** At most this many UTF-16 units of a quoted stretch in a hint; longer ones end in "…". */
const QUOTE_MAX = 40;

/**
 * `m` cut to QUOTE_MAX units with "…", after its last whole word when one ends past half of it (a
 * fresh tester, 2026-12-05, read «…carry everythin…»); a single long word is cut where it must be.
 */
export function quoteCut(m: string): string {
  if (m.length <= QUOTE_MAX) return m;
  const head = m.slice(0, QUOTE_MAX - 1);
  const space = head.lastIndexOf(' ');
  return `${(space > QUOTE_MAX / 2 ? head.slice(0, space) : head).trimEnd()}…`;
}

/**
 * A hint's words, after the stretches of text it is about in quotes («Kari Nordmann»: …), so a
 * reader sees which words it means (a fresh tester: two name hints, neither saying which name).
 */
export function hintLine(f: GuardHint & { matches?: string[] }, lang: 'nb' | 'en'): string {
  const [open, close] = lang === 'nb' ? ['«', '»'] : ['\u201c', '\u201d'];
  const quoted = (f.matches ?? []).map((m) => `${open}${quoteCut(m)}${close}`);
  return quoted.length ? `${quoted.join(', ')}: ${f.hint[lang]}` : f.hint[lang];
}

export class LiveHints {
  readonly el: HTMLElement;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private rendered: (() => void) | null = null;

  /** `id`/`testid`: the container's (the composer's `composer-hints`/`guard-hints`). */
  constructor(
    id: string,
    testid: string,
    private analyze: Analyze | undefined,
  ) {
    this.el = h('div', { id, class: 'composer-hints', testid, 'aria-live': 'polite' });
    // Text typed before the guard's rules arrived (client/guard.ts) gets its hints when they do.
    onGuardLoaded(() => this.rendered?.());
  }

  /** Renders after a short pause in typing (300 ms): a hint per keystroke would flicker. */
  later(render: () => void): void {
    this.cancel();
    this.rendered = render;
    this.timer = setTimeout(render, 300);
  }

  cancel(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  /**
   * Shows the hints for `text`, with `after` (e.g. "send as it is") below them; `server`: the
   * findings of the server's GUARD_HINT for this text, whose kinds the page's rules missed get a
   * general hint.
   */
  show(text: string, ctx: HintContext, after: HTMLElement[] = [], server: { kind: string }[] = [], before: HTMLElement[] = []): void {
    const items = this.lines(text, ctx, server, 'guard-hint');
    const list = items ? [h('p', { class: 'hints-title' }, app.t.guardTitle), items] : [];
    // The server's own hint may name what the page did not see: its way out stays all the same.
    // Re-rendered with each view: a screen reader hears it again only when it changed.
    replaceIfChanged(this.el, ...before, ...list, ...after);
  }

  /**
   * The hints for `text` as a list (each item `<testid>-<kind>`), or null when there are none;
   * `server`: the server's findings for it (withServerFindings).
   */
  lines(text: string, ctx: HintContext, server: { kind: string }[], testid: string): HTMLElement | null {
    const items = withServerFindings(shownHints(this.analyze, text, ctx), server);
    return items.length ? h('ul', {}, ...items.map((f) => h('li', { testid: `${testid}-${f.kind}` }, hintLine(f, app.lang)))) : null;
  }

  /**
   * Whether contact or personal details are among the hints shown for `text` (the page's own
   * findings, or the server's `server` findings for it): what decides whether "everyone will see
   * the words quoted above too" is the thing to say. For advice or crosstalk the quoted words are
   * no one's details, and the line meant nothing there (a fresh tester, 2026-12-06, under a welcome).
   */
  showsDetails(text: string, ctx: HintContext, server: { kind: string }[]): boolean {
    return server.some((f) => f.kind === 'pii') || shownHints(this.analyze, text, ctx).some((f) => f.kind === 'pii');
  }

  /** Replaces the hints with other content (the composer's held share). */
  replace(...children: HTMLElement[]): void {
    replaceIfChanged(this.el, ...children);
  }
}
