// The door: a pseudonym (with calm suggestions and a warning against real names), share or only
// listen, "I can chair", a join code for closed meetings, and the meeting's confidentiality
// statement, which must be ticked before the join button wakes up.
import { CONFIDENTIALITY, findFormat } from '../../shared/meeting/formats.js';
import type { JoinPayload } from '../../shared/protocol.js';
import type { MeetingCard } from '../api.js';
import type { Lang } from '../i18n.js';
import { app } from '../app.js';
import { choice, field, fill, h, setText } from '../dom.js';
import { discreetTabSwitch } from '../discreet-tab.js';
import { looksLikeFullName, suggestNames } from '../names.js';
import { LIMITS, PROTOCOL_VERSION } from '../wire.js';
import { errorText } from '../errors.js';
import { pseudonymProblem } from '../../shared/guard/pseudonym.js';
import { normalizeName } from '../../shared/text.js';

export interface JoinState {
  name: string;
  suggestions: string[];
  /** The language the suggestions are in: the door makes new ones when the page's changes. */
  suggestionsLang?: Lang;
  /**
   * Names the door must not suggest: those the others had when this tab last saw the meeting (a
   * seat lost); a door a newcomer opens knows none (names are the room's, not the door's).
   */
  inUse?: string[];
  role: 'participant' | 'listener';
  volunteer: boolean;
  pledge: boolean;
  joinCode: string;
  /** "This is my first meeting": only the chair and the greeter will see it. */
  firstTime: boolean;
  /**
   * The pseudonym (normalised) a join of this person was accepted with, or null. It is their own
   * choice, made after any hint: when the form comes back with it (the seat given up, the code
   * typed again) the real-name hint does not doubt it again. The hint is for a name being chosen.
   */
  accepted: string | null;
  /**
   * The suggestion (normalised) last put in the name box by a tap on it, or null: a refusal of
   * that name is someone else's taking it, never the person's own seat from before.
   */
  picked?: string | null;
  /**
   * The code the door refused (trimmed), when the form came back by "Try the code again": the
   * code field is marked wrong, with a line saying so, until the code is changed. Null otherwise.
   */
  wrongCode?: string | null;
}

export function newJoinState(joinCode: string | null): JoinState {
  return { name: '', suggestions: suggestNames(app.lang, 3), suggestionsLang: app.lang, role: 'participant', volunteer: false, pledge: false, joinCode: joinCode ?? '', firstTime: false, accepted: null };
}

export interface JoinOptions {
  meetingId: string;
  card: MeetingCard;
  state: JoinState;
  chairKey: string | null;
  error: string | null;
  /** Another tab of this browser already holds a seat in this meeting: the door says so first. */
  otherTab?: boolean;
  /**
   * The door came back because this person's seat was given up: the chair link brings nobody back
   * to a seat now, so the chair note does not promise it (a fresh tester, 2026-12-05).
   */
  seatGone?: boolean;
  /**
   * The chair key this tab held opens no chair here (the card's `chairKeyWrong`: a wrong key, or a
   * weekly group's one-time key already spent); the tab let it go, and the door says so instead
   * of promising the chair (a fresh tester, 2026-12-06).
   */
  keyWrong?: boolean;
  /** Moves that tab's seat here (resolves false when no tab gave it). */
  moveHere?(): Promise<boolean>;
  submit(payload: JoinPayload): void;
}

