import { graphql } from '../../gql/index.js';

/** Cohorts and where they stood 3, 6 and 12 months after the start; conversion rates. */
export const OverviewEffectDocument = graphql(`
  query OverviewEffect($filter: EffectFilter) {
    effectReport(filter: $filter) {
      from
      to
      summary
      cohorts {
        month
        type
        people
        milestones {
          months
          observed
          shareWithOrdinaryHours
          medianOrdinaryHours
          shareInOrdinaryWork
        }
      }
      totals {
        months
        observed
        withOrdinaryHours
        shareWithOrdinaryHours
        medianOrdinaryHours
        inOrdinaryWork
        shareInOrdinaryWork
      }
      byCompany {
        id
        name
        ended
        converted
        rate
      }
      byConsultant {
        id
        name
        ended
        converted
        rate
      }
    }
  }
`);

export const OverviewExportEffectCsvDocument = graphql(`
  query OverviewExportEffectCsv($filter: EffectFilter) {
    exportEffectCsv(filter: $filter)
  }
`);
