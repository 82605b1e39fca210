import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { type Data, fakeClient } from '../../test/fake-client.js';
import { renderPage } from '../../test/render.js';
import { ImportPage } from './ImportPage.js';

const PREVIEW: Data<'OverviewPreviewImport'>['previewImport'] = {
  columns: [
    { key: 'cvr', header: 'cvr' },
    { key: 'name', header: 'navn' },
  ],
  ignoredColumns: ['farve'],
  validCount: 2,
  errorCount: 1,
  createCount: 1,
  updateCount: 1,
  unchangedCount: 0,
  skipCount: 0,
  errorCsv: 'cvr;navn;farve;Linje i filen;Fejl\r\n12345678;To;;3;cvr: CVR 12345678 has an invalid check digit\r\n',
  rows: [
    {
      line: 2,
      values: [
        { key: 'cvr', value: '10150817' },
        { key: 'name', value: 'Et' },
      ],
      action: 'CREATE',
      errors: [],
    },
    {
      line: 3,
      values: [
        { key: 'cvr', value: '12345678' },
        { key: 'name', value: 'To' },
      ],
      action: null,
      errors: [
        { field: 'cvr', column: 'cvr', message: 'CVR 12345678 has an invalid check digit', code: 'BAD_USER_INPUT' },
      ],
    },
    {
      line: 4,
      values: [
        { key: 'cvr', value: '29403473' },
        { key: 'name', value: 'Tre' },
      ],
      action: 'UPDATE',
      errors: [],
    },
  ],
};