export function renderJoin(container: HTMLElement, o: JoinOptions): void {
  const t = app.t;
  const s = o.state;
  // A fresh tester (2026-12-05) switched the door to English and was still offered "Modig Fjord".
  if (s.suggestionsLang !== app.lang) {
    s.suggestions = suggestNames(app.lang, 3, undefined, s.inUse);
    s.suggestionsLang = app.lang;
  }
  const format = findFormat(o.card.formatId);
  const langName = o.card.language === 'nb' ? t.languageNb : t.languageEn;
  const access = o.card.access === 'open' ? t.accessOpen : t.accessClosed;

  const name = h('input', {
    type: 'text',
    testid: 'join-name',
    autocomplete: 'off',
    autocapitalize: 'words',
    spellcheck: 'false',
    maxlength: String(LIMITS.nameMax),
    required: true,
    props: { value: s.name },
  });
  // Not a live region: it changes with every keystroke, and a screen reader read "looks like a role"
  // after three letters (a fresh tester, 2026-12-05). It describes the field instead, which says
  // whether it is invalid (WCAG 3.3.1).
  const warning = h('p', { class: 'hint warn', id: 'join-name-warning', testid: 'join-name-warning' });
  const suggestions = h('div', { class: 'suggestions', role: 'group', 'aria-label': t.joinNameSuggestions });
  const renderSuggestions = () =>
    fill(
      suggestions,
      h('span', { class: 'hint', 'aria-hidden': 'true' }, t.joinNameSuggestions),
      ...s.suggestions.map((n, i) =>
        h(
          'button',
          {
            class: 'chip',
            type: 'button',
            testid: `join-name-suggestion-${i}`,
            on: {
              click: () => {
                name.value = n;
                s.picked = normalizeName(n);
                sync();
                name.focus();
              },
            },
          },
          n,
        ),
      ),
      h(
        'button',
        {
          class: 'chip ghost',
          type: 'button',
          testid: 'join-name-refresh',
          on: {
            click: () => {
              s.suggestions = suggestNames(app.lang, 3, undefined, s.inUse);
              s.suggestionsLang = app.lang;
              renderSuggestions();
              suggestions.querySelector<HTMLButtonElement>('[data-testid="join-name-suggestion-0"]')?.focus();
            },
          },
        },
        t.joinNameOther,
      ),
    );
  renderSuggestions();

  const radio = (value: JoinState['role'], label: string, testid: string, hint?: string) =>
    choice(h('input', { type: 'radio', name: 'role', value, testid, props: { checked: s.role === value }, on: { change: () => ((s.role = value), sync()) } }), label, hint);
  const volunteer = h('input', { type: 'checkbox', testid: 'join-volunteer', props: { checked: s.volunteer || !!o.chairKey, disabled: !!o.chairKey } });
  const pledge = h('input', { type: 'checkbox', testid: 'join-pledge', props: { checked: s.pledge } });
  const firstTime = h('input', { type: 'checkbox', testid: 'join-first-time', props: { checked: s.firstTime } });
  const code = h('input', { type: 'text', testid: 'join-code', autocomplete: 'off', maxlength: String(LIMITS.joinCodeMax), props: { value: s.joinCode } });
  // Back by "Try the code again" (meeting.ts retryCode): the field says its code did not match,
  // tied to it for a screen reader (a fresh tester: the form came back with nothing said there).
  const codeWrong = h('p', { class: 'field-error', id: 'join-code-wrong', testid: 'join-code-wrong', hidden: true }, t.joinCodeWrong);
  const submit = h('button', { class: 'button primary large', type: 'submit', testid: 'join-submit', 'aria-describedby': 'join-submit-reason' }, t.joinSubmit);
  // Why the button is off, in words, under it (a fourth fresh tester, 2026-12-04: a name of only
  // spaces left it grey with nothing said; an older member may not see what is missing).
  // Live from the first step taken in the form, not at the door's first showing: what is missing
  // is shown then but said only as it changes (a fresh tester's screen reader was given "Write a
  // nickname above… Tick «I promise»…" on load, before anything was done).
  const submitReason = h('p', { class: 'hint', id: 'join-submit-reason', testid: 'join-submit-reason', 'aria-live': 'off' });
  // Focusable (tabindex -1): the door opened after a lost seat moves to this explanation, at the top
  // of the form, not wherever the meeting page was scrolled (fresh tester: the reason was off-screen).
  const error = h('p', { class: 'banner error', testid: 'join-error', role: 'alert', tabindex: '-1', hidden: !o.error }, o.error ?? '');
  const offline = offlineLine(container);

  function sync(): void {
    s.name = name.value;
    s.volunteer = volunteer.checked;
    s.pledge = pledge.checked;
    s.firstTime = firstTime.checked;
    s.joinCode = code.value;
    // The mark is for the refused code: a changed code is a new try.
    if (s.wrongCode != null && code.value.trim() !== s.wrongCode) s.wrongCode = null;
    codeWrong.hidden = s.wrongCode == null;
    if (s.wrongCode != null) code.setAttribute('aria-invalid', 'true');
    else code.removeAttribute('aria-invalid');
    // The server's own rule, in the server's own words (NAME_CONTACT, NAME_CHARACTERS, NAME_ROLE).
    const trimmed = normalizeName(name.value);
    const problem = trimmed.length > 0 ? pseudonymProblem(trimmed) : null;
    const bad = problem !== null;
    const chosenBefore = trimmed === s.accepted;
    setText(warning, problem ? errorText(problem) : looksLikeFullName(trimmed) && !chosenBefore ? t.joinNameLooksReal : '');
    warning.hidden = !warning.textContent;
    name.setAttribute('aria-invalid', String(bad));
    submit.disabled = !pledge.checked || trimmed.length < LIMITS.nameMin || bad;
    const missing = [trimmed.length < LIMITS.nameMin ? t.joinNeedsName : null, pledge.checked ? null : t.joinNeedsPledge].filter((x): x is string => x !== null);
    setText(submitReason, bad ? '' : missing.join(' '));
    submitReason.hidden = !submitReason.textContent;
  }

  for (const el of [name, volunteer, pledge, code, firstTime]) {
    el.addEventListener('input', sync);
    el.addEventListener('change', sync);
  }
  const goLive = (): void => submitReason.setAttribute('aria-live', 'polite');

  const form = h(
    'form',
    {
      class: 'join-form',
      testid: 'join-form',
      novalidate: true,
      on: {
        focusin: goLive,
        submit: (e) => {
          e.preventDefault();
          sync();
          if (submit.disabled) return;
          const payload: JoinPayload = {
            v: PROTOCOL_VERSION,
            meetingId: o.meetingId,
            name: name.value.trim(),
            role: s.role,
            volunteer: !!o.chairKey || volunteer.checked,
            pledge: true,
          };
          if (o.chairKey) payload.chairKey = o.chairKey;
          else if (code.value.trim()) payload.joinCode = code.value.trim();
          if (!o.chairKey && firstTime.checked) payload.firstTime = true;
          submit.disabled = true;
          setText(submit, t.joinBusy);
          o.submit(payload);
        },
      },
    },
    error,
    h('div', { class: 'field' }, h('label', { for: 'join-name-input' }, t.joinName), h('p', { class: 'hint', id: 'join-name-hint' }, t.joinNameHint), name, suggestions, warning),
    h('fieldset', {}, h('legend', {}, t.joinRole), radio('participant', t.joinRoleShare, 'join-role-share'), radio('listener', t.joinRoleListen, 'join-role-listener', t.joinRoleListenHint)),
    !o.chairKey && o.keyWrong ? h('p', { class: 'note', testid: 'join-chair-key-wrong' }, t.joinChairKeyWrong) : null,
    // A weekly group's one-time key, unspent, seats its holder once (then their own key does, as a
    // one-off meeting's: the card names its seat, kept or gone, as for any chair key).
    o.chairKey ? h('p', { class: 'note', testid: 'join-chair-note' }, o.card.chairPassedOn ? t.joinChairNotePassedOn : o.seatGone ? t.joinChairNoteSeatGone : o.card.group ? t.joinChairNoteGroup : t.joinChairNote)
      : // Where the chair rotates, a volunteer takes it after a round without being asked again (a
        // fresh tester, 2026-12-05, read "if needed" and was made chair at the round's end).
        choice(volunteer, t.joinVolunteer, format?.settings.rotateChairEachRound ? t.joinVolunteerRotates : undefined),
    o.chairKey ? null : choice(firstTime, t.joinFirstTime, t.joinFirstTimeHint),
    o.card.access === 'closed' && !o.chairKey ? codeField(field(t.joinCode, code, t.joinCodeClosedHint), code, codeWrong) : null,
    h(
      'fieldset',
      { class: 'pledge' },
      h('legend', {}, t.joinPledgeTitle),
      h('p', { class: 'pledge-text', testid: 'join-pledge-text', lang: app.lang }, CONFIDENTIALITY[app.lang]),
      choice(pledge, t.joinPledge),
    ),
    discreetTabSwitch(),
    offline,
    submit,
    submitReason,
  );
  name.id = 'join-name-input';
  name.setAttribute('aria-describedby', 'join-name-hint join-name-warning');
  const chairSeat = o.chairKey ? o.card.chairSeat : undefined;
  const chairBlock = chairSeat ? chairReturn(o, chairSeat.name, error, offline) : null;
  // A chair seated in another tab of this browser opened the chair link again: one way to the
  // seat, not two buttons side by side (a fresh tester, 2026-12-04). Moving the seat from that tab
  // brings its unsent words along; the key's own way back shows if that tab does not answer.
  const oneWay = !!(chairBlock && o.otherTab && o.moveHere);
  if (oneWay) chairBlock.hidden = true;

  fill(
    container,
    h(
      'section',
      { class: 'page narrow join', testid: 'join-page' },
      h('p', { class: 'eyebrow' }, t.joinTitle),
      h('h1', { testid: 'join-title' }, o.card.title),
      h('p', { class: 'meta', testid: 'join-meta' }, t.joinMeetingInfo(format?.name[app.lang] ?? o.card.formatId, langName, access)),
      o.otherTab ? otherTabNotice(o, !chairSeat, oneWay ? () => void (chairBlock!.hidden = false) : undefined) : null,
      chairBlock,
      chairSeat ? null : format ? h('p', { class: 'hint' }, format.description[app.lang]) : null,
      chairSeat ? null : form,
    ),
  );
  if (!chairSeat) sync();
}

