import { type Locale, tIn } from '../../i18n/index.js';

/** Why a single sign-on did not end in a session: each has its sentence in the catalogue. */
export type OidcProblem = 'expired' | 'noAccess' | 'failed' | 'unavailable';

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);

/**
 * The page a person sees when the municipality's sign-in does not end in a session: what happened
 * and what to do, in their language (the one chosen on the login page, else the browser's), with a
 * way to start again and a way back to the login page. Static text only, nothing from the request.
 */
export function oidcProblemPage(locale: Locale, problem: OidcProblem, startPath: string): string {
  const say = (key: Parameters<typeof tIn>[1]) => escapeHtml(tIn(locale, key));
  const again = `${startPath}?lang=${locale}`;
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${say('auth.oidc.title')}</title>
<style>
body { font-family: system-ui, sans-serif; margin: 0; padding: 2rem 1rem; color: #1a1b1e; background: #f8f9fa; }
main { max-width: 32rem; margin: 0 auto; background: #fff; border: 1px solid #dee2e6; border-radius: 8px; padding: 1.5rem; }
h1 { font-size: 1.4rem; margin-top: 0; }
a { color: #1864ab; }
ul { padding-left: 1.2rem; }
li { margin: 0.4rem 0; }
</style>
</head>
<body>
<main>
<h1>${say('auth.oidc.heading')}</h1>
<p role="alert" data-testid="oidc-problem">${say(`auth.oidc.${problem}`)}</p>
<ul>
<li><a href="${escapeHtml(again)}">${say('auth.oidc.again')}</a></li>
<li><a href="/login">${say('auth.oidc.toLogin')}</a></li>
</ul>
</main>
</body>
</html>
`;
}
