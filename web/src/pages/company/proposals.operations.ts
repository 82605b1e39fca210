import { graphql } from '../../gql/index.js';

/** Proposals to the company's openings with the minimal shared profile (never the Candidate). */
export const CompanyProposalsDocument = graphql(`
  query CompanyProposals($filter: ProposalFilter, $first: Int, $after: String) {
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
          proposedBy {
            name
          }
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
            danishLevel
            availableWeeklyHours
            goalWeeklyHours
            languages
            distanceKm
            hasDrivingLicence
            competences {
              name
              nameEn
              level
              evidence
            }
          }
        }
      }
    }
  }
`);

export const CompanyRespondToProposalDocument = graphql(`
  mutation CompanyRespondToProposal($proposalId: ID!, $accept: Boolean!, $reason: String) {
    respondToProposal(proposalId: $proposalId, accept: $accept, reason: $reason) {
      id
      status
      reason
    }
  }
`);
