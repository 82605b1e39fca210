import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { parse as parseCookies } from 'cookie';
import express from 'express';
import * as client from 'openid-client';
import type { Config } from '../../config.js';
import { type Locale, toLocale } from '../../i18n/index.js';
import type { Services } from '../../services.js';
import { SESSION_COOKIE } from './auth.service.js';
import { type OidcProblem, oidcProblemPage } from './oidc-page.js';
import { User } from './user.entity.js';

const FLOW_COOKIE = 'jobbro_oidc';
/** Where the portal's login page sends a person for the municipality's sign-in. */
export const OIDC_START_PATH = '/auth/oidc/start';

/** The language of the pages: `?lang=` from the login page, else the browser's, else Danish. */
const localeOf = (req: express.Request, chosen?: unknown): Locale =>
  chosen === 'da' || chosen === 'en' ? chosen : toLocale(req.acceptsLanguages('da', 'en') || 'da');

/**
 * Single sign-on through the municipality's OpenID Connect provider (authorization
 * code flow with PKCE). The provider proves who the person is; Jobbro decides the role:
 * only an active user with the same e-mail gets a session.
 */
export function oidcRouter(config: Config, services: Services): express.Router {
  const oidc = config.oidc!;
  const secret = config.sessionSecret ?? randomBytes(32).toString('hex');
  const sign = (value: string) => `${value}.${createHmac('sha256', secret).update(value).digest('base64url')}`;
  const unsign = (signed: string | undefined): string | null => {
    if (!signed) return null;
    const i = signed.lastIndexOf('.');
    const value = signed.slice(0, i);
    const expected = Buffer.from(sign(value));
    const given = Buffer.from(signed);
    return expected.length === given.length && timingSafeEqual(expected, given) ? value : null;
  };

  let discovered: Promise<client.Configuration> | null = null;
  const configuration = () => {
    discovered ??= client
      .discovery(new URL(oidc.issuer), oidc.clientId, oidc.clientSecret ?? undefined, undefined, {
        // Plain http only for a provider on this machine (development and tests).
        execute: new URL(oidc.issuer).hostname === '127.0.0.1' ? [client.allowInsecureRequests] : [],
      })
      .catch((err) => {
        discovered = null;
        throw err;
      });
    return discovered;
  };

  const router = express.Router();
  const problem = (res: express.Response, status: number, locale: Locale, what: OidcProblem) =>
    res
      .status(status)
      .type('html')
      .send(oidcProblemPage(locale, what, OIDC_START_PATH));

  router.get(OIDC_START_PATH, async (req, res) => {
    const locale = localeOf(req, req.query.lang);
    try {
      const cfg = await configuration();
      const verifier = client.randomPKCECodeVerifier();
      const state = client.randomState();
      const url = client.buildAuthorizationUrl(cfg, {
        redirect_uri: oidc.redirectUrl,
        scope: 'openid email profile',
        code_challenge: await client.calculatePKCECodeChallenge(verifier),
        code_challenge_method: 'S256',
        state,
      });
      res.cookie(FLOW_COOKIE, sign(JSON.stringify({ verifier, state, locale })), {
        httpOnly: true,
        sameSite: 'lax',
        secure: config.production,
        maxAge: 10 * 60 * 1000,
        path: '/auth/oidc',
      });
      res.redirect(url.href);
    } catch {
      // The provider cannot be reached (discovery failed): say so, in words, not a stack trace.
      problem(res, 502, locale, 'unavailable');
    }
  });

  router.get('/auth/oidc/callback', async (req, res) => {
    const flow = unsign(parseCookies(req.headers.cookie ?? '')[FLOW_COOKIE]);
    res.clearCookie(FLOW_COOKIE, { path: '/auth/oidc' });
    if (!flow) return problem(res, 400, localeOf(req), 'expired');
    const {
      verifier,
      state,
      locale: chosen,
    } = JSON.parse(flow) as { verifier: string; state: string; locale?: string };
    const locale = localeOf(req, chosen);
    try {
      const cfg = await configuration();
      const current = new URL(req.originalUrl, oidc.redirectUrl);
      const tokens = await client.authorizationCodeGrant(cfg, current, {
        pkceCodeVerifier: verifier,
        expectedState: state,
      });
      const email = String(tokens.claims()?.[oidc.emailClaim] ?? '').toLowerCase();
      const em = services.orm.em.fork();
      const user = email ? await em.findOne(User, { email, active: true }) : null;
      if (!user) return problem(res, 403, locale, 'noAccess');
      const token = await services.auth.openSession(em, user, req.ip ?? 'unknown');
      res.cookie(SESSION_COOKIE, token, services.auth.cookieOptions());
      return res.redirect('/');
    } catch {
      return problem(res, 400, locale, 'failed');
    }
  });
  return router;
}
