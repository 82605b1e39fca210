import { MantineProvider } from '@mantine/core';
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { HighlightedSnippet, splitMarks } from './HighlightedSnippet.js';

describe('HighlightedSnippet', () => {
  it('splits a snippet on the <mark> tags', () => {
    expect(splitMarks('Har <mark>truck</mark>certifikat og <mark>truck</mark>')).toEqual([
      { text: 'Har ', marked: false },
      { text: 'truck', marked: true },
      { text: 'certifikat og ', marked: false },
      { text: 'truck', marked: true },
    ]);
  });

  it('shows the escaped text the server sends as the person typed it, marks as <mark>', () => {
    const { container } = render(
      <MantineProvider>
        <HighlightedSnippet
          snippet={'&lt;img src=x onerror=&quot;alert(1)&quot;&gt; kan <mark>truck</mark> &amp; &lt;b&gt;fed&lt;/b&gt;'}
        />
      </MantineProvider>,
    );
    expect(container.querySelectorAll('mark')).toHaveLength(1);
    expect(container.querySelector('mark')?.textContent).toBe('truck');
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror="alert(1)"> kan truck & <b>fed</b>');
  });

  it('renders any other markup (an older or hostile server) as nothing but its text', () => {
    const { container } = render(
      <MantineProvider>
        <HighlightedSnippet snippet={'<img src=x onerror="alert(1)"> kan <mark>truck</mark> <b>fed</b>'} />
      </MantineProvider>,
    );
    expect(container.querySelectorAll('mark')).toHaveLength(1);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect(container.textContent).toContain(' kan truck fed');
  });
});
