import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../shared/context.js';
import { DateScalar } from '../../shared/scalars.js';
import { AlertService } from './alert.service.js';
import { Alert, AlertHistoryEntry } from './alert.types.js';

const asOfArg = {
  nullable: true,
  description: 'The day to evaluate the rules on (default: today in Denmark); for tests and planning ahead',
} as const;

@Resolver()
export class AlertResolver {
  @Authorized()
  @Query(() => [Alert], {
    description:
      "The work queue: alerts for the caller's caseload (adviser), portfolio (consultant) or company, most urgent first (default 50). Handled alerts are left out, snoozed ones until their date.",
  })
  alerts(
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('asOf', () => DateScalar, asOfArg) asOf: string | null,
    @Arg('includeSnoozed', () => Boolean, { nullable: true, description: 'Also the snoozed ones (default false)' })
    includeSnoozed: boolean | null,
    @Ctx() ctx: Context,
  ) {
    return new AlertService(ctx).list(first, asOf, includeSnoozed ?? false);
  }

  @Authorized()
  @Query(() => [AlertHistoryEntry], { description: 'The alerts the caller snoozed or handled, the latest first' })
  alertHistory(@Arg('first', () => Int, { nullable: true }) first: number | null, @Ctx() ctx: Context) {
    return new AlertService(ctx).history(first);
  }

  @Authorized()
  @Mutation(() => Alert, { description: 'Hides an alert of your work queue until a day after asOf (at most a year).' })
  snoozeAlert(
    @Arg('id', () => ID) id: string,
    @Arg('until', () => DateScalar) until: string,
    @Arg('asOf', () => DateScalar, asOfArg) asOf: string | null,
    @Ctx() ctx: Context,
  ) {
    return new AlertService(ctx).snooze(id, until, asOf);
  }

  @Authorized()
  @Mutation(() => AlertHistoryEntry, {
    description: 'Marks an alert of your work queue handled, with a note on what was done; it stays in alertHistory.',
  })
  handleAlert(
    @Arg('id', () => ID) id: string,
    @Arg('note', () => String) note: string,
    @Arg('asOf', () => DateScalar, asOfArg) asOf: string | null,
    @Ctx() ctx: Context,
  ) {
    return new AlertService(ctx).handle(id, note, asOf);
  }
}
