import { graphql } from '../../gql/index.js';

export const ConsultantCompanyDocument = graphql(`
  query ConsultantCompany($id: ID!, $logFirst: Int!) {
    company(id: $id) {
      id
      cvr
      name
      tier
      sector
      postcode
      contactCadenceDays
      contactDue
      lastContactAt
      mentorCount
      mentorLanguages
      version
      industry {
        code
        name
        nameEn
      }
      consultant {
        id
        name
      }
      contacts {
        id
        name
        title
        email
        phone
      }
      nextContactDue
      contactLog(first: $logFirst) {
        id
        contactedAt
        note
        kind
        nextContactDate
        contactPerson {
          id
          name
        }
        by {
          id
          name
        }
      }
    }
  }
`);

export const ConsultantCompanyTasksDocument = graphql(`
  query ConsultantCompanyTasks($companyId: ID!, $first: Int, $after: String) {
    tasks(filter: { companyId: $companyId }, first: $first, after: $after) {
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
          weeklyHours
          openings
          openingsLeft
          ordinaryHoursInSight
          createdAt
        }
      }
    }
  }
`);

export const ConsultantCompanyIguSlotsDocument = graphql(`
  query ConsultantCompanyIguSlots($companyId: ID!, $first: Int, $after: String) {
    iguSlots(filter: { companyId: $companyId }, first: $first, after: $after) {
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
          startDate
          weeklyHours
          openings
          openingsLeft
        }
      }
    }
  }
`);

export const ConsultantCompanyPlacementsDocument = graphql(`
  query ConsultantCompanyPlacements($companyId: ID!, $first: Int, $after: String) {
    placements(filter: { companyId: $companyId }, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          id
          type
          status
          startDate
          plannedEndDate
          candidateFirstName
          task {
            id
            title
          }
          iguSlot {
            id
            title
          }
        }
      }
    }
  }
`);

export const ConsultantRecordContactDocument = graphql(`
  mutation ConsultantRecordContact(
    $companyId: ID!
    $note: String!
    $kind: CompanyContactKind
    $contactPersonId: ID
    $nextContactDate: Date
  ) {
    recordCompanyContact(
      companyId: $companyId
      note: $note
      kind: $kind
      contactPersonId: $contactPersonId
      nextContactDate: $nextContactDate
    ) {
      id
      contactDue
      lastContactAt
      nextContactDue
    }
  }
`);
