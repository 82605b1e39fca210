import type { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * The portal's Content Security Policy: everything from this origin only (Vite's hashed bundles,
 * the stylesheet, GraphQL at /graphql). Styles also inline: Mantine writes its CSS variables in a
 * <style> element and charts set style attributes. No inline or foreign script, no framing.
 */
export const PORTAL_CSP = {
  'default-src': ["'self'"],
  'base-uri': ["'self'"],
  'connect-src': ["'self'"],
  'font-src': ["'self'", 'data:'],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'manifest-src': ["'self'"],
  'object-src': ["'none'"],
  'script-src': ["'self'"],
  'script-src-attr': ["'none'"],
  'style-src': ["'self'", "'unsafe-inline'"],
} as const;

/**
 * Browser security headers on every response (helmet): nosniff, X-Frame-Options DENY,
 * Referrer-Policy no-referrer and helmet's other defaults. The CSP and HSTS only in production:
 * the development landing page at /graphql loads Apollo's sandbox from its CDN, and HSTS on a
 * developer's localhost would outlive the session.
 */
export function securityHeaders(production: boolean): RequestHandler {
  return helmet({
    contentSecurityPolicy: production ? { useDefaults: false, directives: PORTAL_CSP } : false,
    strictTransportSecurity: production ? { maxAge: 365 * 24 * 3600, includeSubDomains: true } : false,
    xFrameOptions: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
  }) as RequestHandler;
}
