import { randomUUID } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import type { OperationDefinitionNode } from 'graphql';
import type { Context } from '../shared/context.js';
import type { Logger } from './logger.js';
import type { Metrics } from './metrics.js';

const SAFE_ID = /^[A-Za-z0-9._-]{1,64}$/;
const SAFE_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,99}$/;
const SAFE_CODE = /^[A-Z_]{1,40}$/;

/**
 * One log line and one metric sample per GraphQL request: request id (taken from a sane
 * `x-request-id` or made, and echoed back), user id, operation, duration and outcome.
 * No variables, no names, no answers: a line says what was done, not to whom.
 * The metric's `operation` label is the root field (bounded by the schema), not the client's
 * free-text operation name, which only goes in the log.
 */
export function requestLogPlugin(logger: Logger, metrics: Metrics): ApolloServerPlugin<Context> {
  return {
    async contextCreationDidFail({ error }) {
      // The session lookup failed (the database is down): no request context, but still counted.
      metrics.requests.inc({ operation: '(context)', type: 'unknown', outcome: 'CONTEXT_FAILED' });
      logger.error({ err: { message: error.message } }, 'graphql context failed');
    },
    async requestDidStart(start) {
      const began = performance.now();
      const given = start.request.http?.headers.get('x-request-id');
      const requestId = given && SAFE_ID.test(given) ? given : randomUUID();
      start.response.http?.headers.set('x-request-id', requestId);
      return {
        async willSendResponse(rc) {
          const seconds = (performance.now() - began) / 1000;
          const body = rc.response.body;
          const errors = body.kind === 'single' ? body.singleResult.errors : undefined;
          const code = errors?.length ? String(errors[0]?.extensions?.code ?? 'ERROR') : null;
          const outcome = code === null ? 'ok' : SAFE_CODE.test(code) ? code : 'ERROR';
          const labels = {
            operation: rootField(rc.operation) ?? '(none)',
            type: rc.operation?.operation ?? 'unknown',
            outcome,
          };
          metrics.requests.inc(labels);
          metrics.duration.observe(labels, seconds);
          const name = rc.operationName ?? rc.operation?.name?.value;
          logger.info(
            {
              requestId,
              userId: rc.contextValue.user?.id ?? null,
              role: rc.contextValue.user?.role ?? null,
              operationName: name && SAFE_NAME.test(name) ? name : null,
              ...labels,
              errors: errors?.length ?? 0,
              durationMs: Math.round(seconds * 10_000) / 10,
            },
            'graphql',
          );
        },
      };
    },
  };
}

/** The first root field of the operation (`matchCandidatesForTask`), or null when none was resolved. */
function rootField(op: OperationDefinitionNode | undefined): string | null {
  const first = op?.selectionSet.selections[0];
  return first?.kind === 'Field' ? first.name.value : null;
}
