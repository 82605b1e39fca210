import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeClient } from '../../test/fake-client.js';
import { renderPage } from '../../test/render.js';
import { AdminHome } from './AdminHome.js';

describe('AdminHome', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('links to the overview pages and says in words what is down', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => ({
        json: async () => ({
          status: 'degraded',
          postgres: { ok: true, latencyMs: 3 },
          meilisearch: { ok: false, error: 'connect ECONNREFUSED' },
        }),
      })),
    );
    const { client } = fakeClient({});
    renderPage(client, <AdminHome />);
    expect((await screen.findByTestId('status-overall')).textContent).toBe('Systemet kører med fejl.');
    expect(screen.getByTestId('status-postgres').textContent).toContain('Kører (3 ms)');
    expect(screen.getByTestId('status-meilisearch').textContent).toContain('Nede: connect ECONNREFUSED');
    expect(screen.getByTestId('admin-link-audit').getAttribute('href')).toBe('/admin/audit');
    expect(screen.getByTestId('admin-link-import').getAttribute('href')).toBe('/overview/import');
  });
});
