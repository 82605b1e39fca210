import { graphql } from '../../../gql/index.js';

/** DB07 industries for the filters (the divisions are used). */
export const OverviewIndustriesDocument = graphql(`
  query OverviewIndustries {
    industries {
      code
      name
      nameEn
      level
    }
  }
`);
