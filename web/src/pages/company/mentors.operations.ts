import { graphql } from '../../gql/index.js';

/** The company's mentors with how many interns each has now. */
export const CompanyMentorsDocument = graphql(`
  query CompanyMentors($companyId: ID) {
    mentors(companyId: $companyId) {
      id
      name
      languages
      languageNames
      trainedOn
      maxInterns
      activeInterns
      version
    }
  }
`);

export const CompanyCreateMentorDocument = graphql(`
  mutation CompanyCreateMentor($input: CreateMentorInput!) {
    createMentor(input: $input) {
      id
      name
    }
  }
`);

export const CompanyUpdateMentorDocument = graphql(`
  mutation CompanyUpdateMentor($id: ID!, $input: UpdateMentorInput!) {
    updateMentor(id: $id, input: $input) {
      id
      name
      version
    }
  }
`);
