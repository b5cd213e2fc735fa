// The front page: what Runde is, meetings now and soon, join by link, and starting a meeting.
import { DEFAULT_GUARD_MODE, GUARD_MODES, type GuardMode } from '../../shared/meeting/guard-mode-names.js';
import { FORMATS } from '../../shared/meeting/formats.js';
import type { CreateMeetingPayload, DirectoryEntry } from '../../shared/protocol.js';
import { createMeeting, listMeetings, openPractice } from '../api.js';
import { app } from '../app.js';
import { choice, field, fill, h, setText } from '../dom.js';
import { errorText } from '../errors.js';
import { parseJoinLink } from '../routes.js';
import { saveSecret } from '../session.js';
import { formatStart, quarterTimes, startDays, startTime, waitInWords } from '../time.js';
import { JOIN_CODE_MIN, LIMITS } from '../wire.js';

export interface LandingOptions {
  navigate(path: string): void;
}

function directoryItem(m: DirectoryEntry, navigate: (p: string) => void, now: number): HTMLElement {
  const t = app.t;
  const format = FORMATS.find((f) => f.id === m.formatId);
  const started = m.startsAt === null || m.startsAt <= now;
  let when = m.phase === 'ended' ? t.directoryEnded : started ? t.directoryNow : t.directoryStarts(formatStart(m.startsAt!, now, app.lang));
  if (m.endsAt !== null && m.phase !== 'ended') when += ` ${t.directoryUntil(formatStart(m.endsAt, now, app.lang))}`;
  // Never who is inside, and no count below five: a small count in a small place can identify someone.
  // Nobody inside: a weekly group's door is open (a one-off meeting says nothing), never "a few".
  const present = m.present === null ? t.directoryFew : m.present === 0 ? (m.groupSlug ? t.directoryDoorOpen : null) : t.directoryPresent(m.present);
  const meta = (m.phase === 'scheduled' || m.phase === 'ended' ? [when, t.directoryWeekly] : m.groupSlug ? [when, t.directoryWeekly, present] : [when, present]).filter((x): x is string => !!x);
  const href = m.groupSlug ? `/g/${encodeURIComponent(m.groupSlug)}` : `/m/${encodeURIComponent(m.meetingId)}`;
  const key = m.groupSlug ?? m.meetingId;
  // A meeting its chair ended has no door to go through: no Join button beside "Ended".
  const join =
    m.phase === 'ended'
      ? null
      : h(
          'a',
          {
            class: 'button',
            href,
            testid: `directory-join-${key}`,
            on: {
              click: (e) => {
                e.preventDefault();
                navigate(href);
              },
            },
          },
          t.directoryJoin,
          h('span', { class: 'visually-hidden' }, `: ${m.title}`),
        );
  return h(
    'li',
    { class: 'meeting-card', testid: `directory-item-${key}` },
    h('div', { class: 'meeting-card-main' }, h('h3', {}, m.title), h('p', { class: 'meta' }, [format?.name[app.lang] ?? m.formatId, m.language === 'nb' ? t.languageNb : t.languageEn, m.access === 'open' ? t.accessOpen : t.accessClosed].join(' · ')), h('p', { class: 'meta', testid: `directory-when-${key}` }, meta.join(' · '))),
    join,
  );
}

/** The viewer's own time zone, named: every time on the page is shown in it. */
export const viewerZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

function directorySection(navigate: (p: string) => void): HTMLElement {
  const t = app.t;
  const list = h('ul', { class: 'directory-list', testid: 'directory', 'aria-busy': 'true' }, h('li', { class: 'hint' }, t.loading));
  const soon = h('ul', { class: 'directory-list', testid: 'directory-soon' });
  const soonBox = h('div', { hidden: true }, h('h3', { id: 'directory-soon-title' }, t.directorySoonTitle), soon);
  const nowTitle = h('h3', { id: 'directory-now-title', hidden: true }, t.directoryNowTitle);
  void listMeetings().then((r) => {
    list.removeAttribute('aria-busy');
    if (!r.ok) return fill(list, h('li', { class: 'hint', testid: 'directory-error' }, t.directoryError));
    if (!r.meetings.length) return fill(list, h('li', { class: 'hint', testid: 'directory-empty' }, t.directoryEmpty));
    const now = Date.now();
    const ordered = [...r.meetings].sort((a, b) => (a.startsAt ?? 0) - (b.startsAt ?? 0));
    const running = ordered.filter((m) => m.startsAt === null || m.startsAt <= now);
    const later = ordered.filter((m) => m.startsAt !== null && m.startsAt > now);
    nowTitle.hidden = false;
    fill(list, ...(running.length ? running.map((m) => directoryItem(m, navigate, now)) : [h('li', { class: 'hint', testid: 'directory-empty' }, t.directoryEmpty)]));
    soonBox.hidden = later.length === 0;
    fill(soon, ...later.map((m) => directoryItem(m, navigate, now)));
  });
  return h(
    'section',
    { class: 'card directory-card', 'aria-labelledby': 'directory-title' },
    h('h2', { id: 'directory-title' }, t.directoryTitle),
    h('p', { class: 'hint', testid: 'directory-zone' }, t.directoryZone(viewerZone())),
    nowTitle,
    list,
    soonBox,
  );
}

