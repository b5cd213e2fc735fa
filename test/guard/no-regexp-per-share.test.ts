// A share's guard check builds no RegExp (Issue 10: CPU per delivery). A new RegExp is looked up
// in V8's compilation cache, or compiled again once the cache has let its source go (hundreds of
// µs for a big alternation), and one made per share also had its literals read and added to the
// literal program (literals.ts), which grew with every share. String.prototype.matchAll builds
// one from its argument at every call, so the guard uses execAll (patterns.ts) instead.
import { afterEach, describe, expect, it } from 'vitest';
import { analyzeShare } from '../../shared/guard/index.js';

const ROOM = ['Kari', 'Per', 'Grace', 'Sol', 'Stille Fjord', 'Anne-Lise'];
// Names of the room ("Per" in "person" too), a spelt-out address (" at "), a handle after a
// service word, places, full names, quotes, a quoted line, links, phone numbers, both languages.
const SHARES = [
  'Jeg har hatt en lang uke, og det er godt å være her i kveld. I dag kjenner jeg på takknemlighet.',
  'Som Kari sa, du bør ringe sponsoren din. Jeg vet at det er vanskelig for en person som meg.',
  "As Grace said, you should call your sponsor. I told my son 'you need help' yesterday. Sol, I hear you.",
  'skriv til kari at gmail dot com eller snap: kari_84, ring meg på 912 34 567. Jeg bor i Hamar, min bror Per Olav Hansen.',
  '> du bør gå på flere møter\nwww.example.no og example.com, @Kari og @stillefjord.',
];

const realRegExp = globalThis.RegExp;
const realMatchAll = String.prototype.matchAll;
afterEach(() => {
  globalThis.RegExp = realRegExp;
  String.prototype.matchAll = realMatchAll;
});

describe('a share is checked without building a RegExp', () => {
  it('constructs none and calls no matchAll once the room has been seen', () => {
    for (const lang of ['nb', 'en'] as const) for (const t of SHARES) analyzeShare(t, { otherNames: ROOM, lang });
    const made: string[] = [];
    globalThis.RegExp = new Proxy(realRegExp, {
      construct(target, args) {
        made.push(String(args[0]).slice(0, 80));
        return Reflect.construct(target, args) as object;
      },
    });
    let matchAlls = 0;
    String.prototype.matchAll = function (this: string, re: RegExp) {
      matchAlls++;
      return realMatchAll.call(this, re);
    } as typeof String.prototype.matchAll;
    for (let i = 0; i < 3; i++) for (const lang of ['nb', 'en'] as const) for (const t of SHARES) analyzeShare(`${t} ${i}`, { otherNames: ROOM, lang });
    globalThis.RegExp = realRegExp;
    String.prototype.matchAll = realMatchAll;
    expect(made).toEqual([]);
    expect(matchAlls).toBe(0);
  });
});
