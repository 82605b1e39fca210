import { graphql } from '../../gql/index.js';

/** The key figures for the dashboard, for an industry and/or a consultant. */
export const OverviewDashboardDocument = graphql(`
  query OverviewDashboard($filter: DashboardFilter) {
    dashboard(filter: $filter) {
      activePlacements
      candidatesActive
      shareAtLeast18_5OrdinaryHours
      shareAt37OrdinaryHours
      conversionsToOrdinaryHours
      iguSlotsPublic
      iguSlotsPrivate
      activationGapBreaches
      placementsByType {
        type
        count
      }
      ladder {
        step {
          key
          label
          position
        }
        count
      }
      placementsByIndustry {
        industryCode
        industryName
        industryNameEn
        count
      }
      conversionsByMonth {
        month
        count
      }
      byConsultant {
        consultant {
          id
          name
        }
        activePlacements
        conversions
      }
    }
  }
`);
