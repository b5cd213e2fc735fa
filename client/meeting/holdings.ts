// "What does the server hold about me?": a panel in the meeting (never a modal, so nothing covers
// the quick exit) that asks the server and shows each stored record, what it holds about you and
// the meeting, and how long it has left. The answer comes from the store itself (server/holdings.ts).
import type { Holdings } from '../../shared/privacy/holdings.js';
import type { Ack, HoldingsResult } from '../../shared/protocol.js';
import { app } from '../app.js';
import { fill, h, setText } from '../dom.js';
import { errorText } from '../errors.js';
import { factValue, factWords } from './holding-labels.js';

/** "3 t 59 min" / "3 h 59 min"; under a minute, seconds. */
export function lifetimeText(ms: number | null, lang: 'nb' | 'en'): string {
  if (ms === null) return lang === 'nb' ? 'ingen utløpstid' : 'no expiry';
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 60) return `${s} s`;
  const hours = Math.floor(s / 3600);
  const min = Math.floor((s % 3600) / 60);
  const hUnit = lang === 'nb' ? 't' : 'h';
  return hours > 0 ? `${hours} ${hUnit} ${min} min` : `${min} min`;
}


export class HoldingsPanel {
  readonly el: HTMLElement;
  private readonly body: HTMLElement;
  private readonly button: HTMLButtonElement;
  private open = false;

  constructor(private readonly ask: () => Promise<Ack<HoldingsResult>>) {
    const t = app.t;
    this.body = h('div', { class: 'holdings-body', testid: 'holdings', hidden: true, 'aria-live': 'polite' });
    this.button = h('button', { class: 'button ghost small', type: 'button', testid: 'holdings-open', 'aria-expanded': 'false', on: { click: () => void this.toggle() } }, t.holdingsButton);
    this.el = h('div', { class: 'holdings' }, this.button, this.body);
  }

  private async toggle(): Promise<void> {
    this.open = !this.open;
    this.button.setAttribute('aria-expanded', String(this.open));
    this.body.hidden = !this.open;
    if (!this.open) return;
    setText(this.body, app.t.loading);
    const r = await this.ask();
    if (!this.open) return;
    if (!r.ok) setText(this.body, errorText(r.code));
    else this.render(r.holdings);
  }

  private render(hs: Holdings): void {
    const t = app.t;
    fill(
      this.body,
      h('p', { class: 'hint' }, t.holdingsIntro(hs.store === 'redis' ? 'Redis' : t.holdingsMemory)),
      h(
        'ul',
        { class: 'holdings-list' },
        ...hs.items.map((i) =>
          h(
            'li',
            { testid: `holding-${i.item}` },
            h('strong', {}, t[`holding_${i.item}`]),
            h('p', { class: 'hint', testid: `holding-${i.item}-ttl` }, t.holdingsLeft(lifetimeText(i.ttlMs, app.lang))),
            // Each fact in words: a label, its value, and a short line on what it is.
            h(
              'dl',
              {},
              ...Object.entries(i.facts).flatMap(([k, v]) => {
                const words = factWords(i.item, k, app.lang);
                return [
                  h('dt', { 'data-fact': k }, words.label),
                  h('dd', {}, factValue(i.item, k, v, app.lang), words.about ? h('span', { class: 'hint fact-about' }, ` — ${words.about}`) : null),
                ];
              }),
            ),
            // The store's own name for the record, for whoever runs or audits the server.
            h('details', { class: 'holding-key' }, h('summary', {}, t.holdingsKey), h('code', {}, i.key)),
          ),
        ),
      ),
      h('p', { class: 'hint' }, t.holdingsAfter, ' ', h('a', { href: app.lang === 'nb' ? '/personvern' : '/privacy' }, t.privacyLink)),
    );
  }
}