describe('ImportPage', () => {
  it('previews a pasted file with every error listed at the top and an error file, and offers no import', async () => {
    const { client, calls } = fakeClient({ OverviewPreviewImport: { data: { previewImport: PREVIEW } } });
    renderPage(client, <ImportPage />);
    const text = await screen.findByLabelText(/indsæt CSV-tekst/);
    fireEvent.change(text, { target: { value: 'cvr;navn;farve\n10150817;Et;blå' } });
    fireEvent.click(screen.getByTestId('import-preview'));

    expect((await screen.findByTestId('import-summary')).textContent).toBe('3 rækker: 2 kan importeres, 1 har fejl.');
    expect(screen.getByTestId('import-ignored').textContent).toContain('farve');
    const row = screen.getByTestId('import-row-3');
    expect(within(row).getByText('Fejl')).toBeTruthy();
    expect(screen.getByTestId('import-errors-3').textContent).toBe('cvr: CVR 12345678 has an invalid check digit');
    const summary = screen.getByTestId('import-error-summary');
    expect(summary.textContent).toContain('1 række har fejl: intet bliver gemt');
    expect(screen.getByTestId('import-error-list').textContent).toBe(
      'Linje 3, cvr: CVR 12345678 has an invalid check digit',
    );
    expect(screen.getByTestId('import-error-file').textContent).toBe('Hent fejlfil (CSV)');
    expect(screen.queryByTestId('import-commit')).toBeNull();
    expect(calls.find((c) => c.name === 'OverviewPreviewImport')?.variables).toMatchObject({ kind: 'COMPANIES' });
  });

  it('imports a clean file in one call (no line range) and shows 100 %', async () => {
    const clean = {
      ...PREVIEW,
      errorCount: 0,
      validCount: 3,
      errorCsv: null,
      rows: PREVIEW.rows.map((r) => ({ ...r, errors: [], action: r.action ?? 'UNCHANGED' })),
    };
    const { client, calls } = fakeClient({
      OverviewPreviewImport: { data: { previewImport: clean } },
      OverviewCommitImport: {
        data: {
          commitImport: { processed: 3, created: 1, updated: 1, unchanged: 1, skipped: 0, rejected: false, errors: [] },
        },
      },
    });
    renderPage(client, <ImportPage />);
    fireEvent.change(await screen.findByLabelText(/indsæt CSV-tekst/), { target: { value: 'cvr;navn\n1;Et' } });
    fireEvent.click(screen.getByTestId('import-preview'));
    expect(await screen.findByTestId('import-summary')).toBeTruthy();
    expect(screen.queryByTestId('import-error-summary')).toBeNull();
    expect(screen.getByTestId('import-counts').textContent).toBe(
      'Nye: 1 · opdateres: 1 · uændrede: 0 · springes over: 0',
    );
    expect(screen.getByTestId('import-action-2').textContent).toBe('Ny');
    expect(screen.getByTestId('import-action-3').textContent).toBe('Uændret');
    expect(screen.getByTestId('import-action-4').textContent).toBe('Opdateres');
    fireEvent.click(screen.getByRole('button', { name: 'Importér 3 gyldige rækker' }));
    await waitFor(() =>
      expect(screen.getByTestId('import-done').textContent).toBe(
        '1 oprettet, 1 opdateret, 1 uændret, 0 sprunget over.',
      ),
    );
    expect(screen.getByTestId('import-progress-text').textContent).toContain('100\u00a0%');
    const commits = calls.filter((c) => c.name === 'OverviewCommitImport');
    expect(commits).toHaveLength(1);
    expect(commits[0]?.variables).toMatchObject({ kind: 'COMPANIES', onExisting: 'UPDATE' });
    expect(commits[0]?.variables).not.toHaveProperty('fromLine');
  });

  it('says nothing was saved when the server refuses a row, with its line and column', async () => {
    const clean = {
      ...PREVIEW,
      errorCount: 0,
      validCount: 3,
      errorCsv: null,
      rows: PREVIEW.rows.map((r) => ({ ...r, errors: [], action: r.action ?? 'UNCHANGED' })),
    };
    const { client } = fakeClient({
      OverviewPreviewImport: { data: { previewImport: clean } },
      OverviewCommitImport: {
        data: {
          commitImport: {
            processed: 3,
            created: 0,
            updated: 0,
            unchanged: 0,
            skipped: 0,
            rejected: true,
            errors: [{ line: 3, errors: PREVIEW.rows[1]!.errors }],
          },
        },
      },
    });
    renderPage(client, <ImportPage />);
    fireEvent.change(await screen.findByLabelText(/indsæt CSV-tekst/), { target: { value: 'cvr;navn\n1;Et' } });
    fireEvent.click(screen.getByTestId('import-preview'));
    fireEvent.click(await screen.findByTestId('import-commit'));
    expect((await screen.findByTestId('import-stopped')).textContent).toBe(
      'Importen blev ikke gennemført, og intet blev gemt: 1 række blev afvist. Ret den, og vis forhåndsvisningen igen.',
    );
    expect(screen.getByTestId('import-skipped').textContent).toContain('Linje 3, cvr: CVR 12345678');
  });

  it('shows the server refusing the whole file next to the form', async () => {
    const { client } = fakeClient({
      OverviewPreviewImport: { error: new Error('Filen mangler kolonnerne: branche') },
    });
    renderPage(client, <ImportPage />);
    fireEvent.change(await screen.findByLabelText(/indsæt CSV-tekst/), { target: { value: 'cvr\n1' } });
    fireEvent.click(screen.getByTestId('import-preview'));
    expect((await screen.findByTestId('import-problem')).textContent).toContain('Filen mangler kolonnerne');
  });

  it('asks for a file before previewing, and offers an adviser only candidates', async () => {
    const { client, calls } = fakeClient({}, { role: 'ADVISER' });
    renderPage(client, <ImportPage />);
    fireEvent.click(await screen.findByTestId('import-preview'));
    expect((await screen.findByTestId('import-problem')).textContent).toBe('Vælg en fil eller indsæt CSV-tekst først.');
    expect(screen.queryByTestId('import-kind')).toBeNull();
    expect(screen.getByText('Borgere')).toBeTruthy();
    expect(calls.some((c) => c.name === 'OverviewPreviewImport')).toBe(false);
  });
});
