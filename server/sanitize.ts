// The backstop behind normalizeText: DOMPurify over jsdom, in one place. Text stays plain text;
// anything that parses as markup loses its tags. Clients render with textContent regardless.
import createDOMPurify from 'dompurify';
import { JSDOM } from 'jsdom';

const purify = createDOMPurify(new JSDOM('').window as unknown as Parameters<typeof createDOMPurify>[0]);

export function sanitizeText(text: string): string {
  // Only text that could hold markup pays for a parse.
  if (!/<[A-Za-z!/?]/.test(text)) return text;
  // Ampersands are escaped first so the parse cannot decode entities: what someone typed as
  // "&lt;b&gt;" stays those characters instead of becoming a real "<b>".
  const body = purify.sanitize(text.replace(/&/g, '&amp;'), { ALLOWED_TAGS: [], KEEP_CONTENT: true, RETURN_DOM: true });
  return (body.textContent ?? '').trim();
}

/** Applies the backstop to every string field of a parsed payload. */
export function sanitizePayload<T>(payload: T): T {
  if (!payload || typeof payload !== 'object') return payload;
  const out: Record<string, unknown> = { ...(payload as Record<string, unknown>) };
  for (const [k, v] of Object.entries(out)) if (typeof v === 'string') out[k] = sanitizeText(v);
  return out as T;
}
