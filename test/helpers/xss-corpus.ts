// The XSS corpora the tests send: one through real Chromium (test/e2e/xss-corpus.e2e.test.ts),
// one on every socket and HTTP path (test/integration/hostile-edge.test.ts); both also feed the
// sanitizer's differential test (test/server/sanitize-differential.test.ts).

/** Every payload calls window.__xss(n) or alert(n) if it ever runs. */
export const CORPUS: string[] = [
  '<script>window.__xss(1)</script>',
  '<img src=x onerror=window.__xss(2)>',
  '<<b>img src=x onerror=window.__xss(3)>',
  '<textarea><img src=x onerror=window.__xss(4)></textarea>',
  '<svg onload=window.__xss(5)>',
  '<svg><script>window.__xss(6)</script></svg>',
  '<a href="javascript:window.__xss(7)">trykk her</a>',
  'javascript:window.__xss(8)',
  '<iframe srcdoc="<script>parent.__xss(9)</script>"></iframe>',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__xss(10)>',
  '<noscript><p title="</noscript><img src=x onerror=window.__xss(11)>">',
  '<svg><style><img src=x onerror=window.__xss(12)></style></svg>',
  '&lt;img src=x onerror=window.__xss(13)&gt;',
  '&#60;img src=x onerror=window.__xss(14)&#62;',
  '\\u003cimg src=x onerror=window.__xss(15)\\u003e',
  '%3Cimg%20src%3Dx%20onerror%3Dwindow.__xss(16)%3E',
  '"><img src=x onerror=window.__xss(17)>',
  "'-alert(18)-'",
  '<details open ontoggle=window.__xss(19)>',
  '<body onload=window.__xss(20)>',
  '<input autofocus onfocus=window.__xss(21)>',
  '<object data="javascript:window.__xss(22)"></object>',
  '<img src=x on\u200Berror=window.__xss(23)>',
  'Kari\u202Egnp.exe\u202C <img src=x onerror=window.__xss(24)>',
  '<style>@import "javascript:window.__xss(25)"</style>',
  '<form><button formaction=javascript:window.__xss(26)>x</button></form>',
  '<template><img src=x onerror=window.__xss(27)></template>',
  'if x<y and y>z then <3',
];

/** The attacker probe of issue 12 (test/integration/hostile-edge.test.ts sends each on every path). */
export const XSS = [
  '<<b>img src=x onerror=alert(1)>',
  '<textarea><img src=x onerror=alert(1)></textarea>',
  '<scr<script>ipt>alert(1)</scr</script>ipt>',
  '<<script>script>alert(1)<</script>/script>',
  '<svg><script>alert(1)</script></svg>',
  '<svg/onload=alert(1)>x',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
  '<math><mi><mglyph><style><img src=x onerror=alert(1)>',
  '<a href="javascript:alert(1)">klikk</a>',
  '<iframe srcdoc="<script>alert(1)</script>">',
  '<!--<img src=x onerror=alert(1)>-->',
  '<img src=x onerror=alert(1)//',
  '&lt;img src=x onerror=alert(1)&gt; hei',
  '<IMG SRC=JaVaScRiPt:alert(1)>',
  '<details open ontoggle=alert(1)>',
  '<style><img src=x onerror=alert(1)></style>',
  '<xmp><img src=x onerror=alert(1)></xmp>',
  '<<img src=x onerror=alert(1)>img src=x onerror=alert(1)>',
  // A frameset replaces the body: nothing is left to deliver (the DOMPurify step threw here).
  '<b></b><frameset><img src=x onerror=alert(1)>',
];
