import { graphql } from '../../gql/index.js';

/** The company's start page: counts, proposals waiting for an answer, current interns, reminders. */
export const CompanyHomeDocument = graphql(`
  query CompanyHome($companyId: ID!) {
    company(id: $companyId) {
      id
      name
    }
    openTasks: tasks(filter: { companyId: $companyId, status: OPEN }, first: 1) {
      totalCount
    }
    tasksInProgress: tasks(filter: { companyId: $companyId, status: IN_PROGRESS }, first: 1) {
      totalCount
    }
    openSlots: iguSlots(filter: { companyId: $companyId, status: OPEN }, first: 1) {
      totalCount
    }
    waiting: proposals(filter: { companyId: $companyId, status: PROPOSED }, first: 5) {
      totalCount
      edges {
        node {
          id
          createdAt
          task {
            id
            title
          }
          iguSlot {
            id
            title
          }
          profile {
            firstName
          }
        }
      }
    }
    interns: placements(filter: { companyId: $companyId, status: ACTIVE }, first: 5) {
      totalCount
      edges {
        node {
          id
          candidateFirstName
          type
          nextFollowUpDue
          currentPlannedHours {
            weeklyHours
            ordinaryHours
          }
        }
      }
    }
    alerts(first: 5) {
      kind
      severity
      dueDate
      message
    }
  }
`);
