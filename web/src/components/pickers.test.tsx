import { fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import i18n from '../i18n/index.js';
import { type Data, fakeClient } from '../test/fake-client.js';
import { renderPage } from '../test/render.js';
import { CompetencePicker } from './CompetencePicker.js';
import { IndustrySelect, industryFilter } from './IndustrySelect.js';

const Industries: { data: Data<'Industries'> } = {
  data: {
    industries: [
      {
        code: 'H',
        name: 'Transport og godshåndtering',
        nameEn: 'Transportation and storage',
        level: 'SECTION',
        section: null,
      },
      { code: '49', name: 'Landtransport', nameEn: 'Land transport', level: 'DIVISION', section: 'H' },
      {
        code: '52',
        name: 'Hjælpevirksomhed i forbindelse med transport',
        nameEn: null,
        level: 'DIVISION',
        section: 'H',
      },
    ],
  },
};
const Competences: { data: Data<'Competences'> } = {
  data: { competences: [{ id: 'k1', code: 'TRUCK', name: 'Gaffeltruck', nameEn: 'Forklift truck' }] },
};

afterEach(() => i18n.changeLanguage('da'));

describe('IndustrySelect', () => {
  it('names divisions in English where the catalogue has it, in Danish where not, grouped by section', async () => {
    await i18n.changeLanguage('en');
    renderPage(fakeClient({ Industries }).client, <IndustrySelect label="Industry" />);
    fireEvent.click(screen.getByRole('combobox', { name: 'Industry' }));
    expect(await screen.findByRole('option', { name: '49 Land transport', hidden: true })).toBeTruthy();
    expect(
      screen.getByRole('option', { name: '52 Hjælpevirksomhed i forbindelse med transport', hidden: true }),
    ).toBeTruthy();
    expect(screen.getByText('H Transportation and storage')).toBeTruthy();
  });

  it('finds a division by the code or either name, whatever the UI language', () => {
    const haystack = new Map([
      ['49', '49 landtransport land transport'],
      ['52', '52 hjælpevirksomhed i forbindelse med transport '],
    ]);
    const options = [
      {
        group: 'H Transportation and storage',
        items: [
          { value: '49', label: '49 Land transport' },
          { value: '52', label: '52 Hjælpevirksomhed i forbindelse med transport' },
        ],
      },
    ];
    const found = (search: string, limit = 100) =>
      industryFilter(haystack)({ options, search, limit }).flatMap((o) =>
        ('group' in o ? o.items : [o]).map((i) => i.value),
      );
    expect(found('LANDTRANS')).toEqual(['49']);
    expect(found('land transport')).toEqual(['49']);
    expect(found('52')).toEqual(['52']);
    expect(found('transport')).toEqual(['49', '52']);
    expect(found('transport', 1)).toEqual(['49']);
    expect(found('bager')).toEqual([]);
  });
});

describe('CompetencePicker', () => {
  it('names competences in the UI language and hands over the chosen ids with their names', async () => {
    await i18n.changeLanguage('en');
    let picked: { ids: string[]; name?: string } = { ids: [] };
    renderPage(
      fakeClient({ Competences }).client,
      <CompetencePicker
        label="Skills"
        value={[]}
        onChange={(ids, names) => (picked = { ids, name: names.get(ids[0] ?? '') })}
      />,
    );
    fireEvent.click(screen.getByRole('combobox', { name: 'Skills' }));
    fireEvent.click(await screen.findByRole('option', { name: 'Forklift truck', hidden: true }));
    expect(picked).toEqual({ ids: ['k1'], name: 'Forklift truck' });
  });
});
