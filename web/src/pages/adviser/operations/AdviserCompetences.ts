import { graphql } from '../../../gql/index.js';

/** The competence catalogue, searched by name and synonyms. */
export const AdviserCompetencesDocument = graphql(`
  query AdviserCompetences($search: String) {
    competences(search: $search) {
      id
      code
      name
    }
  }
`);
