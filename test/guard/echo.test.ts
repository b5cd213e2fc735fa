// Another's words said again (shared/guard/echo.ts): fresh testers quoted a member's sentence
// back, in «…» and in plain words, and no rule saw it. The page reads a draft against the others'
// shares it has seen (GuardContext.earlier); the server's check has no such sources.
import { describe, expect, it } from 'vitest';
import { analyzeShare, type EchoSources } from '../../shared/guard/index.js';
import { ECHO_MIN_WORDS, findEchoes } from '../../shared/guard/echo.js';
import { HINTS } from '../../shared/guard/hints.js';
import { analyze, loadGuard } from '../../client/guard.js';

const kari = 'Jeg har slitt mye denne uka. Jeg føler at jeg drukner litt mer for hver eneste dag som går, og jeg sover dårlig.';
const sources: EchoSources = { shares: [kari, 'This week I finally told my sister the truth about how much my husband drinks.'] };
const echoes = (text: string, s: EchoSources = sources) => findEchoes(text.normalize('NFC'), s).map((f) => f.match);

describe('a draft that repeats another share word for word', () => {
  it('is crosstalk from eight words in a row, quoted from the first repeated word to the last as written, in any case and punctuation', () => {
    expect(ECHO_MIN_WORDS).toBe(8);
    expect(echoes('Da Kari sa «jeg føler at jeg drukner litt mer for hver eneste dag» kjente jeg meg igjen.')).toEqual(['jeg føler at jeg drukner litt mer for hver eneste dag']);
    expect(echoes('JEG FØLER, AT JEG DRUKNER – litt mer for hver')).toEqual(['JEG FØLER, AT JEG DRUKNER – litt mer for hver']);
    // Plain words, no quotation marks or name, from the other share.
    expect(echoes('I also finally told my sister the truth about how much he drinks.')).toEqual(['finally told my sister the truth about how much']);
    const [f] = findEchoes('Jeg føler at jeg drukner litt mer for hver dag', sources);
    expect(f).toMatchObject({ kind: 'crosstalk', index: 0, hint: HINTS.echo });
  });

  it('is not: seven words in a row, the same words in another order, or no shares to read against', () => {
    expect(echoes('Jeg føler at jeg drukner litt mer, men det går bedre nå.')).toEqual([]);
    expect(echoes('Hver eneste dag føler jeg at jeg drukner litt mer.')).toEqual([]);
    expect(echoes('Jeg føler at jeg drukner litt mer for hver eneste dag.', { shares: [] })).toEqual([]);
  });

  it("is not: the room's common words (the readings and notes as given, the Serenity Prayer), said by another too", () => {
    const reading = 'Here you are among others who are close to someone who drinks or uses drugs.';
    const prayer = 'God grant me the serenity to accept the things I cannot change, courage to change the things I can.';
    const room: EchoSources = { shares: [`As we read: ${reading} ${prayer}`], common: [reading] };
    expect(echoes(`Tonight I felt that I am among others who are close to someone who drinks. ${prayer}`, room)).toEqual([]);
    // A longer stretch of the same share beyond them still counts.
    expect(echoes('As we read: Here you are among others who', room)).toEqual(['As we read: Here you are among others who']);
  });

  it('analyzeShare reports it as crosstalk with its own hint only when given the sources (the page); the server passes none', () => {
    const draft = 'Jeg føler at jeg drukner litt mer for hver eneste dag, akkurat som henne.';
    expect(analyzeShare(draft, { otherNames: ['Kari'], lang: 'nb' })).toEqual([]);
    expect(analyzeShare(draft, { otherNames: ['Kari'], lang: 'nb', earlier: sources })).toEqual([{ kind: 'crosstalk', match: 'Jeg føler at jeg drukner litt mer for hver eneste dag', hint: HINTS.echo }]);
  });

  it("the page's analyze passes the sources through (client/guard.ts)", async () => {
    await loadGuard();
    const draft = 'I finally told my sister the truth about how much my husband drinks.';
    expect(analyze(draft, [], 'en')).toEqual([]);
    expect(analyze(draft, [], 'en', undefined, sources).map((h) => h.hint)).toEqual([HINTS.echo]);
  });
});
