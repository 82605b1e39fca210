import { Text } from '@mantine/core';
import { Fragment } from 'react';

/**
 * Reads a search snippet (HTML from the server: the text escaped, the matched words in
 * <mark>…</mark>) into plain-text parts and marked parts. It is parsed in an inert document
 * (DOMParser: no scripts run, nothing loads) and only the text is kept; React renders it as
 * text, so no markup from the index ever reaches the page (never dangerouslySetInnerHTML).
 */
export function splitMarks(snippet: string): { text: string; marked: boolean }[] {
  const body = new DOMParser().parseFromString(snippet, 'text/html').body;
  const parts: { text: string; marked: boolean }[] = [];
  for (const node of Array.from(body.childNodes)) {
    const text = node.textContent ?? '';
    const marked = node.nodeName === 'MARK';
    const last = parts[parts.length - 1];
    if (!text) continue;
    if (last && last.marked === marked) last.text += text;
    else parts.push({ text, marked });
  }
  return parts;
}

export function HighlightedSnippet({ snippet }: { snippet: string }) {
  return (
    <Text span size="sm">
      {splitMarks(snippet).map((p, i) =>
        p.marked ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts have no identity beyond their order
          <mark key={i}>{p.text}</mark>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts have no identity beyond their order
          <Fragment key={i}>{p.text}</Fragment>
        ),
      )}
    </Text>
  );
}
