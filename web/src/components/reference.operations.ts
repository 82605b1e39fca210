import { graphql } from '../gql/index.js';

/** DB07 sections and divisions, in Danish and English: every industry select and name lookup asks this one. */
export const IndustriesDocument = graphql(`
  query Industries {
    industries {
      code
      name
      nameEn
      level
      section
    }
  }
`);

/** The competence catalogue, searched on the server (Danish and English names and synonyms). */
export const CompetencesDocument = graphql(`
  query Competences($search: String) {
    competences(search: $search) {
      id
      code
      name
      nameEn
    }
  }
`);
