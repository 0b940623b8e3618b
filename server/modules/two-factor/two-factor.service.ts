import { randomInt } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import { toDataURL } from 'qrcode';
import type { Database_ } from '../../../db/client.js';
import type { AppConfig } from '../../config.js';
import type { AuthContext } from '../../http/routes.js';
import type { AuditedChanges } from '../audit/audited-change.js';
import { hashPassword, verifyPassword } from '../auth/password.js';
import { alreadyEnrolled, noEnrolmentStarted, notEnrolled, wrongEnrolmentCode } from './two-factor.errors.js';
import { createTwoFactorRepository } from './two-factor.repository.js';
import { createSecretBox } from './two-factor.secret-box.js';

interface TwoFactorDeps {
  database: Database_;
  config: AppConfig;
  changes: AuditedChanges;
  clock: () => Date;
}

// RFC 6238 as every authenticator app reads it: SHA-1, 6 digits, 30 s. One step either side of now is
// accepted (a phone's clock a little off, a code typed as it changes).
const totpParameters = { algorithm: 'SHA1', digits: 6, period: 30 } as const;
const validationWindow = 1;
const issuer = 'Guichet';
export const recoveryCodeCount = 10;
// Crockford's base32 alphabet (no I, L, O, U): read aloud or copied by hand without confusion. 10
// characters = 50 random bits per code, shown as XXXXX-XXXXX.
const recoveryAlphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** What a checked code proves, spent inside the caller's change (so the same code never works twice). */
export type SecondFactorProof = { staffId: number; kind: 'totp'; step: number } | { staffId: number; kind: 'recovery-code'; codeId: number };

const compact = (code: string) => code.replace(/[\s-]/g, '').toUpperCase();

function newRecoveryCode(): string {
  const characters = Array.from({ length: 10 }, () => recoveryAlphabet[randomInt(recoveryAlphabet.length)]).join('');
  return `${characters.slice(0, 5)}-${characters.slice(5)}`;
}

export function createTwoFactor({ database, config, changes, clock }: TwoFactorDeps) {
  if (!config.totpEncryptionKey) throw new Error('TOTP_ENCRYPTION_KEY is required outside demo mode (main.ts checks it at start)');
  const box = createSecretBox(config.totpEncryptionKey);
  const repository = createTwoFactorRepository(database);
  const actorOf = (auth: AuthContext) => ({ id: auth.staff.id, role: auth.staff.role });

  /** The time step a TOTP code belongs to, or null when it is not a code of this secret around now. */
  function stepOf(secretBase32: string, token: string): number | null {
    const timestamp = clock().getTime();
    const delta = TOTP.validate({ token, secret: Secret.fromBase32(secretBase32), ...totpParameters, timestamp, window: validationWindow });
    return delta === null ? null : TOTP.counter({ period: totpParameters.period, timestamp }) + delta;
  }

  /**
   * Checks a code of an enrolled person: a current TOTP code newer than the last one accepted, or an
   * unused recovery code (Argon2 verification: async, so before the caller's transaction). Null when it
   * is not right; nothing is spent until `spend` runs inside the change.
   */
  async function check(staffId: number, code: string): Promise<SecondFactorProof | null> {
    const state = repository.state(staffId);
    if (!state?.secret) return null;
    const token = compact(code);
    if (/^\d{6}$/.test(token)) {
      const step = stepOf(box.open(staffId, state.secret), token);
      if (step === null || (state.lastStep !== null && step <= state.lastStep)) return null;
      return { staffId, kind: 'totp', step };
    }
    if (token.length !== 10) return null;
    for (const candidate of repository.unusedCodes(staffId)) {
      if (await verifyPassword(candidate.codeHash, token)) return { staffId, kind: 'recovery-code', codeId: candidate.id };
    }
    return null;
  }

  /** Inside the caller's change: false when the same code was used meanwhile (a parallel request). */
  function spend(proof: SecondFactorProof, nowIso: string): boolean {
    return proof.kind === 'totp' ? repository.useStep(proof.staffId, proof.step) : repository.useCode(proof.staffId, proof.codeId, nowIso);
  }

  function status(auth: AuthContext) {
    const state = repository.state(auth.staff.id);
    return {
      enrolled: Boolean(state?.secret),
      enrolledAt: state?.enrolledAt ?? null,
      recoveryCodesLeft: state?.secret ? repository.countUnusedCodes(auth.staff.id) : 0,
      enforced: config.enforceTwoFactor,
    };
  }

  /** A new secret, shown once as a QR code and as the key to type; it counts only once a code confirms it. */
  async function startEnrolment(auth: AuthContext) {
    const secret = new Secret({ size: 20 }).base32;
    const uri = new TOTP({ issuer, label: auth.staff.email, secret: Secret.fromBase32(secret), ...totpParameters }).toString();
    const qrCode = await toDataURL(uri, { errorCorrectionLevel: 'M', margin: 2, width: 220 });
    changes.apply(({ nowIso }) => {
      if (!repository.setPending(auth.staff.id, box.seal(auth.staff.id, secret), nowIso)) throw alreadyEnrolled();
      return { result: null, audit: { actor: actorOf(auth), action: 'two_factor.enrolment_started', targetType: 'staff', targetId: auth.staff.id } };
    });
    return { secret, uri, qrCode, ...totpParameters };
  }

  async function freshRecoveryCodes() {
    const codes = Array.from({ length: recoveryCodeCount }, newRecoveryCode);
    const hashes = await Promise.all(codes.map((code) => hashPassword(compact(code))));
    return { codes, hashes };
  }

  /** The first code proves the app holds the secret; the recovery codes are answered this once only. */
  async function confirmEnrolment(auth: AuthContext, code: string) {
    const state = repository.state(auth.staff.id);
    if (state?.secret) throw alreadyEnrolled();
    if (!state?.pending) throw noEnrolmentStarted();
    const pending = state.pending;
    const step = stepOf(box.open(auth.staff.id, pending), compact(code));
    if (step === null) throw wrongEnrolmentCode();
    const { codes, hashes } = await freshRecoveryCodes();
    changes.apply(({ nowIso }) => {
      if (!repository.confirm(auth.staff.id, pending, step, nowIso)) throw noEnrolmentStarted();
      repository.replaceCodes(auth.staff.id, hashes, nowIso);
      return {
        result: null,
        audit: {
          actor: actorOf(auth),
          action: 'two_factor.enrolled',
          targetType: 'staff',
          targetId: auth.staff.id,
          details: { recoveryCodes: codes.length },
        },
      };
    });
    return { recoveryCodes: codes };
  }

  /** New recovery codes (the old ones stop working), shown once; a `reauth` route. */
  async function replaceRecoveryCodes(auth: AuthContext) {
    if (!repository.state(auth.staff.id)?.secret) throw notEnrolled();
    const { codes, hashes } = await freshRecoveryCodes();
    changes.apply(({ nowIso }) => {
      if (!repository.state(auth.staff.id)?.secret) throw notEnrolled();
      repository.replaceCodes(auth.staff.id, hashes, nowIso);
      return {
        result: null,
        audit: { actor: actorOf(auth), action: 'two_factor.recovery_codes_replaced', targetType: 'staff', targetId: auth.staff.id },
      };
    });
    return { recoveryCodes: codes };
  }

  return { check, spend, status, startEnrolment, confirmEnrolment, replaceRecoveryCodes, recoveryCodesLeft: repository.countUnusedCodes };
}

export type TwoFactor = ReturnType<typeof createTwoFactor>;
