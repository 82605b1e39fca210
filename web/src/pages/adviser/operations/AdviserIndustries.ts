import { graphql } from '../../../gql/index.js';

/** DB07 industries, for the wished industries. */
export const AdviserIndustriesDocument = graphql(`
  query AdviserIndustries {
    industries {
      code
      name
      nameEn
      level
    }
  }
`);
