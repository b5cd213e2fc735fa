// Small inline icons built as SVG elements (no markup parsing), so they look the same on every
// device, with or without an emoji font. Decorative: hidden from screen readers.
import type { AckKind } from '../shared/meeting/commands.js';

const NS = 'http://www.w3.org/2000/svg';

const PATHS: Record<AckKind, string[]> = {
  // sound reaching someone: a dot and two arcs
  hear: ['M8 12a1.6 1.6 0 1 0 0.01 0', 'M11.5 8.5a5 5 0 0 1 0 7', 'M14.5 5.5a9 9 0 0 1 0 13'],
  heart: ['M12 20s-7-4.4-7-10a4 4 0 0 1 7-2.6A4 4 0 0 1 19 10c0 5.6-7 10-7 10z'],
  // a small sprout
  thanks: ['M12 20v-8', 'M12 12c0-4 3-6 7-6 0 4-3 6-7 6z', 'M12 14c0-3-2.5-5-6-5 0 3 2.5 5 6 5z'],
};

export function ackIcon(kind: AckKind): SVGSVGElement {
  const svg = document.createElementNS(NS, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('width', '20');
  svg.setAttribute('height', '20');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  svg.setAttribute('class', `icon icon-${kind}`);
  for (const d of PATHS[kind]) {
    const p = document.createElementNS(NS, 'path');
    p.setAttribute('d', d);
    svg.appendChild(p);
  }
  return svg;
}
