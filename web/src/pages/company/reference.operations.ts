import { graphql } from '../../gql/index.js';

/** DB07 sections and divisions: the forms offer divisions only. */
export const CompanyIndustriesDocument = graphql(`
  query CompanyIndustries {
    industries {
      code
      name
      level
      section
    }
  }
`);

/** The competence catalogue, searched on the server (names, English names and synonyms). */
export const CompanyCompetencesDocument = graphql(`
  query CompanyCompetences($search: String) {
    competences(search: $search) {
      id
      name
    }
  }
`);

/** The user's own company: name and defaults for new openings. */
export const CompanyOwnDocument = graphql(`
  query CompanyOwn($id: ID!) {
    company(id: $id) {
      id
      name
      postcode
      industry {
        code
        name
      }
    }
  }
`);
