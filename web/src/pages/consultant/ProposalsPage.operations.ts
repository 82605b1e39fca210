import { graphql } from '../../gql/index.js';

export const ConsultantProposalsDocument = graphql(`
  query ConsultantProposals($filter: ProposalFilter, $first: Int, $after: String) {
    proposals(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          id
          status
          note
          reason
          createdAt
          updatedAt
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
          proposedBy {
            id
            name
          }
        }
      }
    }
  }
`);

export const ConsultantWithdrawProposalDocument = graphql(`
  mutation ConsultantWithdrawProposal($proposalId: ID!, $reason: String!) {
    withdrawProposal(proposalId: $proposalId, reason: $reason) {
      id
      status
      reason
    }
  }
`);
