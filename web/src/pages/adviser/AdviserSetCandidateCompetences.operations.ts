import { graphql } from '../../gql/index.js';

export const AdviserSetCandidateCompetencesDocument = graphql(`
  mutation AdviserSetCandidateCompetences($candidateId: ID!, $competences: [CandidateCompetenceInput!]!) {
    setCandidateCompetences(candidateId: $candidateId, competences: $competences) {
      id
      version
    }
  }
`);
