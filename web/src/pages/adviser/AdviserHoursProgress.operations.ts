import { graphql } from '../../gql/index.js';

/** Planned, attended and ordinary hours per ISO week. */
export const AdviserHoursProgressDocument = graphql(`
  query AdviserHoursProgress($candidateId: ID!) {
    hoursProgress(candidateId: $candidateId) {
      week
      weekStart
      plannedHours
      plannedOrdinaryHours
      plannedSchoolHours
      attendedHours
      ordinaryHours
    }
  }
`);
