import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import i18n from '../../i18n/index.js';
import { type Data, fakeClient } from '../../test/fake-client.js';
import { renderPage } from '../../test/render.js';
import { SearchPage } from './SearchPage.js';

const result: { data: Data<'ConsultantSearchCandidates'> } = {
  data: {
    searchCandidates: {
      totalHits: 1,
      facets: [
        {
          field: 'readiness',
          values: [
            { value: 'JOB_READY', count: 12 },
            { value: 'ACTIVITY_READY', count: 4 },
          ],
        },
        { field: 'industriesWished', values: [{ value: '52', count: 9 }] },
        {
          field: 'iguEligible',
          values: [
            { value: 'true', count: 5 },
            { value: 'false', count: 11 },
          ],
        },
      ],
      hits: [
        {
          highlights: [
            { field: 'competenceNames', snippet: 'Gaffel<mark>truck</mark> (<mark>truck</mark>certifikat)' },
          ],
          candidate: {
            id: 'c1',
            firstName: 'Amal',
            readiness: 'JOB_READY',
            danishLevel: 'B1',
            workableFreeHours: 25,
            industriesWished: ['52'],
            languages: ['arabisk'],
            iguEligible: true,
            hasDrivingLicence: false,
            postcode: '5000',
          },
        },
      ],
    },
  },
};

const industries: { data: Data<'Industries'> } = {
  data: { industries: [{ code: '52', name: 'Transport', nameEn: null, level: 'DIVISION', section: 'H' }] },
};

describe('SearchPage', () => {
  it('shows facet chips with counts and hits with marked words', async () => {
    const { client, calls } = fakeClient({ ConsultantSearchCandidates: result, Industries: industries });
    renderPage(client, <SearchPage />);
    const hit = await screen.findByTestId('search-hit');
    expect(within(hit).getByRole('heading', { name: 'Amal' })).toBeTruthy();
    const marks = hit.querySelectorAll('mark');
    expect([...marks].map((m) => m.textContent)).toEqual(['truck', 'truck']);
    expect(screen.getByLabelText('Jobparat (12)')).toBeTruthy();
    expect(screen.getByLabelText('Transport (9)')).toBeTruthy();
    expect(screen.getByLabelText('IGU-berettiget (5)')).toBeTruthy();
    expect(screen.getByTestId('search-total').textContent).toBe('1 kandidat');

    fireEvent.click(screen.getByLabelText('Jobparat (12)'));
    await waitFor(() =>
      expect(
        calls.some(
          (c) =>
            c.name === 'ConsultantSearchCandidates' &&
            JSON.stringify((c.variables.filter as { readiness?: string[] }).readiness) === '["JOB_READY"]',
        ),
      ).toBe(true),
    );
  });

  it('sends the free text and the filters on submit', async () => {
    const { client, calls } = fakeClient({ ConsultantSearchCandidates: result, Industries: industries });
    renderPage(client, <SearchPage />);
    await screen.findByTestId('search-hit');
    fireEvent.change(screen.getByLabelText(/Søg i kompetencer/), { target: { value: 'truck' } });
    fireEvent.change(screen.getByLabelText('Postnummer'), { target: { value: '5000' } });
    fireEvent.change(screen.getByLabelText('Inden for km'), { target: { value: '20' } });
    fireEvent.click(screen.getByTestId('search-submit'));
    await waitFor(() => {
      const last = calls.filter((c) => c.name === 'ConsultantSearchCandidates').at(-1);
      expect(last?.variables).toMatchObject({ query: 'truck', filter: { postcode: '5000', withinKm: 20 }, first: 20 });
    });
  });
});

describe('SearchPage badges', () => {
  // The free-hours badge shows the server's workableFreeHours (capped by the hours the person can work).
  it('label every level in the chosen language: no Danish, free hours', async () => {
    const hit = result.data.searchCandidates.hits[0]!;
    const none: { data: Data<'ConsultantSearchCandidates'> } = {
      data: {
        searchCandidates: {
          ...result.data.searchCandidates,
          hits: [
            {
              ...hit,
              candidate: { ...hit.candidate, danishLevel: 'NONE', workableFreeHours: 12.5 },
            },
          ],
        },
      },
    };
    const { client } = fakeClient({ ConsultantSearchCandidates: none, Industries: industries });
    renderPage(client, <SearchPage />);
    const found = await screen.findByTestId('search-hit');
    expect(within(found).getByText('Intet dansk')).toBeTruthy();
    expect(within(found).getByText('12,5 t/uge ledig')).toBeTruthy();
    await i18n.changeLanguage('en');
    try {
      expect(await within(found).findByText('No Danish')).toBeTruthy();
      expect(within(found).getByText('Job-ready')).toBeTruthy();
      expect(within(found).getByText('12.5 h/week free')).toBeTruthy();
      expect(found.textContent).not.toMatch(/None|Danish None/);
    } finally {
      await i18n.changeLanguage('da');
    }
  });
});

describe('SearchPage in the URL', () => {
  it('restores text, chips and page size from the URL, and links each hit to the profile', async () => {
    const { client, calls } = fakeClient({ ConsultantSearchCandidates: result, Industries: industries });
    renderPage(client, <SearchPage />, { url: '/?q=truck&r=JOB_READY&ind=52&lic=1&pc=5000&km=15&n=40' });
    const hit = await screen.findByTestId('search-hit');
    const search = calls.find((c) => c.name === 'ConsultantSearchCandidates');
    expect(search?.variables).toMatchObject({
      query: 'truck',
      first: 40,
      filter: {
        readiness: ['JOB_READY'],
        industriesWished: ['52'],
        hasDrivingLicence: true,
        postcode: '5000',
        withinKm: 15,
      },
    });
    expect((screen.getByLabelText(/Søg i kompetencer/) as HTMLInputElement).value).toBe('truck');
    expect((screen.getByLabelText('Jobparat (12)') as HTMLInputElement).checked).toBe(true);
    const link = within(hit).getByRole('link', { name: 'Amal' });
    expect(link.getAttribute('href')).toBe('/consultant/candidates/c1');
    expect(within(hit).getByRole('button', { name: 'Foreslå til opgave: Amal' })).toBeTruthy();
  });

  it('ignores values in the URL it does not know', async () => {
    const { client, calls } = fakeClient({ ConsultantSearchCandidates: result, Industries: industries });
    renderPage(client, <SearchPage />, { url: '/?r=NOPE&danish=Z9&n=9999' });
    await screen.findByTestId('search-hit');
    const search = calls.find((c) => c.name === 'ConsultantSearchCandidates');
    expect(search?.variables).toEqual({ query: null, filter: {}, first: 20 });
  });
});