function joinLinkSection(navigate: (p: string) => void): HTMLElement {
  const t = app.t;
  const input = h('input', { type: 'text', id: 'join-link-input', testid: 'join-link-input', autocomplete: 'off', spellcheck: 'false', inputmode: 'url' });
  const error = h('p', { class: 'hint warn', testid: 'join-link-error', role: 'alert', hidden: true });
  const form = h(
    'form',
    {
      testid: 'join-link-form',
      novalidate: true,
      on: {
        submit: (e) => {
          e.preventDefault();
          const r = parseJoinLink(input.value);
          if ('problem' in r) {
            setText(error, r.problem === 'code' ? app.t.joinLinkIsCode : app.t.joinLinkInvalid);
            error.hidden = false;
            input.focus();
            return;
          }
          navigate(r.path);
        },
      },
    },
    // Label above, then the box and its button on one row (wrapping on a phone), in every language.
    h('label', { for: 'join-link-input', class: 'field-label' }, t.joinLinkLabel),
    h('div', { class: 'inline-form' }, input, h('button', { class: 'button', type: 'submit', testid: 'join-link-submit' }, t.joinLinkSubmit)),
    error,
  );
  return h('section', { class: 'card join-card', 'aria-labelledby': 'join-link-title' }, h('h2', { id: 'join-link-title' }, t.joinLinkTitle), form);
}

/** "Starts (optional)": a day and a quarter hour, in the page's language whatever the browser's. */
function startsAtPicker(): { el: HTMLElement; value(): number | null } {
  const t = app.t;
  const opened = Date.now();
  const day = h(
    'select',
    { id: 'create-starts-day', testid: 'create-starts-day' },
    h('option', { value: '' }, t.createStartsNotSet),
    ...startDays(opened, app.lang, { today: t.createStartsToday, tomorrow: t.createStartsTomorrow }).map((d) => h('option', { value: String(d.offset) }, d.label)),
  );
  const time = h('select', { id: 'create-starts-time', testid: 'create-starts-time' });
  const timeField = h('div', { class: 'field' }, h('label', { for: 'create-starts-time' }, t.createStartsTime), time);
  const syncTimes = () => {
    timeField.hidden = day.value === '';
    if (day.value === '') return;
    // Today offers only what is still ahead; keep the chosen time when the new day has it.
    const times = day.value === '0' ? quarterTimes(Date.now()) : quarterTimes();
    const keep = time.value || quarterTimes(Date.now())[0] || '19:00';
    time.replaceChildren(...times.map((v) => h('option', { value: v }, v)));
    time.value = times.includes(keep) ? keep : (times[0] ?? '');
  };
  day.addEventListener('change', syncTimes);
  syncTimes();
  const el = h(
    'fieldset',
    { class: 'starts-at', testid: 'create-starts-at' },
    h('legend', {}, t.createStartsAt),
    h('div', { class: 'starts-at-row' }, h('div', { class: 'field' }, h('label', { for: 'create-starts-day' }, t.createStartsDay), day), timeField),
  );
  return {
    el,
    value: () => (day.value === '' || !time.value ? null : startTime(opened, Number(day.value), time.value)),
  };
}

