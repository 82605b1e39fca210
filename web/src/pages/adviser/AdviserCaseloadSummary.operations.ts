import { graphql } from '../../gql/index.js';

/** Counts for the home page: the caseload by readiness and the active placements. */
export const AdviserCaseloadSummaryDocument = graphql(`
  query AdviserCaseloadSummary {
    all: candidates(filter: { mine: true, status: ACTIVE }, first: 1) {
      totalCount
    }
    jobReady: candidates(filter: { mine: true, status: ACTIVE, readiness: JOB_READY }, first: 1) {
      totalCount
    }
    activityReady: candidates(filter: { mine: true, status: ACTIVE, readiness: ACTIVITY_READY }, first: 1) {
      totalCount
    }
    educationReady: candidates(filter: { mine: true, status: ACTIVE, readiness: EDUCATION_READY }, first: 1) {
      totalCount
    }
    activePlacements: placements(filter: { status: ACTIVE }, first: 1) {
      totalCount
    }
  }
`);
