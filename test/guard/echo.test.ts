// Another's words said again (shared/guard/echo.ts): fresh testers quoted a member's sentence
// back, in «…» and in plain words, and no rule saw it. The page reads a draft against the others'
// shares it has seen (GuardContext.earlier); the server's check has no such sources. A second
// tester was told an everyday sentence of eight words repeated the chair's share, a third one of
// twelve: plain words count from fifteen in a row, quoted ones from six.
import { describe, expect, it } from 'vitest';
import { analyzeShare, type EchoSources } from '../../shared/guard/index.js';
import { ECHO_MIN_WORDS, ECHO_QUOTED_WORDS, findEchoes } from '../../shared/guard/echo.js';
import { HINTS } from '../../shared/guard/hints.js';
import { analyze, loadGuard } from '../../client/guard.js';

const kari = 'Jeg har slitt mye denne uka. Jeg føler at jeg drukner litt mer for hver eneste dag som går, og jeg sover dårlig.';
const ann = 'This week I finally told my sister the truth about how much my husband drinks and how scared I am.';
const chair = 'Jeg er glad for å være her i kveld. Jeg er takknemlig for å være her i dag sammen med dere.';
const sources: EchoSources = { shares: [kari, ann, chair] };
const echoes = (text: string, s: EchoSources = sources) => findEchoes(text.normalize('NFC'), s).map((f) => f.match);

describe('a draft that repeats another share word for word', () => {
  it('is crosstalk from six words in a row inside quotation marks, or fifteen without, quoted from the first repeated word to the last as written, in any case and punctuation', () => {
    expect([ECHO_QUOTED_WORDS, ECHO_MIN_WORDS]).toEqual([6, 15]);
    expect(echoes('Da Kari sa «jeg føler at jeg drukner litt mer for hver eneste dag» kjente jeg meg igjen.')).toEqual(['jeg føler at jeg drukner litt mer for hver eneste dag']);
    expect(echoes('She said “I feel like I am”… no: “told my sister the truth about how much” stayed with me.')).toEqual(['told my sister the truth about how much']);
    expect(echoes('Det samme her: "JEG FØLER, AT JEG DRUKNER – litt mer"')).toEqual(['JEG FØLER, AT JEG DRUKNER – litt mer']);
    // Plain words, no quotation marks or name: fifteen of them or more.
    expect(echoes('I finally told my sister the truth about how much my husband drinks and how scared I am, yes.')).toEqual(['I finally told my sister the truth about how much my husband drinks and how scared I am']);
    const [f] = findEchoes('«Jeg føler at jeg drukner litt»', sources);
    expect(f).toMatchObject({ kind: 'crosstalk', index: 1, hint: HINTS.echo });
  });

  it('is not: an everyday sentence said alike, fourteen plain words, five quoted ones, the same words in another order, or no shares to read against', () => {
    expect(echoes('Jeg er glad for å være her i kveld, takk.')).toEqual([]);
    expect(echoes('Jeg er takknemlig for å være her i dag sammen med dere.')).toEqual([]);
    expect(echoes('I finally told my sister the truth about how much my husband drinks and laughed.')).toEqual([]);
    expect(echoes('I told my sister the truth about how much my husband drinks.')).toEqual([]);
    expect(echoes('«Jeg føler at jeg drukner» sa noen en gang.')).toEqual([]);
    expect(echoes('Hver eneste dag føler jeg at jeg drukner litt mer, for hver dag som går.')).toEqual([]);
    expect(echoes('«Jeg føler at jeg drukner litt mer for hver eneste dag»', { shares: [] })).toEqual([]);
  });

  it("is not: the room's common words (the readings and notes as given, the Serenity Prayer), said by another too", () => {
    const reading = 'Here you are among others who are close to someone who drinks or uses drugs.';
    const prayer = 'God grant me the serenity to accept the things I cannot change, courage to change the things I can.';
    const room: EchoSources = { shares: [`As we read: ${reading} ${prayer}`], common: [reading] };
    expect(echoes(`Tonight I felt that “here you are among others who are close to someone who drinks”. ${prayer}`, room)).toEqual([]);
    expect(echoes(`"${prayer}"`, room)).toEqual([]);
    // A stretch of the same share beyond them still counts.
    expect(echoes('"As we read: Here you are among others"', room)).toEqual(['As we read: Here you are among others']);
  });

  it('analyzeShare reports it as crosstalk with its own hint only when given the sources (the page); the server passes none', () => {
    const draft = 'Hun sa «jeg føler at jeg drukner litt mer for hver eneste dag», akkurat som meg.';
    expect(analyzeShare(draft, { otherNames: ['Kari'], lang: 'nb' })).toEqual([]);
    expect(analyzeShare(draft, { otherNames: ['Kari'], lang: 'nb', earlier: sources })).toEqual([{ kind: 'crosstalk', match: 'jeg føler at jeg drukner litt mer for hver eneste dag', hint: HINTS.echo }]);
  });

  it("the page's analyze passes the sources through (client/guard.ts)", async () => {
    await loadGuard();
    const draft = 'I finally told my sister the truth about how much my husband drinks and how scared I am.';
    expect(analyze(draft, [], 'en')).toEqual([]);
    expect(analyze(draft, [], 'en', undefined, sources).map((h) => h.hint)).toEqual([HINTS.echo]);
  });
});
