import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { type Data, fakeClient, gqlError } from '../../test/fake-client.js';
import { renderPage } from '../../test/render.js';
import { InternsPage } from './InternsPage.js';

type Placement = Data<'CompanyPlacements'>['placements']['edges'][number]['node'];
const placement: Placement = {
  id: 'pl1',
  candidateFirstName: 'Yonas',
  type: 'INTERNSHIP',
  status: 'ACTIVE',
  startDate: '2026-10-05',
  plannedEndDate: '2026-12-28',
  endDate: null,
  weekNumber: 4,
  mentorName: 'Lone',
  learningGoals: 'Pluk',
  nextFollowUpDue: '2099-01-01',
  agreementVersion: 1,
  awaitingApprovalFrom: null,
  pendingAgreement: null,
  task: { id: 't1', title: 'Plukning af ordrer' },
  iguSlot: null,
  hoursPlan: [
    { fromWeek: 1, weeklyHours: 12, ordinaryHours: 0 },
    { fromWeek: 3, weeklyHours: 20, ordinaryHours: 4 },
  ],
  currentPlannedHours: { fromWeek: 3 },
  latestFollowUp: null,
  followUps: [],
};

const list: { data: Data<'CompanyPlacements'> } = {
  data: {
    placements: { totalCount: 1, pageInfo: { endCursor: 'c1', hasNextPage: false }, edges: [{ node: placement }] },
  },
};

describe('InternsPage', () => {
  it('shows the hours plan as a table with the current step in words', async () => {
    const { client } = fakeClient({ CompanyPlacements: list }, { role: 'COMPANY' });
    renderPage(client, <InternsPage />, { url: '/company/interns', path: '/company/interns' });
    const table = await screen.findByRole('table', { name: 'Timeplan for Yonas' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(rows[2]?.textContent).toContain('3 (nu)');
    expect(rows[2]?.textContent).toContain('20 t');
    expect(screen.getByText('Ingen opfølgning endnu.')).toBeTruthy();
  });

  it('withdraws its own proposal waiting for the job centre, and says the agreement in force applies', async () => {
    const terms = (learningGoals: string) => ({
      startDate: '2026-10-05',
      plannedEndDate: '2026-12-28',
      mentorName: 'Lone',
      learningGoals,
      hoursPlan: placement.hoursPlan,
      schoolPeriods: [],
    });
    type Version = NonNullable<Data<'PlacementAgreement'>['placement']>['agreements'][number];
    const version = (
      number: number,
      proposedBy: Version['proposedBy'],
      learningGoals: string,
      adviserApprovedAt: string | null,
    ): Version => ({
      id: `a${number}`,
      number,
      proposedBy,
      companyApprovedAt: '2026-10-01T08:00:00Z',
      adviserApprovedAt,
      withdrawnAt: null,
      withdrawalReason: null,
      refusedAt: null,
      refusalReason: null,
      terms: terms(learningGoals),
    });
    const waiting: Placement = {
      ...placement,
      agreementVersion: 2,
      awaitingApprovalFrom: 'JOB_CENTRE',
      pendingAgreement: { number: 2, terms: terms('Pluk og lageroptælling') },
    };
    const { client, mutations } = fakeClient(
      {
        CompanyPlacements: {
          data: { placements: { ...list.data.placements, edges: [{ node: waiting }] } },
        },
        PlacementAgreement: {
          data: {
            placement: {
              id: 'pl1',
              status: 'ACTIVE',
              agreementVersion: 2,
              awaitingApprovalFrom: 'JOB_CENTRE',
              agreementInForce: { number: 1 },
              agreements: [
                version(2, 'COMPANY', 'Pluk og lageroptælling', null),
                version(1, 'JOB_CENTRE', 'Pluk', '2026-10-02T08:00:00Z'),
              ],
            },
          },
        },
        WithdrawPlacementAgreement: {
          data: {
            withdrawPlacementAgreement: {
              id: 'pl1',
              status: 'ACTIVE',
              version: 3,
              agreementVersion: 1,
              awaitingApprovalFrom: null,
            },
          },
        },
      },
      { role: 'COMPANY' },
    );
    renderPage(client, <InternsPage />, { url: '/company/interns', path: '/company/interns' });
    const panel = await screen.findByTestId('agreement-panel');
    // Its own proposal: the company does not approve or refuse it, it withdraws it.
    expect(within(panel).queryByTestId('agreement-approve')).toBeNull();
    expect(within(panel).queryByTestId('agreement-refuse')).toBeNull();
    fireEvent.click(within(panel).getByRole('button', { name: 'Træk jeres forslag tilbage (version 2)' }));
    const form = within(panel).getByRole('form', { name: 'Træk jeres forslag tilbage (version 2)' });
    fireEvent.change(within(form).getByLabelText(/^Begrundelse/), { target: { value: 'Vi venter til januar' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Træk forslaget tilbage' }));
    // Said on the card and in the page's notice (the fake list still shows the card).
    expect(await screen.findAllByText(/Jeres forslag \(version 2\) er trukket tilbage/)).toHaveLength(2);
    expect(mutations).toEqual([
      {
        name: 'WithdrawPlacementAgreement',
        variables: { placementId: 'pl1', agreementVersion: 2, reason: 'Vi venter til januar' },
      },
    ]);
  });

  it('reports hours, prefilled from the plan, and shows the server error next to the field', async () => {
    let call = 0;
    const recordFollowUp = () =>
      ++call === 1
        ? gqlError('Ordinary hours (25) cannot be more than the attended hours (20).', {
            code: 'BAD_USER_INPUT',
            field: 'ordinaryHours',
          })
        : {
            data: {
              recordFollowUp: {
                id: 'f1',
                date: '2026-10-26',
                attendedHours: 20,
                ordinaryHours: 4,
                absenceDays: 0,
                progress: 4,
                note: 'Godt i gang med truck',
                nextFollowUpDate: null,
              },
            },
          };
    const { client, mutations } = fakeClient(
      { CompanyPlacements: list, CompanyRecordFollowUp: recordFollowUp },
      { role: 'COMPANY' },
    );
    renderPage(client, <InternsPage />, { url: '/company/interns', path: '/company/interns' });
    fireEvent.click(await screen.findByRole('button', { name: 'Rapportér timer for Yonas' }));
    const dialog = await screen.findByRole('dialog');
    const d = within(dialog);
    expect((d.getByLabelText(/^Mødte timer/) as HTMLInputElement).value).toBe('20');
    fireEvent.change(d.getByLabelText(/^Heraf ordinære/), { target: { value: '25' } });
    fireEvent.click(d.getByRole('radio', { name: '4 – God' }));
    fireEvent.change(d.getByLabelText(/^Kort opfølgning/), { target: { value: 'Godt i gang med truck' } });
    fireEvent.click(d.getByRole('button', { name: 'Gem opfølgning' }));
    await d.findByText(/cannot be more than the attended hours/);
    expect(d.getByLabelText(/^Heraf ordinære/).getAttribute('aria-invalid')).toBe('true');
    expect(mutations[0]?.variables).toMatchObject({
      placementId: 'pl1',
      input: { attendedHours: 20, ordinaryHours: 25, absenceDays: 0, progress: 4, note: 'Godt i gang med truck' },
    });
    fireEvent.change(d.getByLabelText(/^Heraf ordinære/), { target: { value: '4' } });
    fireEvent.click(d.getByRole('button', { name: 'Gem opfølgning' }));
    await screen.findByText('Timerne for Yonas er gemt.');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });
});
