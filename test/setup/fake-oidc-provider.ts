import type { Server } from 'node:http';
import express from 'express';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';

/** A minimal OpenID provider on loopback: discovery, authorize (auto-consent), token, JWKS. */
export async function fakeProvider(port: number, firstEmail: string) {
  let email = firstEmail;
  const issuer = `http://127.0.0.1:${port}`;
  const { publicKey, privateKey } = await generateKeyPair('RS256');
  const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
  const codes = new Map<string, { nonce?: string }>();
  const app = express();
  app.use(express.urlencoded({ extended: false }));
  app.get('/.well-known/openid-configuration', (_req, res) =>
    res.json({
      issuer,
      authorization_endpoint: `${issuer}/authorize`,
      token_endpoint: `${issuer}/token`,
      jwks_uri: `${issuer}/jwks`,
      response_types_supported: ['code'],
      subject_types_supported: ['public'],
      id_token_signing_alg_values_supported: ['RS256'],
      code_challenge_methods_supported: ['S256'],
      token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
    }),
  );
  app.get('/jwks', (_req, res) => res.json({ keys: [jwk] }));
  app.get('/authorize', (req, res) => {
    const code = `code-${codes.size}`;
    codes.set(code, {});
    const back = new URL(String(req.query.redirect_uri));
    back.searchParams.set('code', code);
    back.searchParams.set('state', String(req.query.state));
    back.searchParams.set('iss', issuer);
    res.redirect(back.href);
  });
  app.post('/token', async (req, res) => {
    if (!codes.has(req.body.code)) return res.status(400).json({ error: 'invalid_grant' });
    const idToken = await new SignJWT({ email })
      .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
      .setIssuer(issuer)
      .setAudience('jobbro')
      .setSubject('person-1')
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(privateKey);
    return res.json({ access_token: 'at', token_type: 'Bearer', id_token: idToken, expires_in: 300 });
  });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(port, '127.0.0.1', () => resolve(s));
  });
  return {
    issuer,
    /** Who the provider says the next person is. */
    setEmail: (next: string) => {
      email = next;
    },
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
