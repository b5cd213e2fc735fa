import { describe, expect, it } from 'vitest';
import { gathered, inRound } from './helpers.js';

describe('share text: only the current speaker', () => {
  it('the speaker posts share text, announced with their pseudonym', () => {
    const r = inRound();
    expect(r.ok({ type: 'share', by: 'a', text: 'Jeg har hatt en tung uke.' })).toEqual([
      { type: 'share', id: 'a', name: 'Ada', text: 'Jeg har hatt en tung uke.' },
    ]);
    expect(r.speaker).toBe('a');
  });

  it('the chair gets NOT_YOUR_TURN when sharing during someone else\'s turn', () => {
    const r = inRound();
    r.ok({ type: 'finishShare', by: 'a' });
    expect(r.speaker).toBe('b');
    r.no({ type: 'share', by: 'a', text: 'Bare en ting' }, 'NOT_YOUR_TURN');
  });

  it('a participant who is not the speaker gets NOT_YOUR_TURN', () => {
    const r = inRound();
    r.no({ type: 'share', by: 'c', text: 'Meg også' }, 'NOT_YOUR_TURN');
  });

  it('a listener gets NOT_YOUR_TURN', () => {
    const r = inRound({ listeners: ['c'] });
    r.no({ type: 'share', by: 'c', text: 'hei' }, 'NOT_YOUR_TURN');
  });

  it('nobody may share while nobody holds the turn', () => {
    const r = gathered();
    r.no({ type: 'share', by: 'a', text: 'hei' }, 'NOT_YOUR_TURN');
    r.no({ type: 'share', by: 'b', text: 'hei' }, 'NOT_YOUR_TURN');
  });

  it('the speaker may post several parts of one share', () => {
    const r = inRound();
    r.ok({ type: 'share', by: 'a', text: 'del 1' });
    r.ok({ type: 'share', by: 'a', text: 'del 2' });
    expect(r.speaker).toBe('a');
  });
});

describe('readings and chair notes: only outside someone else\'s turn', () => {
  it('the chair posts a reading of the meeting\'s format when nobody speaks', () => {
    const r = gathered();
    expect(r.ok({ type: 'postReading', by: 'a', readingId: 'welcome' })).toEqual([{ type: 'reading', readingId: 'welcome' }]);
  });

  it('a reading the format does not have is UNKNOWN_READING', () => {
    const r = gathered();
    r.no({ type: 'postReading', by: 'a', readingId: 'prayer' }, 'UNKNOWN_READING');
    r.no({ type: 'postReading', by: 'a', readingId: '__proto__' }, 'UNKNOWN_READING');
  });

  it('a reading of an unknown format is UNKNOWN_READING', () => {
    const r = gathered({ formatId: 'nope' });
    r.no({ type: 'postReading', by: 'a', readingId: 'welcome' }, 'UNKNOWN_READING');
  });

  it('the chair gets NOT_YOUR_TURN for a reading during someone else\'s turn; a note waits for the share to end', () => {
    const r = inRound();
    r.ok({ type: 'finishShare', by: 'a' });
    r.no({ type: 'postReading', by: 'a', readingId: 'welcome' }, 'NOT_YOUR_TURN');
    expect(r.ok({ type: 'chairNote', by: 'a', text: 'Husk tiden' })).toEqual([]);
    expect(r.state.queuedNotes).toEqual(['Husk tiden']);
  });

  it('the chair may post a reading or a note in their own turn', () => {
    const r = inRound();
    expect(r.speaker).toBe('a');
    r.ok({ type: 'postReading', by: 'a', readingId: 'guidelines' });
    expect(r.ok({ type: 'chairNote', by: 'a', text: 'Velkommen' })).toEqual([{ type: 'note', text: 'Velkommen' }]);
  });
});

describe('acknowledgements: wordless, once per listener per share, to the speaker only', () => {
  it('an acknowledgement goes to the speaker only and does not say from whom', () => {
    const r = inRound();
    const ev = r.ok({ type: 'acknowledge', by: 'c', kind: 'heart' });
    expect(ev).toEqual([{ type: 'acknowledged', kind: 'heart', to: 'a', acks: 1 }]);
    expect(JSON.stringify(ev)).not.toContain('"c"');
  });

  it('a listener acknowledges a share once: a second one is ALREADY_DONE', () => {
    const r = inRound({ listeners: ['c'] });
    r.ok({ type: 'acknowledge', by: 'c', kind: 'hear' });
    r.no({ type: 'acknowledge', by: 'c', kind: 'thanks' }, 'ALREADY_DONE');
    r.ok({ type: 'acknowledge', by: 'b', kind: 'hear' });
    expect(r.state.speaker?.ackedBy).toEqual(['c', 'b']);
  });

  it('the next share can be acknowledged again', () => {
    const r = inRound();
    r.ok({ type: 'acknowledge', by: 'c', kind: 'hear' });
    r.ok({ type: 'finishShare', by: 'a' });
    expect(r.ok({ type: 'acknowledge', by: 'c', kind: 'hear' })).toEqual([{ type: 'acknowledged', kind: 'hear', to: 'b', acks: 1 }]);
  });

  it('the speaker cannot acknowledge their own share: NOT_ALLOWED', () => {
    const r = inRound();
    r.no({ type: 'acknowledge', by: 'a', kind: 'heart' }, 'NOT_ALLOWED');
  });

  it('with nobody speaking there is nothing to acknowledge: WRONG_PHASE', () => {
    const r = gathered();
    r.no({ type: 'acknowledge', by: 'b', kind: 'heart' }, 'WRONG_PHASE');
  });
});
