import fs from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { parse as parseCookies } from 'cookie';
import express from 'express';
import type { GraphQLFormattedError } from 'graphql';
import type { Config } from './config.js';
import { SESSION_COOKIE } from './features/auth/auth.service.js';
import { oidcRouter } from './features/auth/oidc.js';
import { runInLocale, setLocale, toLocale } from './i18n/index.js';
import { opsRouter } from './ops/http.js';
import { createLogger, type Logger } from './ops/logger.js';
import { Metrics } from './ops/metrics.js';
import { requestLogPlugin } from './ops/request-log.js';
import { securityHeaders } from './ops/security-headers.js';
import { buildAppSchema } from './schema.js';
import type { Services } from './services.js';
import { type Context, systemClock } from './shared/context.js';
import { formatError, unavailableError } from './shared/format-error.js';
import { graphqlLimits } from './shared/graphql-limits.js';

export interface App {
  express: express.Express;
  apollo: ApolloServer<Context>;
  listen: (port: number, host?: string) => Promise<Server>;
  /** Stops taking requests and waits (up to `drainMs`) for those already running before it resolves. */
  stop: (drainMs?: number) => Promise<void>;
  /** GraphQL requests still being answered (including those whose client has hung up). */
  inFlight: () => number;
  logger: Logger;
  metrics: Metrics;
}

/** How long a stop waits for running requests; main's hard exit comes at 15 s. */
const DRAIN_MS = 10_000;

const WEB_DIST = path.resolve(process.cwd(), 'web/dist');

/** Builds the HTTP app: GraphQL at /graphql, /healthz, /readyz, /metrics, and the built portal at /. Used by main and by tests. */
export async function createApp(config: Config, services: Services, opts: { logger?: Logger } = {}): Promise<App> {
  const logger = opts.logger ?? createLogger(config);
  const metrics = new Metrics(services);
  const schema = await buildAppSchema();
  const limits = graphqlLimits(schema, config.production);
  const apollo = new ApolloServer<Context>({
    schema,
    csrfPrevention: true,
    // main.ts stops the server, the worker and the embedded services in order.
    stopOnTerminationSignals: false,
    allowBatchedHttpRequests: false,
    introspection: !config.production,
    hideSchemaDetailsFromClientErrors: config.production,
    includeStacktraceInErrorResponses: false,
    formatError: (formatted: GraphQLFormattedError, error: unknown) => formatError(formatted, error, config, logger),
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    plugins: [
      requestLogPlugin(logger, metrics),
      ...(limits.plugins as ApolloServerPlugin<Context>[]),
      ...(config.production ? [ApolloServerPluginLandingPageDisabled()] : []),
    ],
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.use(securityHeaders(config.production));

  app.use(opsRouter(config, services, metrics));

  if (config.oidc) app.use(oidcRouter(config, services));

  // Requests still running, tracked apart from their sockets: a client that hangs up does not
  // stop its resolvers, and closing the database pool under them would fail them half-way.
  const running = new Set<Promise<unknown>>();
  let stopping = false;
  const graphql = expressMiddleware(apollo, {
    context: async ({ req, res }): Promise<Context> => {
      const em = services.orm.em.fork();
      const cookies = parseCookies(req.headers.cookie ?? '');
      const session = await services.auth.resolve(em, cookies[SESSION_COOKIE]).catch((err: unknown) => {
        // A full pool or a lost database: 503 SERVICE_UNAVAILABLE, not "Context creation failed".
        throw unavailableError(err) ?? err;
      });
      // The user's stored choice, else the browser's (Accept-Language), else Danish.
      const locale = toLocale(session?.user.language ?? (req.acceptsLanguages('da', 'en') || 'da'));
      setLocale(locale);
      return {
        em,
        user: session?.user ?? null,
        sessionTokenHash: session?.tokenHash ?? null,
        req,
        res,
        config,
        services,
        ip: req.ip ?? 'unknown',
        locale,
        clock: systemClock,
        search: services.search,
      };
    },
  });
  app.use(
    '/graphql',
    // Big enough for a 2 MB CSV import as a variable; the token and cost limits still bound the document.
    express.json({ limit: '3mb' }),
    (req, res, next) => {
      // While stopping, answer what is running but end each connection after its answer.
      if (stopping) res.setHeader('Connection', 'close');
      // Everything the request does (errors, explanations) is said in its caller's language.
      const requested = toLocale(req.acceptsLanguages('da', 'en') || 'da');
      const done = runInLocale(requested, () => Promise.resolve(graphql(req, res, next)));
      running.add(done);
      const forget = () => running.delete(done);
      done.then(forget, forget);
      return done;
    },
  );

  if (fs.existsSync(path.join(WEB_DIST, 'index.html'))) {
    app.use(express.static(WEB_DIST, { index: false, maxAge: '1h' }));
    // The portal routes in the browser: every other GET gets the app shell.
    app.get(/^\/(?!graphql|healthz|readyz|metrics|auth\/).*/, (_req, res) => {
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(path.join(WEB_DIST, 'index.html'));
    });
  } else {
    app.get('/', (_req, res) => {
      res.type('text/plain').send('The portal is not built: run "npm run build" (npm start does it for you).');
    });
  }

  let server: Server | null = null;
  return {
    express: app,
    apollo,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        const s = app.listen(port, host ?? '', (err?: Error) => (err ? reject(err) : resolve(s)));
        server = s;
      }),
    inFlight: () => running.size,
    logger,
    metrics,
    stop: async (drainMs = DRAIN_MS) => {
      stopping = true;
      if (server) {
        const s = server;
        const closed = new Promise<void>((resolve) => s.close(() => resolve()));
        // Keep-alive connections would hold close() open until they time out.
        s.closeIdleConnections();
        const deadline = Date.now() + drainMs;
        while (running.size && Date.now() < deadline) {
          const left = deadline - Date.now();
          await Promise.race([Promise.allSettled([...running]), new Promise((r) => setTimeout(r, left).unref())]);
        }
        s.closeAllConnections();
        await closed;
      }
      await apollo.stop();
    },
  };
}
