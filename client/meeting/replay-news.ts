// What a page coming back hears of the events it missed (a resume after a drop, the chair link
// or the meeting opened again, a gap repaired on a live connection, or a server's gap fill: the
// server's `missed` or `filled` events, shown after the view they led to, client/seq.ts). A fresh
// tester's chair came back and heard every missed line at once, an old "time nearly up" among
// them for a turn long over. Missed lines are history: they go into the transcript, unheard. A
// call to act that no longer holds (a time warning for a turn that has ended or was given more
// time, a question already answered) is not shown at all; one that still holds and that nothing
// else on the page says (the chair's time warning: the bar's button comes unannounced) is said
// once, after the replay, briefly (its own line). Pure: from the event and the view held now.
import type { MeetingEvent } from '../../shared/meeting/events.js';
import type { MeetingView } from '../../shared/meeting/view.js';

/** `untrue`: a call to act that no longer holds (not shown); `history`: shown, not said; `news`: shown, and said once after the replay. */
export type ReturnNews = 'untrue' | 'history' | 'news';

/**
 * How an event logged at `seq`, missed and replayed now, is told against `v` (the view the
 * return brought, which already holds its effects). Only calls to act can be news; every other
 * line is history, whatever it says.
 */
export function newsOnReturn(e: MeetingEvent, seq: number, v: MeetingView): ReturnNews {
  switch (e.type) {
    case 'timeWarning': {
      // The warned turn is the current one (begun before the warning), and it has not been given more time.
      const sp = v.speaker;
      const same = !!sp && sp.id === e.id && (sp.turn === null || seq > sp.turn) && sp.warned && !sp.extended && v.phase !== 'ended';
      return same ? 'news' : 'untrue';
    }
    // The questions to the room: while open, the page asks them itself from the view (the
    // chair-vacancy and rotation questions, the group's ask): the line is history, or they would
    // be asked twice. Answered, the line would ask what is settled.
    case 'chairVacant':
      return v.chairVacant ? 'history' : 'untrue';
    case 'rotationOpen':
      return v.rotationOpen ? 'history' : 'untrue';
    case 'membersAsked':
      return v.ask?.id === e.id ? 'history' : 'untrue';
    default:
      return 'history';
  }
}

/** Whether `e`, said on a return as news (newsOnReturn), still holds in `v`: once it does not, what was said of it goes. */
export function newsHolds(e: MeetingEvent, seq: number, v: MeetingView): boolean {
  return newsOnReturn(e, seq, v) === 'news';
}
