// The chair's words for now (client/meeting/chair-words.ts), from views of the real core: what a
// fresh tester's first-time chair was told. A round in which someone's time ran out before they
// sent anything is not "everyone has had their turn" alone; a segment whose texts are all posted
// asks for the next step, not for them again; the silence keeps its own words.
import { describe, expect, it } from 'vitest';
import { dict } from '../../client/i18n.js';
import { buildView } from '../../shared/meeting/view.js';
import { gathered, inRound } from '../core/helpers.js';
import { useDomGlobals } from '../helpers/dom-globals.js';

useDomGlobals(['window', 'document', 'HTMLElement', 'Node', 'Text', 'navigator', 'sessionStorage', 'localStorage']);

describe('names in a sentence', () => {
  it('one, two, three (nb and en)', async () => {
    const { namesList } = await import('../../client/meeting/chair-words.js');
    expect(namesList(['Klar Stein'], 'en')).toBe('Klar Stein');
    expect(namesList(['Klar Stein', 'Grey Heron'], 'en')).toBe('Klar Stein and Grey Heron');
    expect(namesList(['A', 'B', 'C'], 'nb')).toBe('A, B og C');
  });
});

describe("the chair's words for now", () => {
  for (const lang of ['nb', 'en'] as const) {
    it(`(${lang}) a complete round with a turn that timed out says so; one without says everyone has had their turn`, async () => {
      const { app } = await import('../../client/app.js');
      const { chairWordsNow } = await import('../../client/meeting/chair-words.js');
      app.setLang(lang);
      const r = inRound({ others: ['b', 'c'] });
      r.ok({ type: 'finishShare', by: r.speaker! });
      r.tickAt(r.state.speaker!.deadline);
      r.ok({ type: 'pass', by: r.speaker! });
      const v = buildView(r.state, 'a', r.now);
      expect(v.participants.filter((p) => p.status === 'timedOut')).toHaveLength(1);
      const words = chairWordsNow(v);
      const late = v.participants.find((p) => p.status === 'timedOut')!.name;
      expect(words).toMatch(lang === 'nb' ? new RegExp(`^Alle har hatt sin tur, men ${late} rakk ikke å dele`) : new RegExp(`^Everyone has had their turn, but ${late} ran out of time`));
      // A slow typist who sent a part before the time ran out (a fresh tester, 2026-12-03): named too.
      const cut = inRound({ others: ['b'] });
      cut.ok({ type: 'finishShare', by: 'a' });
      cut.ok({ type: 'share', by: 'b', text: 'Det er første gang jeg er her.' });
      cut.tickAt(cut.state.speaker!.deadline);
      const cv = buildView(cut.state, 'a', cut.now);
      expect(cv.participants.filter((p) => p.status === 'sharedTimedOut')).toHaveLength(1);
      // Named, since the circle the words once pointed to is far down a phone's page (a third fresh tester).
      const slow = cv.participants.find((p) => p.status === 'sharedTimedOut')!.name;
      expect(chairWordsNow(cv)).toMatch(lang === 'nb' ? new RegExp(`^Alle har hatt sin tur, men tiden gikk ut før ${slow} var ferdig`) : new RegExp(`^Everyone has had their turn, but the time ran out for ${slow} before they were done`));
      const { badgesOf } = await import('../../client/meeting/circle.js');
      const cutBadges = badgesOf(cv.participants.find((p) => p.status === 'sharedTimedOut')!, cv);
      expect(cutBadges).toEqual(expect.arrayContaining(lang === 'nb' ? ['har delt', 'tiden gikk ut'] : ['has shared', 'time ran out']));
      const all = inRound({ others: ['b'] });
      all.ok({ type: 'finishShare', by: all.speaker! });
      all.ok({ type: 'pass', by: all.speaker! });
      expect(chairWordsNow(buildView(all.state, 'a', all.now))).toMatch(lang === 'nb' ? /^Alle har hatt sin tur\. Neste steg/ : /^Everyone has had their turn\. Next step/);
    });

    // A fresh tester (2026-12-06): a chair come by rotation after her own turn ran out read her own
    // name: "…but Carl ran out of time". The chair among them is "you", named last.
    it(`(${lang}) the chair whose own time ran out is "you" in those words, not their name`, async () => {
      const { app } = await import('../../client/app.js');
      const { chairWordsNow } = await import('../../client/meeting/chair-words.js');
      app.setLang(lang);
      const nameOf = (r: ReturnType<typeof inRound>, id: string) => r.state.participants.find((p) => p.id === id)!.name;
      const r = inRound({ others: ['b', 'c'] });
      expect(r.speaker).toBe('a');
      r.tickAt(r.state.speaker!.deadline);
      r.tickAt(r.state.speaker!.deadline);
      r.ok({ type: 'finishShare', by: r.speaker! });
      const v = buildView(r.state, 'a', r.now);
      expect(v.participants.filter((p) => p.status === 'timedOut').map((p) => p.id)).toEqual(['a', 'b']);
      const words = chairWordsNow(v);
      expect(words).not.toContain(nameOf(r, 'a'));
      expect(words).toMatch(lang === 'nb' ? new RegExp(`^Alle har hatt sin tur, men ${nameOf(r, 'b')} og du rakk ikke å dele`) : new RegExp(`^Everyone has had their turn, but ${nameOf(r, 'b')} and you ran out of time`));
      // Cut short while sharing, alone and with another.
      const cut = inRound({ others: ['b'] });
      cut.ok({ type: 'share', by: 'a', text: 'Det er første gang jeg er her.' });
      cut.tickAt(cut.state.speaker!.deadline);
      cut.ok({ type: 'finishShare', by: cut.speaker! });
      expect(chairWordsNow(buildView(cut.state, 'a', cut.now))).toMatch(lang === 'nb' ? /^Alle har hatt sin tur, men tiden gikk ut før du var ferdig\./ : /^Everyone has had their turn, but the time ran out for you before you were done\./);
      const two = inRound({ others: ['b'] });
      for (const id of ['a', 'b']) {
        two.ok({ type: 'share', by: id, text: 'Det er første gang jeg er her.' });
        two.tickAt(two.state.speaker!.deadline);
      }
      expect(chairWordsNow(buildView(two.state, 'a', two.now))).toMatch(
        lang === 'nb' ? new RegExp(`^Alle har hatt sin tur, men tiden gikk ut før ${nameOf(two, 'b')} og du var ferdige\\.`) : new RegExp(`^Everyone has had their turn, but the time ran out for ${nameOf(two, 'b')} and you before you were done\\.`),
      );
    });

    it(`(${lang}) once the welcome is posted the words ask for the next step; the silence keeps its own`, async () => {
      const { app } = await import('../../client/app.js');
      const { chairWordsNow } = await import('../../client/meeting/chair-words.js');
      app.setLang(lang);
      const t = dict(lang);
      const r = gathered();
      r.ok({ type: 'start', by: 'a' });
      const before = chairWordsNow(buildView(r.state, 'a', r.now));
      r.ok({ type: 'postReading', by: 'a', readingId: 'welcome' });
      const after = chairWordsNow(buildView(r.state, 'a', r.now));
      expect(after).not.toBe(before);
      expect(after.startsWith(t.chairSays_postedNext('').split('«')[0]!.split('"')[0]!)).toBe(true);
    });

    // A fresh tester (2026-12-05): the first-time chair set the topic and the bar still said "Set
    // today's topic, or leave it open…" beside "Write today's topic".
    it(`(${lang}) once the topic is set the words say so and ask for the next step`, async () => {
      const { app } = await import('../../client/app.js');
      const { chairWordsNow } = await import('../../client/meeting/chair-words.js');
      const { nextStepLabel } = await import('../../client/meeting/script-line.js');
      app.setLang(lang);
      const t = dict(lang);
      const r = gathered();
      r.ok({ type: 'start', by: 'a' });
      while (buildView(r.state, 'a', r.now).script?.kind !== 'topic') r.ok({ type: 'nextSegment', by: 'a' });
      const before = chairWordsNow(buildView(r.state, 'a', r.now));
      expect(before).toMatch(lang === 'nb' ? /tema/ : /topic/);
      r.ok({ type: 'setTopic', by: 'a', text: 'Acceptance' });
      const v = buildView(r.state, 'a', r.now);
      expect(chairWordsNow(v)).toBe(t.chairSays_topicSetNext('Acceptance', nextStepLabel(v.script!)));
      expect(chairWordsNow(v)).toContain('Acceptance');
    });

    // A second fresh tester (2026-12-03): "… Neste steg: «Gå videre: Åpen deling». Neste steg: Åpen
    // deling (15 min)." The chair bar names the next step once after a complete round.
    it(`(${lang}) after a complete round the chair bar says "Next step" once`, async () => {
      const { app } = await import('../../client/app.js');
      const { ScriptLine } = await import('../../client/meeting/script-line.js');
      app.setLang(lang);
      const word = lang === 'nb' ? 'Neste steg' : 'Next step';
      const r = gathered();
      r.ok({ type: 'start', by: 'a' });
      while (r.state.phase !== 'round') r.ok({ type: 'nextSegment', by: 'a' });
      const line = new ScriptLine();
      document.body.replaceChildren(line.chairEl);
      const shown = () => [...line.chairEl.querySelectorAll<HTMLElement>('*')].filter((e) => !e.closest('[hidden]')).map((e) => (e.children.length ? '' : e.textContent)).join(' ');
      line.update(buildView(r.state, 'a', r.now));
      // During the round the next step is the bar's own line.
      expect(shown().split(word).length - 1).toBe(1);
      while (r.state.speaker) r.ok({ type: 'pass', by: r.state.speaker.id });
      line.update(buildView(r.state, 'a', r.now));
      expect(shown()).toContain(lang === 'nb' ? 'Alle har hatt sin tur' : 'Everyone has had their turn');
      expect(shown().split(word).length - 1).toBe(1);
      line.stop?.();
    });
  }
});
