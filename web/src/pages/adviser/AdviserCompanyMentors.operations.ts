import { graphql } from '../../gql/index.js';

/** The chosen company's mentors, to name one on a placement (a full one cannot be chosen). */
export const AdviserCompanyMentorsDocument = graphql(`
  query AdviserCompanyMentors($companyId: ID!) {
    mentors(companyId: $companyId) {
      id
      name
      languages
      languageNames
      maxInterns
      activeInterns
    }
  }
`);
