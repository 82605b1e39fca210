import { graphql } from '../../gql/index.js';

/** DB07 reference data: the industry filter, the company form and the search chips need names. */
export const ConsultantIndustriesDocument = graphql(`
  query ConsultantIndustries {
    industries {
      code
      name
      nameEn
      level
    }
  }
`);
