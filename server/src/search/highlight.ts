import { randomBytes } from 'node:crypto';

/**
 * Meilisearch puts its highlight tags into the stored text as it is, so a summary holding
 * `<img onerror=…>` would come back as live HTML next to the marks. It marks with tags unique
 * to one search instead; the whole text is then HTML-escaped and only those tags become <mark>.
 */
export function highlightTags(): { pre: string; post: string } {
  const nonce = randomBytes(8).toString('hex');
  return { pre: `[[mark:${nonce}]]`, post: `[[/mark:${nonce}]]` };
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);

/**
 * A highlighted field as safe HTML: the text escaped, the matched words in <mark>…</mark>; a
 * list field joins its matched items with ", ". Empty when nothing in it matched.
 */
export function markedSnippet(formatted: unknown, tags: { pre: string; post: string }): string {
  const items = (Array.isArray(formatted) ? formatted : [formatted ?? '']).map(String);
  return items
    .filter((s) => s.includes(tags.pre))
    .map((s) => escapeHtml(s).split(tags.pre).join('<mark>').split(tags.post).join('</mark>'))
    .join(', ');
}
