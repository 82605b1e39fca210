import { graphql } from '../../gql/index.js';

export const CompanyTasksDocument = graphql(`
  query CompanyTasks($filter: TaskFilter, $first: Int, $after: String) {
    tasks(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          id
          title
          status
          statusReason
          weeklyHours
          openings
          openingsLeft
          ordinaryHoursInSight
          expectedOrdinaryHours
          createdAt
          industry {
            code
            name
            nameEn
          }
        }
      }
    }
  }
`);

/** Everything the task form edits, with the version for optimistic locking. */
export const CompanyTaskFieldsFragment = graphql(`
  fragment CompanyTaskFields on Task {
    id
    version
    status
    title
    description
    danishLevel
    weeklyHours
    schedule
    learningGoals
    ordinaryHoursInSight
    expectedOrdinaryHours
    openings
    postcode
    requiresDrivingLicence
    industry {
      code
      name
      nameEn
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
`);

export const CompanyTaskDocument = graphql(`
  query CompanyTask($id: ID!) {
    task(id: $id) {
      ...CompanyTaskFields
    }
  }
`);

export const CompanyPostTaskDocument = graphql(`
  mutation CompanyPostTask($input: PostTaskInput!) {
    postTask(input: $input) {
      ...CompanyTaskFields
    }
  }
`);

export const CompanyUpdateTaskDocument = graphql(`
  mutation CompanyUpdateTask($id: ID!, $input: UpdateTaskInput!) {
    updateTask(id: $id, input: $input) {
      ...CompanyTaskFields
    }
  }
`);

export const CompanyCloseTaskDocument = graphql(`
  mutation CompanyCloseTask($id: ID!, $reason: String!) {
    closeTask(id: $id, reason: $reason) {
      id
      status
      statusReason
      version
    }
  }
`);

export const CompanyPublishTaskDocument = graphql(`
  mutation CompanyPublishTask($id: ID!) {
    publishTask(id: $id) {
      id
      status
      version
    }
  }
`);