/** The code's field with the line that says its code did not match, tied to the code box. */
function codeField(wrap: HTMLElement, code: HTMLInputElement, wrong: HTMLElement): HTMLElement {
  wrap.appendChild(wrong);
  const described = code.getAttribute('aria-describedby');
  code.setAttribute('aria-describedby', described ? `${wrong.id} ${described}` : wrong.id);
  return wrap;
}

/**
 * The chair link's holder whose seat is kept: one press back to it, by its pseudonym (the key
 * returns them to that seat whatever name a form would carry; the pledge was given when it was
 * taken). A third fresh tester (2026-12-03): a returning chair had to fill in the whole door again.
 */
function chairReturn(o: JoinOptions, name: string, error: HTMLElement, offline: HTMLElement): HTMLElement {
  const t = app.t;
  const back = h('button', { class: 'button primary large', type: 'button', testid: 'join-chair-return' }, t.joinChairReturnButton);
  back.addEventListener('click', () => {
    back.disabled = true;
    setText(back, t.joinBusy);
    o.submit({ v: PROTOCOL_VERSION, meetingId: o.meetingId, name, role: 'participant', volunteer: true, pledge: true, chairKey: o.chairKey! });
  });
  return h('div', { class: 'join-form', testid: 'join-chair-seat' }, error, h('p', { testid: 'join-chair-seat-text' }, o.card.chairPassedOn ? t.joinChairReturnNotChair(name) : t.joinChairReturn(name)), offline, back);
}

