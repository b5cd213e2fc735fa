// A closed group's question about someone at the door: the chair (and whoever else sees the
// tally) must never be able to read one member's answer off it. A fresh tester: with the chair
// and one member present, the member answered no, read "your answer is anonymous", and the chair
// read "Answers: 0 yes, 1 no". The counts now show only once at least two have answered, and a
// keeper's tally leaves out their own answer. And counts that moved with each answer told a chair
// who watched who pressed last what that one answered: they show only once nobody asked is left to
// answer, so no answer comes after them.
import { describe, expect, it } from 'vitest';
import { ASK_COUNTS_FROM, settleAsk } from '../../shared/meeting/group-meeting.js';
import { buildView } from '../../shared/meeting/view.js';
import { gathered, joinCmd, type Run } from './helpers.js';

function closedWith(others: string[], volunteers: string[] = []): Run {
  const r = gathered({ access: 'closed', others, volunteers });
  r.ok(joinCmd('x', { name: 'Carl' }));
  r.ok({ type: 'askMembers', by: 'a', target: 'x' });
  return r;
}

const tally = (r: Run, id: string): unknown => {
  const a = buildView(r.state, id, r.now).ask;
  return a && { answers: a.answers, unanswered: a.unanswered, yes: a.yes, no: a.no };
};

describe('the ask\'s tally never shows one answer', () => {
  it('is two', () => {
    expect(ASK_COUNTS_FROM).toBe(2);
  });

  it('with one member present: the chair sees that one has answered, not what', () => {
    const r = closedWith(['b']);
    expect(tally(r, 'a')).toEqual({ answers: 0, unanswered: 1, yes: null, no: null });
    r.ok({ type: 'answerAsk', by: 'b', yes: false });
    expect(tally(r, 'a')).toEqual({ answers: 1, unanswered: 0, yes: null, no: null });
    // Nothing in the chair's whole view carries the answer.
    const view = JSON.stringify(buildView(r.state, 'a', r.now));
    expect(view).not.toMatch(/"no":1|"yes":0/);
  });

  it('shows the counts once everyone asked has answered, to the chair and co-chair only', () => {
    const r = closedWith(['b', 'c', 'd', 'e'], ['e']);
    r.ok({ type: 'setCoChair', by: 'a', target: 'e' });
    r.ok({ type: 'answerAsk', by: 'b', yes: true });
    expect(tally(r, 'a')).toEqual({ answers: 1, unanswered: 2, yes: null, no: null });
    expect(tally(r, 'e')).toEqual({ answers: 1, unanswered: 2, yes: null, no: null });
    r.ok({ type: 'answerAsk', by: 'c', yes: false });
    // Two answers, one member still to answer: no counts yet.
    expect(tally(r, 'a')).toEqual({ answers: 2, unanswered: 1, yes: null, no: null });
    r.ok({ type: 'answerAsk', by: 'd', yes: true });
    expect(tally(r, 'a')).toEqual({ answers: 3, unanswered: 0, yes: 2, no: 1 });
    expect(tally(r, 'e')).toEqual({ answers: 3, unanswered: 0, yes: 2, no: 1 });
    for (const id of ['b', 'c', 'd']) expect(tally(r, id)).toEqual({ answers: null, unanswered: null, yes: null, no: null });
  });

  it('no count moves once shown: nobody asked is left to answer', () => {
    const r = closedWith(['b', 'c', 'd']);
    r.ok({ type: 'answerAsk', by: 'b', yes: true });
    r.ok({ type: 'answerAsk', by: 'c', yes: false });
    // Had the counts shown here ("1 yes, 1 no"), d's answer would have moved one of them.
    expect(tally(r, 'a')).toEqual({ answers: 2, unanswered: 1, yes: null, no: null });
    r.ok({ type: 'answerAsk', by: 'd', yes: false });
    expect(tally(r, 'a')).toEqual({ answers: 3, unanswered: 0, yes: 1, no: 2 });
    for (const id of ['b', 'c', 'd']) r.no({ type: 'answerAsk', by: id, yes: true }, 'ALREADY_DONE');
    r.ok(joinCmd('late', { name: 'Late Seat', joinCode: true }));
    r.no({ type: 'answerAsk', by: 'late', yes: true }, 'NOT_ALLOWED');
    expect(tally(r, 'a')).toEqual({ answers: 3, unanswered: 0, yes: 1, no: 2 });
  });

  it('one who leaves without answering is not waited for', () => {
    const r = closedWith(['b', 'c', 'd']);
    r.ok({ type: 'answerAsk', by: 'b', yes: true });
    r.ok({ type: 'answerAsk', by: 'c', yes: false });
    r.ok({ type: 'leave', by: 'd' });
    expect(tally(r, 'a')).toEqual({ answers: 2, unanswered: 0, yes: 1, no: 1 });
  });

  it('a co-chair never answers; one made co-chair after answering reads the tally without it', () => {
    const r = closedWith(['b', 'c', 'e'], ['e']);
    r.ok({ type: 'answerAsk', by: 'e', yes: true });
    r.ok({ type: 'answerAsk', by: 'b', yes: false });
    r.ok({ type: 'answerAsk', by: 'c', yes: true });
    expect(tally(r, 'a')).toEqual({ answers: 3, unanswered: 0, yes: 2, no: 1 });
    r.ok({ type: 'setCoChair', by: 'a', target: 'e' });
    // The co-chair knows their own answer: it is left out of theirs.
    expect(tally(r, 'e')).toEqual({ answers: 2, unanswered: 0, yes: 1, no: 1 });
    const q = closedWith(['b', 'e'], ['e']);
    q.ok({ type: 'setCoChair', by: 'a', target: 'e' });
    q.no({ type: 'answerAsk', by: 'e', yes: true }, 'NOT_ALLOWED');
    q.ok({ type: 'answerAsk', by: 'b', yes: false });
    expect(tally(q, 'a')).toEqual({ answers: 1, unanswered: 0, yes: null, no: null });
  });

  // A fresh tester: with one member present who had answered no, the chair opened a second seat,
  // handed the chair to it, answered yes from the old seat, and read "1 yes, 1 no" there.
  it('whoever held the chair or co-chair while it was open never answers it', () => {
    for (const before of [false, true]) {
      const r = before ? closedWith(['b', 'p'], ['p']) : closedWith(['b']);
      if (!before) r.ok(joinCmd('p', { name: 'Second Seat', joinCode: true, volunteer: true }));
      r.ok({ type: 'answerAsk', by: 'b', yes: false });
      r.ok({ type: 'handChair', by: 'a', target: 'p' });
      expect(r.state.chairId).toBe('p');
      r.no({ type: 'answerAsk', by: 'a', yes: true }, 'NOT_ALLOWED');
      expect(tally(r, 'p')).toEqual({ answers: 1, unanswered: 0, yes: null, no: null });
      // Handed back, the second seat (chair for a while) does not answer either.
      r.ok({ type: 'handChair', by: 'p', target: 'a' });
      r.no({ type: 'answerAsk', by: 'p', yes: true }, 'NOT_ALLOWED');
      expect(tally(r, 'a')).toEqual({ answers: 1, unanswered: 0, yes: null, no: null });
      // A co-chair for a while, too.
      const q = closedWith(['b', 'c', 'e'], ['e']);
      q.ok({ type: 'setCoChair', by: 'a', target: 'e' });
      q.ok({ type: 'setCoChair', by: 'a', target: null });
      q.no({ type: 'answerAsk', by: 'e', yes: true }, 'NOT_ALLOWED');
    }
  });

  it('a member who answered and then took the chair does not read another\'s answer', () => {
    const r = closedWith(['b', 'c'], ['b']);
    r.ok({ type: 'answerAsk', by: 'b', yes: true });
    r.ok({ type: 'answerAsk', by: 'c', yes: false });
    expect(tally(r, 'a')).toEqual({ answers: 2, unanswered: 0, yes: 1, no: 1 });
    r.ok({ type: 'handChair', by: 'a', target: 'b' });
    expect(buildView(r.state, 'b', r.now).you.isChair).toBe(true);
    // Their own answer left out, one is left; the old chair, who asked, is not asked.
    expect(tally(r, 'b')).toEqual({ answers: 1, unanswered: 0, yes: null, no: null });
    r.no({ type: 'answerAsk', by: 'a', yes: true }, 'NOT_ALLOWED');
  });

  it('no event of the ask carries an answer or a count', () => {
    const r = gathered({ access: 'closed', others: ['b'] });
    r.ok(joinCmd('x', { name: 'Carl' }));
    const events = [
      ...r.ok({ type: 'askMembers', by: 'a', target: 'x' }),
      ...r.ok({ type: 'answerAsk', by: 'b', yes: false }),
    ];
    expect(JSON.stringify(events)).not.toMatch(/"yes"|"no"|answers/);
  });
});

