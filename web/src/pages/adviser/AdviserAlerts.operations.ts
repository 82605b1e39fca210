import { graphql } from '../../gql/index.js';

/** The adviser's alerts, most urgent first (the server caps first at 100). */
export const AdviserAlertsDocument = graphql(`
  query AdviserAlerts($first: Int) {
    alerts(first: $first) {
      id
      kind
      severity
      dueDate
      message
      candidate {
        id
        firstName
        name
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

export const AdviserSnoozeAlertDocument = graphql(`
  mutation AdviserSnoozeAlert($id: ID!, $until: Date!) {
    snoozeAlert(id: $id, until: $until) {
      id
      snoozedUntil
    }
  }
`);

export const AdviserHandleAlertDocument = graphql(`
  mutation AdviserHandleAlert($id: ID!, $note: String!) {
    handleAlert(id: $id, note: $note) {
      alertId
      status
    }
  }
`);

/** Alerts the adviser snoozed or handled, newest first. */
export const AdviserAlertHistoryDocument = graphql(`
  query AdviserAlertHistory {
    alertHistory(first: 50) {
      alertId
      kind
      status
      dueDate
      snoozedUntil
      note
      message
      actedAt
      candidate {
        id
        name
      }
    }
  }
`);
