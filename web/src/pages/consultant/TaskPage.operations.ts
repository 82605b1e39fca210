import { graphql } from '../../gql/index.js';

export const ConsultantTaskDocument = graphql(`
  query ConsultantTask($id: ID!) {
    task(id: $id) {
      id
      title
      description
      status
      danishLevel
      weeklyHours
      learningGoals
      ordinaryHoursInSight
      expectedOrdinaryHours
      openings
      openingsLeft
      postcode
      requiresDrivingLicence
      schedule
      industry {
        code
        name
        nameEn
      }
      company {
        id
        name
      }
      requiredCompetences {
        minLevel
        competence {
          id
          name
          nameEn
        }
      }
      niceToHaveCompetences {
        id
        name
        nameEn
      }
    }
  }
`);

export const ConsultantTaskMatchesDocument = graphql(`
  query ConsultantTaskMatches($taskId: ID!) {
    matchCandidatesForTask(taskId: $taskId, first: 10) {
      ...ConsultantMatchFields
    }
  }
`);
