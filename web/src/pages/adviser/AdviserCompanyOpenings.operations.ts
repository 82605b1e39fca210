import { graphql } from '../../gql/index.js';

/** A company's open tasks and IGU slots, to link a placement to. */
export const AdviserCompanyOpeningsDocument = graphql(`
  query AdviserCompanyOpenings($companyId: ID!) {
    tasks(filter: { companyId: $companyId, status: OPEN }, first: 50) {
      edges {
        node {
          id
          title
          weeklyHours
          learningGoals
        }
      }
    }
    iguSlots(filter: { companyId: $companyId, status: OPEN }, first: 50) {
      edges {
        node {
          id
          title
          weeklyHours
        }
      }
    }
  }
`);
