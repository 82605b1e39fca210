import { describe, expect, it } from 'vitest';
import { highlightTags, markedSnippet } from './highlight.js';

describe('markedSnippet (issue 13 item 11)', () => {
  const tags = highlightTags();
  const m = (s: string) => `${tags.pre}${s}${tags.post}`;

  it('escapes the stored text and keeps only the search’s own marks', () => {
    expect(markedSnippet(`<img src=x onerror="alert(1)"> kører ${m('truck')} & <b>'fed'</b>`, tags)).toBe(
      '&lt;img src=x onerror=&quot;alert(1)&quot;&gt; kører <mark>truck</mark> &amp; &lt;b&gt;&#39;fed&#39;&lt;/b&gt;',
    );
  });

  it('leaves <mark> typed into the text as text', () => {
    expect(markedSnippet(`<mark>falsk</mark> ${m('ægte')}`, tags)).toBe(
      '&lt;mark&gt;falsk&lt;/mark&gt; <mark>ægte</mark>',
    );
  });

  it('joins the matched items of a list and is empty without a match', () => {
    expect(markedSnippet(['arabisk', m('dansk'), `<i>${m('dansk')}</i>`], tags)).toBe(
      '<mark>dansk</mark>, &lt;i&gt;<mark>dansk</mark>&lt;/i&gt;',
    );
    expect(markedSnippet('ingen match', tags)).toBe('');
    expect(markedSnippet(undefined, tags)).toBe('');
  });

  it('uses tags no stored text can guess', () => {
    expect(highlightTags().pre).not.toBe(tags.pre);
  });
});
