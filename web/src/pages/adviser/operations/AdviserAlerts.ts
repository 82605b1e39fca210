import { graphql } from '../../../gql/index.js';

/** The adviser's alerts, most urgent first (the server caps first at 100). */
export const AdviserAlertsDocument = graphql(`
  query AdviserAlerts($first: Int) {
    alerts(first: $first) {
      kind
      severity
      dueDate
      message
      candidate {
        id
        firstName
      }
      company {
        id
        name
      }
      placement {
        id
      }
    }
  }
`);
