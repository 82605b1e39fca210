import { graphql } from '../../gql/index.js';

export const ConsultantIguSlotDocument = graphql(`
  query ConsultantIguSlot($id: ID!) {
    iguSlot(id: $id) {
      id
      title
      description
      status
      startDate
      weeklyHours
      hourlyWage
      openings
      openingsLeft
      postcode
      danishLevel
      requiredCompetences {
        minLevel
        competence {
          id
          name
          nameEn
        }
      }
      industry {
        code
        name
        nameEn
      }
      company {
        id
        name
        sector
      }
    }
  }
`);

export const ConsultantIguSlotMatchesDocument = graphql(`
  query ConsultantIguSlotMatches($iguSlotId: ID!) {
    matchCandidatesForIguSlot(iguSlotId: $iguSlotId, first: 10) {
      ...ConsultantMatchFields
    }
  }
`);
