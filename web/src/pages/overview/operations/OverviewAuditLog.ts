import { graphql } from '../../../gql/index.js';

/** Who read or changed a person's data, newest first (ADMIN only). */
export const OverviewAuditLogDocument = graphql(`
  query OverviewAuditLog($subjectId: ID!, $first: Int) {
    auditLog(subjectId: $subjectId, first: $first) {
      id
      at
      actorId
      actorRole
      action
      operation
      purpose
      allowed
    }
  }
`);
