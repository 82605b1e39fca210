import { Text } from '@mantine/core';
import { Fragment } from 'react';

/**
 * Splits a search snippet on the server's <mark>…</mark> tags into plain-text parts and
 * marked parts. Everything else stays text: React escapes it, so no HTML from the index
 * ever reaches the DOM (never dangerouslySetInnerHTML).
 */
export function splitMarks(snippet: string): { text: string; marked: boolean }[] {
  const parts: { text: string; marked: boolean }[] = [];
  let marked = false;
  for (const piece of snippet.split(/(<mark>|<\/mark>)/)) {
    if (piece === '<mark>') marked = true;
    else if (piece === '</mark>') marked = false;
    else if (piece) parts.push({ text: piece, marked });
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
