import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import i18n from '../../i18n/index.js';
import { type Data, fakeClient } from '../../test/fake-client.js';
import { renderPage } from '../../test/render.js';
import { IguSlotPage } from './IguSlotPage.js';

const slot: { data: Data<'ConsultantIguSlot'> } = {
  data: {
    iguSlot: {
      id: 's1',
      title: 'IGU: hjælper på plejecenter',
      description: 'To års integrationsgrunduddannelse med løn.',
      status: 'OPEN',
      startDate: '2027-01-15',
      weeklyHours: 37,
      hourlyWage: 66.75,
      openings: 1,
      openingsLeft: 1,
      postcode: '5800',
      danishLevel: 'B1',
      requiredCompetences: [
        { minLevel: 1, competence: { id: 'k-meal', name: 'Hjælp ved måltider', nameEn: 'Mealtime assistance' } },
        { minLevel: 2, competence: { id: 'k-care', name: 'Ældrepleje', nameEn: 'Elderly care' } },
      ],
      industry: { code: '87', name: 'Plejehjem', nameEn: 'Residential care activities' },
      company: { id: 'co1', name: 'Plejecentret Kildebakken', sector: 'PUBLIC' },
    },
  },
};

const answers = {
  ConsultantIguSlot: slot,
  ConsultantIguSlotMatches: { data: { matchCandidatesForIguSlot: [] } },
  ConsultantOpeningProposals: { data: { proposals: { edges: [] } } },
};

describe('IguSlotPage', () => {
  it('shows what the slot asks for: its competences at their least level and its Danish level, in both languages', async () => {
    const { client } = fakeClient(answers);
    renderPage(client, <IguSlotPage />, { path: '/consultant/igu-slots/:id', url: '/consultant/igu-slots/s1' });
    const required = await screen.findByTestId('required-competences');
    const badges = () =>
      within(required)
        .getAllByText(/·/)
        .map((b) => b.textContent);
    expect(badges()).toEqual([
      `Hjælp ved måltider · ${i18n.t('skillLevel.1')}`,
      `Ældrepleje · ${i18n.t('skillLevel.2')}`,
    ]);
    const value = (label: RegExp) => screen.getByText(label).nextElementSibling?.textContent;
    expect(value(/^Dansk/)).toBe(i18n.t('enums.danishLevel.B1'));
    // The shortlist speaks of the IGU slot, not of a task.
    expect(within(screen.getByTestId('shortlist')).getByText(/^Personer du overvejer til IGU-pladsen\./)).toBeTruthy();
    await i18n.changeLanguage('en');
    try {
      expect(await screen.findByText(`Mealtime assistance · ${i18n.t('skillLevel.1')}`)).toBeTruthy();
      expect(value(/^Danish/)).toBe(i18n.t('enums.danishLevel.B1'));
    } finally {
      await i18n.changeLanguage('da');
    }
  });
});