function createSection(navigate: (p: string) => void): HTMLElement {
  const t = app.t;
  const title = h('input', { type: 'text', testid: 'create-title', required: true, maxlength: String(LIMITS.titleChars), autocomplete: 'off' });
  const formatHint = h('p', { class: 'hint', id: 'create-format-desc' });
  const format = h(
    'select',
    { testid: 'create-format', 'aria-describedby': 'create-format-desc' },
    ...FORMATS.map((f) => h('option', { value: f.id }, f.name[app.lang])),
  );
  const describeFormat = () => setText(formatHint, FORMATS.find((f) => f.id === format.value)?.description[app.lang] ?? '');
  format.addEventListener('change', describeFormat);
  describeFormat();
  const language = h(
    'select',
    { testid: 'create-language' },
    h('option', { value: 'nb', props: { selected: app.lang === 'nb' } }, t.languageNb),
    h('option', { value: 'en', props: { selected: app.lang === 'en' } }, t.languageEn),
  );
  const open = h('input', { type: 'radio', name: 'access', value: 'open', testid: 'create-access-open', props: { checked: true } });
  const closed = h('input', { type: 'radio', name: 'access', value: 'closed', testid: 'create-access-closed' });
  const code = h('input', { type: 'text', testid: 'create-join-code', minlength: '4', maxlength: String(LIMITS.joinCodeMax), autocomplete: 'off' });
  const codeField = field(t.createJoinCode, code);
  codeField.hidden = true;
  const syncAccess = () => (codeField.hidden = !closed.checked);
  open.addEventListener('change', syncAccess);
  closed.addEventListener('change', syncAccess);
  // Off until the chair chooses it: the title of a small group's meeting in a public list can be
  // enough to tell who meets (a fresh tester, 2026-12-04: a first-time chair of a rural relatives
  // group would publish it without meaning to).
  const listed = h('input', { type: 'checkbox', testid: 'create-listed' });
  const discreet = h('input', { type: 'checkbox', testid: 'create-discreet' });
  // The share guard's mode from the start (nudge by default); the chair can change it in the meeting.
  const guardMode = h(
    'select',
    { testid: 'create-guard-mode' },
    ...GUARD_MODES.map((m) => h('option', { value: m, props: { selected: m === DEFAULT_GUARD_MODE } }, t[`guardMode_${m}`])),
  );
  const startsAt = startsAtPicker();
  const submit = h('button', { class: 'button primary', type: 'submit', testid: 'create-submit' }, t.createSubmit);
  const error = h('p', { class: 'banner error', testid: 'create-error', role: 'alert', hidden: true });
  // Each field says what is wrong with it, by the field (checked before sending, and the server's
  // refusal mapped to its field): never only "the request is malformed" at the top.
  const titleField = field(t.createTitleLabel, title, t.createTitleHint);
  const formatField = h('div', { class: 'field' }, h('label', { for: 'create-format' }, t.createFormat), format, formatHint);
  const fieldErrors = {
    title: fieldError(title, titleField, 'create-title-error'),
    joinCode: fieldError(code, codeField, 'create-join-code-error'),
    formatId: fieldError(format, formatField, 'create-format-error'),
  };
  const clearErrors = () => {
    error.hidden = true;
    for (const f of Object.values(fieldErrors)) f.set(null);
  };
  /** What is wrong with the form as filled in, field by field, before anything is sent. */
  const check = (p: CreateMeetingPayload, rawCode: string): boolean => {
    if (!p.title) fieldErrors.title.set(app.t.createErrTitleEmpty);
    if (closed.checked && rawCode && (rawCode.length < JOIN_CODE_MIN || rawCode.length > LIMITS.joinCodeMax)) fieldErrors.joinCode.set(app.t.createErrJoinCode(JOIN_CODE_MIN, LIMITS.joinCodeMax));
    const first = Object.values(fieldErrors).find((f) => f.shown);
    first?.focus();
    return !first;
  };
  /** The server named the field at fault: say it there. */
  const showServerField = (name: string | undefined): boolean => {
    const f = name === 'title' ? fieldErrors.title : name === 'joinCode' ? fieldErrors.joinCode : name === 'formatId' ? fieldErrors.formatId : null;
    if (!f || !name) return false;
    f.set(name === 'title' ? app.t.createErrTitle(LIMITS.titleChars) : name === 'joinCode' ? app.t.createErrJoinCode(JOIN_CODE_MIN, LIMITS.joinCodeMax) : app.t.createErrFormat);
    f.focus();
    return true;
  };

  const form = h(
    'form',
    {
      class: 'create-form',
      testid: 'landing-create-form',
      novalidate: true,
      on: {
        submit: async (e) => {
          e.preventDefault();
          clearErrors();
          const payload: CreateMeetingPayload = {
            title: title.value.trim(),
            formatId: format.value,
            language: language.value === 'en' ? 'en' : 'nb',
            access: closed.checked ? 'closed' : 'open',
            listed: listed.checked,
          };
          if (discreet.checked) payload.discreet = true;
          if (guardMode.value !== DEFAULT_GUARD_MODE) payload.guardMode = guardMode.value as GuardMode;
          const joinCode = code.value.trim();
          if (closed.checked && joinCode) payload.joinCode = joinCode;
          const start = startsAt.value();
          if (start !== null && start > 0) payload.startsAt = start;
          if (!check(payload, joinCode)) return;
          submit.disabled = true;
          setText(submit, t.createBusy);
          const r = await createMeeting(payload);
          submit.disabled = false;
          setText(submit, t.createSubmit);
          if (!r.ok) {
            if (r.code === 'INVALID_PAYLOAD' && showServerField(r.field)) return;
            // Refused by the creation limit: say how long to wait, not "a moment". The form keeps
            // everything typed, so sending again later is one press.
            setText(error, r.code === 'RATE_LIMITED' && r.retryAfterMs ? app.t.createRateLimited(waitInWords(app.t, r.retryAfterMs)) : errorText(r.code));
            error.hidden = false;
            return;
          }
          if (payload.joinCode) saveSecret('joinCode', r.meetingId, payload.joinCode);
          // The chair key goes to the door in memory: never in an address the history keeps.
          saveSecret('chairKey', r.meetingId, r.chairKey);
          navigate(`/m/${encodeURIComponent(r.meetingId)}`);
        },
      },
    },
    error,
    titleField,
    formatField,
    field(t.createLanguage, language),
    h('fieldset', {}, h('legend', {}, t.createAccess), choice(open, t.createAccessOpen), choice(closed, t.createAccessClosed), codeField),
    choice(listed, t.createListed),
    choice(discreet, t.createDiscreet),
    field(t.guardModeLabel, guardMode, t.guardModeHint),
    startsAt.el,
    submit,
  );
  format.id = 'create-format';
  return h('section', { class: 'card create-card', 'aria-labelledby': 'create-title-h' }, h('h2', { id: 'create-title-h' }, t.createTitle), h('p', { class: 'hint' }, t.createLead), form);
}