// A fresh verifier: with one member present who answered no, the chair joined a second seat with
// the join code and answered yes from it, and read "1 yes, 1 no". A seat taken after the question
// was asked is not asked: it cannot answer, and is not shown the question.
describe('a seat taken after the question was asked', () => {
  it('cannot answer it, is not shown it, and so cannot unmask an answer', () => {
    const r = closedWith(['b']);
    r.ok({ type: 'answerAsk', by: 'b', yes: false });
    r.ok(joinCmd('sock', { name: 'Second Seat', joinCode: true }));
    expect(r.state.participants.some((p) => p.id === 'sock')).toBe(true);
    r.no({ type: 'answerAsk', by: 'sock', yes: true }, 'NOT_ALLOWED');
    expect(buildView(r.state, 'sock', r.now).ask).toBeNull();
    expect(tally(r, 'a')).toEqual({ answers: 1, unanswered: 0, yes: null, no: null });
    // Those seated when it was asked still answer, and still see it.
    expect(buildView(r.state, 'b', r.now).ask).toMatchObject({ answered: true });
  });

  it('a question asked again is asked of those seated then', () => {
    const r = closedWith(['b']);
    r.ok(joinCmd('c', { name: 'Later Member', joinCode: true }));
    r.no({ type: 'answerAsk', by: 'c', yes: true }, 'NOT_ALLOWED');
    r.ok(joinCmd('y', { name: 'Other Door' }));
    r.ok({ type: 'askMembers', by: 'a', target: 'y' });
    r.ok({ type: 'answerAsk', by: 'c', yes: true });
  });
});

describe("the question's keepers", () => {
  // A share's state is a shallow copy of the state before it (clone.ts cloneForShare): the ask
  // object is shared, so taking in a keeper must make a new one, never change it in place.
  it('are taken in without changing the ask object of the state before', () => {
    const r = closedWith(['b']);
    const s = structuredClone(r.state);
    delete s.ask!.keepers;
    const before = Object.freeze(s.ask!);
    settleAsk(s);
    expect(s.ask).not.toBe(before);
    expect(s.ask!.keepers).toEqual(['a']);
    expect(before.keepers).toBeUndefined();
  });
});
