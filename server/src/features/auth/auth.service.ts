import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../../config.js';
import { entityColumns, sql } from '../../db/sql.js';
import { LOCALES, t } from '../../i18n/index.js';
import { badInput, DomainError, unauthenticated } from '../../shared/errors.js';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { LoginLimiter } from './login-limiter.js';
import { burnVerifyTime, verifyPassword } from './password.js';
import { knownPortfolio } from './scope.js';
import { Session } from './session.entity.js';
import { User } from './user.entity.js';

export const SESSION_COOKIE = 'jobbro_session';

/** The subject of an audit row about an account that does not exist (the e-mail tried goes in its purpose). */
export const UNKNOWN_ACCOUNT_ID = '00000000-0000-0000-0000-000000000000';
/** Longer inputs are refused before any lookup or hash (RFC 5321 caps an address at 254). */
export const EMAIL_MAX = 254;
export const PASSWORD_MAX = 256;

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** A session joined to its user's columns. */
type SessionRow = Record<string, unknown> & {
  session_user_epoch: number;
  session_last_seen_at: Date | string;
  session_expires_at: Date | string;
  /** The user's industry portfolio (a consultant's; empty for everyone else). */
  session_portfolio: string[];
};

/** Logins, server-side sessions and their expiry. */
export class AuthService {
  constructor(
    private readonly config: Config,
    private readonly limiter: LoginLimiter,
  ) {}

  /** Checks the password and opens a new session; returns the user and the cookie token. */
  async login(em: EntityManager, emailInput: string, password: string, ip: string) {
    if (!this.config.allowPasswordLogin) {
      throw new DomainError('FORBIDDEN', t('auth.passwordLoginOff'));
    }
    const email = emailInput.trim().toLowerCase();
    if (!email) throw badInput('email', t('auth.emailMissing'));
    if (email.length > EMAIL_MAX) throw badInput('email', t('auth.emailTooLong', { max: EMAIL_MAX }));
    if (password.length > PASSWORD_MAX) {
      throw badInput('password', t('auth.passwordTooLong', { max: PASSWORD_MAX }));
    }
    // Charged before the check: a guess counts whether or not it is right.
    await this.limiter.charge(email, ip);
    const user = await em.findOne(User, { email, active: true }, { populate: ['passwordHash'] });
    let ok = false;
    if (user?.passwordHash) ok = await verifyPassword(user.passwordHash, password);
    else await burnVerifyTime(password);
    if (!user || !ok) {
      await this.limiter.failed(email);
      await em.insert(AuditEntry, {
        subjectId: user?.id ?? UNKNOWN_ACCOUNT_ID,
        action: 'LOGIN',
        operation: 'login',
        allowed: false,
        purpose: (user
          ? `failed login from ${ip}`
          : `failed login for unknown ${email.slice(0, 100)} from ${ip}`
        ).slice(0, 200),
        at: new Date(),
      });
      throw new DomainError('UNAUTHENTICATED', t('auth.wrongPassword'));
    }
    await this.limiter.succeeded(email, ip);
    const token = await this.openSession(em, user, ip);
    return { user, token };
  }

  /** The user's portal language; anything but da/en is refused with the choices. */
  async setLanguage(em: EntityManager, user: User | null, language: string): Promise<User> {
    if (!user) throw unauthenticated();
    if (!(LOCALES as readonly string[]).includes(language)) {
      throw badInput('language', t('auth.languageUnknown', { value: language.slice(0, 20) }));
    }
    user.language = language;
    await em.flush();
    return user;
  }

  /** A fresh random token each login: a session id is never reused (rotation). */
  async openSession(em: EntityManager, user: User, ip: string): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    const now = new Date();
    em.create(Session, {
      tokenHash: hashToken(token),
      user,
      userEpoch: user.sessionEpoch,
      expiresAt: new Date(now.getTime() + this.config.session.absoluteHours * 3600_000),
      ip,
    });
    user.lastLoginAt = now;
    await em.flush();
    return token;
  }

  /**
   * Resolves the session cookie to a user, enforcing idle and absolute expiry. Every request
   * runs this, so it is one plain query (an ORM populate cost ~1 ms of CPU more per request);
   * the user is then mapped into the request's EntityManager like any loaded entity.
   */
  async resolve(em: EntityManager, token: string | undefined): Promise<{ user: User; tokenHash: string } | null> {
    if (!token || token.length > 100) return null;
    const tokenHash = hashToken(token);
    // The user's own columns without lazy ones (the password hash is never read here), and the
    // portfolio every scope check of a consultant needs.
    const [row] = await sql<SessionRow>(
      em,
      `select s.user_epoch as session_user_epoch, s.last_seen_at as session_last_seen_at,
              s.expires_at as session_expires_at,
              array(select ui.industry_code from user_industry ui where ui.user_id = u.id order by 1) as session_portfolio,
              ${entityColumns(em, User, 'u')}
         from session s join app_user u on u.id = s.user_id
        where s.token_hash = ?`,
      [tokenHash],
    );
    if (!row) return null;
    const now = Date.now();
    const { session_user_epoch, session_last_seen_at, session_expires_at, session_portfolio, ...userRow } = row;
    const user = em.map(User, userRow);
    knownPortfolio(user, session_portfolio);
    const lastSeen = new Date(session_last_seen_at).getTime();
    const idleLimit = lastSeen + this.config.session.idleMinutes * 60_000;
    if (
      new Date(session_expires_at).getTime() <= now ||
      idleLimit <= now ||
      !user.active ||
      session_user_epoch !== user.sessionEpoch
    ) {
      await em.nativeDelete(Session, { tokenHash });
      return null;
    }
    // Touch at most once a minute: keeps reads cheap.
    if (now - lastSeen > 60_000) {
      await em.nativeUpdate(Session, { tokenHash }, { lastSeenAt: new Date(now) });
    }
    return { user, tokenHash };
  }

  async logout(em: EntityManager, tokenHash: string | null): Promise<void> {
    if (tokenHash) await em.nativeDelete(Session, { tokenHash });
  }

  cookieOptions() {
    return {
      httpOnly: true,
      sameSite: 'lax' as const,
      secure: this.config.production,
      path: '/',
      // Express takes maxAge in milliseconds.
      maxAge: this.config.session.absoluteHours * 3600_000,
    };
  }
}
