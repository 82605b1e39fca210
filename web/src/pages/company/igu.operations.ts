import { graphql } from '../../gql/index.js';

export const CompanyIguSlotFieldsFragment = graphql(`
  fragment CompanyIguSlotFields on IguSlot {
    id
    version
    status
    statusReason
    title
    description
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
  }
`);

export const CompanyIguSlotsDocument = graphql(`
  query CompanyIguSlots($filter: IguSlotFilter, $first: Int, $after: String) {
    iguSlots(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          ...CompanyIguSlotFields
        }
      }
    }
  }
`);

export const CompanyIguSlotDocument = graphql(`
  query CompanyIguSlot($id: ID!) {
    iguSlot(id: $id) {
      ...CompanyIguSlotFields
    }
  }
`);

export const CompanyCreateIguSlotDocument = graphql(`
  mutation CompanyCreateIguSlot($input: CreateIguSlotInput!) {
    createIguSlot(input: $input) {
      ...CompanyIguSlotFields
    }
  }
`);

export const CompanyUpdateIguSlotDocument = graphql(`
  mutation CompanyUpdateIguSlot($id: ID!, $input: UpdateIguSlotInput!) {
    updateIguSlot(id: $id, input: $input) {
      ...CompanyIguSlotFields
    }
  }
`);

export const CompanyCloseIguSlotDocument = graphql(`
  mutation CompanyCloseIguSlot($id: ID!, $reason: String!) {
    closeIguSlot(id: $id, reason: $reason) {
      id
      status
      statusReason
      version
    }
  }
`);
