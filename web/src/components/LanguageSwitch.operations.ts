import { graphql } from '../gql/index.js';

export const SetMyLanguageDocument = graphql(`
  mutation SetMyLanguage($language: String!) {
    setMyLanguage(language: $language) {
      id
      language
    }
  }
`);