/** Practise chairing alone with simulated members (Issue 15): never listed, nobody else gets in. */
function practiceSection(navigate: (p: string) => void): HTMLElement {
  const t = app.t;
  const error = h('p', { class: 'banner error', testid: 'practice-error', role: 'alert', hidden: true });
  const advice = h('input', { type: 'checkbox', testid: 'practice-advice' });
  const interrupter = h('input', { type: 'checkbox', testid: 'practice-interrupter' });
  const btn: HTMLButtonElement = h(
    'button',
    {
      class: 'button secondary',
      type: 'button',
      testid: 'practice-open',
      on: {
        click: async () => {
          btn.disabled = true;
          const r = await openPractice(app.lang, advice.checked, interrupter.checked);
          btn.disabled = false;
          if (!r.ok) {
            setText(error, r.code === 'RATE_LIMITED' && r.retryAfterMs ? app.t.practiceRateLimited(waitInWords(app.t, r.retryAfterMs)) : errorText(r.code));
            error.hidden = false;
            return;
          }
          saveSecret('chairKey', r.meetingId, r.chairKey);
          navigate(`/m/${encodeURIComponent(r.meetingId)}`);
        },
      },
    },
    t.practiceOpen,
  );
  return h('section', { class: 'card practice-card', 'aria-labelledby': 'practice-title-h' }, h('h2', { id: 'practice-title-h' }, t.practiceTitle), h('p', { class: 'hint' }, t.practiceLead), choice(advice, t.practiceAdvice, t.practiceAdviceHint), choice(interrupter, t.practiceInterrupter, t.practiceInterrupterHint), error, btn);
}

export function renderLanding(container: HTMLElement, o: LandingOptions): void {
  const t = app.t;
  fill(
    container,
    h(
      'div',
      { class: 'page landing', testid: 'landing' },
      h('section', { class: 'hero' }, h('h1', {}, t.landingTitle), h('p', { class: 'lead' }, t.landingLead), h('p', { class: 'promise' }, t.landingPromise)),
      directorySection(o.navigate),
      joinLinkSection(o.navigate),
      createSection(o.navigate),
      practiceSection(o.navigate),
    ),
  );
}

/**
 * A field's own error line, under it: role=alert, tied to the control by aria-describedby, and
 * aria-invalid on the control while it shows.
 */
function fieldError(control: HTMLElement, wrap: HTMLElement, testid: string): { set(text: string | null): void; readonly shown: boolean; focus(): void } {
  const el = h('p', { class: 'field-error', id: testid, testid, role: 'alert', hidden: true });
  wrap.appendChild(el);
  const described = control.getAttribute('aria-describedby');
  control.setAttribute('aria-describedby', described ? `${described} ${testid}` : testid);
  return {
    set(text: string | null): void {
      setText(el, text ?? '');
      el.hidden = text === null;
      if (text === null) control.removeAttribute('aria-invalid');
      else control.setAttribute('aria-invalid', 'true');
    },
    get shown(): boolean {
      return !el.hidden;
    },
    focus(): void {
      control.focus();
    },
  };
}
