import { graphql } from '../../gql/index.js';

/** The portfolio at a glance: totals, companies (contact due first, sorted on the client) and my latest proposals. */
export const ConsultantHomeDocument = graphql(`
  query ConsultantHome {
    companies(first: 50) {
      totalCount
      edges {
        node {
          id
          name
          tier
          contactDue
          lastContactAt
          tasks {
            id
            status
          }
          iguSlots {
            id
            status
          }
        }
      }
    }
    openTasks: tasks(filter: { status: OPEN }, first: 1) {
      totalCount
    }
    openIguSlots: iguSlots(filter: { status: OPEN }, first: 1) {
      totalCount
    }
    proposals(first: 5) {
      totalCount
      edges {
        node {
          id
          status
          createdAt
          candidate {
            id
            firstName
          }
          task {
            id
            title
          }
          iguSlot {
            id
            title
          }
          company {
            id
            name
          }
        }
      }
    }
  }
`);
