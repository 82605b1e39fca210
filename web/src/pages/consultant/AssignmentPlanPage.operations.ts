import { graphql } from '../../gql/index.js';

export const ConsultantAssignmentPlanDocument = graphql(`
  query ConsultantAssignmentPlan($input: AssignmentPlanInput) {
    assignmentPlan(input: $input) {
      totalScore
      greedyTotalScore
      greedyAssigned
      candidatesConsidered
      openingsConsidered
      unfilledOpenings
      deadlinesNear
      deadlinesMet
      greedyDeadlinesMet
      solveMs
      assignments {
        score
        activationDeadline
        candidate {
          id
          firstName
        }
        task {
          id
          title
          weeklyHours
          company {
            id
            name
          }
        }
        iguSlot {
          id
          title
          weeklyHours
          company {
            id
            name
          }
        }
        factors {
          key
          label
          weight
          score
          explanation
          gap
        }
      }
    }
  }
`);

/**
 * Only the proposals' own fields: an answer naming a Candidate would make urql refetch the plan
 * (it holds Candidates), and the new plan leaves out the people just proposed (they are in play),
 * so the rows the consultant just proposed would vanish instead of reading "På kortlisten".
 */
export const ConsultantProposeAssignmentsDocument = graphql(`
  mutation ConsultantProposeAssignments($items: [AssignmentInput!]!) {
    proposeAssignments(items: $items) {
      id
      status
    }
  }
`);
