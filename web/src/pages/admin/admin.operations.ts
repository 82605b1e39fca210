import { graphql } from '../../gql/index.js';

/** Users by page: role, active, last login (ADMIN). */
export const AdminUsersDocument = graphql(`
  query AdminUsers($search: String, $role: Role, $first: Int, $after: String) {
    users(search: $search, role: $role, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          email
          role
          active
          lastLoginAt
          company {
            id
            name
          }
          industries {
            code
          }
        }
      }
    }
  }
`);

export const AdminCreateUserDocument = graphql(`
  mutation AdminCreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      id
      name
      email
      role
      active
    }
  }
`);

export const AdminUpdateUserDocument = graphql(`
  mutation AdminUpdateUser($id: ID!, $input: UpdateUserInput!) {
    updateUser(id: $id, input: $input) {
      id
      name
      role
      active
      industries {
        code
      }
    }
  }
`);

export const AdminResetPasswordDocument = graphql(`
  mutation AdminResetPassword($id: ID!) {
    resetUserPassword(id: $id) {
      temporaryPassword
      user {
        id
        name
        email
      }
    }
  }
`);

/** Companies to attach a company user to. */
export const AdminCompaniesDocument = graphql(`
  query AdminCompanies($search: String) {
    companies(filter: { search: $search }, first: 20) {
      edges {
        node {
          id
          name
          cvr
        }
      }
    }
  }
`);

/** The DB07 reference data and every consultant with its portfolio. */
export const AdminPortfoliosDocument = graphql(`
  query AdminPortfolios {
    industries {
      code
      level
      name
      nameEn
    }
    users(role: CONSULTANT, first: 100) {
      totalCount
      edges {
        node {
          id
          name
          email
          active
          industries {
            code
          }
        }
      }
    }
  }
`);

export const AdminCompetencesDocument = graphql(`
  query AdminCompetences($search: String) {
    competences(search: $search) {
      id
      code
      name
      nameEn
      domain
      synonyms
    }
  }
`);

/** The competence areas, from the server's catalogue: the form offers exactly what the server accepts. */
export const AdminCompetenceDomainsDocument = graphql(`
  query AdminCompetenceDomains {
    competenceDomains
  }
`);

export const AdminCreateCompetenceDocument = graphql(`
  mutation AdminCreateCompetence($input: CreateCompetenceInput!) {
    createCompetence(input: $input) {
      id
      name
      nameEn
      domain
      synonyms
    }
  }
`);

export const AdminSettingsDocument = graphql(`
  query AdminSettings {
    settings {
      name
      value
      source
      secret
    }
  }
`);

/** The whole audit trail by cursor, found by a name or an id, each row told in a sentence. */
export const AdminAuditEntriesDocument = graphql(`
  query AdminAuditEntries($search: String, $first: Int, $after: String) {
    auditEntries(search: $search, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          at
          actorName
          actorRole
          subjectName
          subjectKind
          subjectId
          action
          operation
          purpose
          allowed
          description
        }
      }
    }
  }
`);