/**
 * The line above the door's button while the browser says this device has no network
 * (navigator.onLine false, kept in step by its `offline` and `online` events): that there is none,
 * and that going in is still fine, the page waits for the network (meeting.ts, connectingOffline).
 * A fresh tester (2026-12-06): a relative filled in the door offline and learnt it only once she
 * had pressed the button. The browser's word is taken as it is: online it says nothing, as the
 * page cannot know more before it connects. Its listeners go with the door (`container` no longer
 * holding the line: a new render, or the meeting in its place).
 */
function offlineLine(container: HTMLElement): HTMLElement {
  const line = h('p', { class: 'banner info', testid: 'join-offline', role: 'status', hidden: true });
  const show = (): void => {
    const off = navigator.onLine === false;
    line.hidden = !off;
    // Shown first, then filled: a status region's words are said when they come in.
    setText(line, off ? app.t.joinOffline : '');
  };
  const onChange = (): void => {
    if (container.contains(line)) return show();
    window.removeEventListener('offline', onChange);
    window.removeEventListener('online', onChange);
  };
  window.addEventListener('offline', onChange);
  window.addEventListener('online', onChange);
  show();
  return line;
}

/**
 * "You are already in this meeting in another tab", with a way to bring the seat here, and, where
 * the door shows its form (`withForm`), that the form gives a second seat; `onFailed` runs when
 * the other tab did not answer.
 */
function otherTabNotice(o: JoinOptions, withForm: boolean, onFailed?: () => void): HTMLElement {
  const t = app.t;
  const failed = h('span', { testid: 'join-other-tab-failed', hidden: true }, ` ${t.joinMoveHereFailed}`);
  const move = h('button', { class: 'button secondary small', type: 'button', testid: 'join-move-here' }, t.joinMoveHere);
  move.addEventListener('click', () => {
    move.disabled = true;
    void o.moveHere?.().then((ok) => {
      move.disabled = false;
      failed.hidden = ok;
      if (!ok) onFailed?.();
    });
  });
  return h('div', { class: 'banner info', testid: 'join-other-tab', role: 'status' }, h('p', {}, t.joinOtherTab, withForm ? ` ${t.joinOtherTabForm}` : null, failed), o.moveHere ? move : null);
}
