import { afterEach, describe, expect, it, vi } from 'vitest';
import { focusFirstInvalid } from './lib.js';

describe('focusFirstInvalid', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('focuses the first invalid field', async () => {
    document.body.innerHTML =
      '<form><input id="a"><input id="b" aria-invalid="true"><input id="c" aria-invalid="true"></form>';
    focusFirstInvalid(document.querySelector('form'));
    await vi.waitFor(() => expect(document.activeElement?.id).toBe('b'));
  });

  it('still finds a field that React marks invalid a few frames later', async () => {
    document.body.innerHTML = '<form><input id="hours"></form>';
    const frames = vi.spyOn(window, 'requestAnimationFrame');
    focusFirstInvalid(document.querySelector('form'));
    // Let it look (and find nothing) for a few frames before React marks the field.
    await vi.waitFor(() => expect(frames.mock.calls.length).toBeGreaterThanOrEqual(4));
    frames.mockRestore();
    expect(document.activeElement?.id).not.toBe('hours');
    document.getElementById('hours')!.setAttribute('aria-invalid', 'true');
    await vi.waitFor(() => expect(document.activeElement?.id).toBe('hours'));
  });
});
