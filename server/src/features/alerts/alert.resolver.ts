import { Arg, Authorized, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../../shared/context.js';
import { DateScalar } from '../../shared/scalars.js';
import { AlertService } from './alert.service.js';
import { Alert } from './alert.types.js';

@Resolver()
export class AlertResolver {
  @Authorized()
  @Query(() => [Alert], {
    description:
      "Alerts for the caller's caseload (adviser), portfolio (consultant) or company, most urgent first (default 50).",
  })
  alerts(
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('asOf', () => DateScalar, {
      nullable: true,
      description: 'The day to evaluate the rules on (default: today in Denmark); for tests and planning ahead',
    })
    asOf: string | null,
    @Ctx() ctx: Context,
  ) {
    return new AlertService(ctx).list(first, asOf);
  }
}
