import { isIP } from 'node:net';
import { createHash, createPrivateKey, type KeyObject } from 'node:crypto';
import { z } from 'zod';
import type { DetectionThresholds } from './modules/flags/detection/rules.js';

// The only reader of process.env. A wrong value stops the start with a message naming it.

// Express's `trust proxy` presets, and one address or subnet (CIDR or IPv4 netmask) as proxy-addr reads them.
const proxyPresets = new Set(['loopback', 'linklocal', 'uniquelocal']);
function isProxyAddress(entry: string): boolean {
  if (proxyPresets.has(entry)) return true;
  const [address = '', range, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (range === undefined) return true;
  if (/^\d{1,3}$/.test(range)) return Number(range) <= (family === 4 ? 32 : 128);
  return family === 4 && isIP(range) === 4;
}

/**
 * Which X-Forwarded-For hops to believe: none (`false`), the last N (a hop count), or those sent by the
 * listed proxies. `true` would believe every hop, so any client could name its own address and walk
 * past the per-address sign-in limit: it is refused.
 */
const trustProxySetting = z
  .string()
  .trim()
  .transform((value, context): false | number | string[] => {
    if (value === '' || value === 'false' || value === '0') return false;
    if (value === 'true') {
      context.addIssue({
        code: 'custom',
        message: 'true would trust every X-Forwarded-For hop, which clients can forge; give the hop count (e.g. 1) or the proxy addresses/subnets',
      });
      return z.NEVER;
    }
    if (/^\d+$/.test(value)) {
      if (Number(value) > 10) context.addIssue({ code: 'custom', message: 'a hop count is at most 10' });
      return Number(value);
    }
    const entries = value.split(',').map((entry) => entry.trim());
    const wrong = entries.filter((entry) => !isProxyAddress(entry));
    if (wrong.length > 0)
      context.addIssue({ code: 'custom', message: `not an address, subnet or preset (loopback, linklocal, uniquelocal): ${wrong.join(', ')}` });
    return entries;
  });

const environmentSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_PATH: z.string().min(1).default('./data/guichet.db'),
  UPLOAD_DIR: z.string().min(1).default('./data/uploads'),
  SMTP_URL: z.url({ protocol: /^smtps?$/, error: 'must be an smtp:// or smtps:// URL' }).optional(),
  MAIL_FROM: z.string().min(3).default('Guichet Support <support@guichet.test>'),
  SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  DEMO_PASSWORD: z.string().min(8, 'must be at least 8 characters').default('guichet-demo'),
  DEMO_CUSTOMERS: z.coerce.number().int().min(0).max(5_000_000).default(5000),
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).max(72).default(10),
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
  LOGIN_LOCK_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(15),
  // Wraps every customer's data key (server/modules/customer-keys): 32 random bytes, base64.
  CUSTOMER_KEY_MASTER_KEY: z
    .string()
    .refine((value) => Buffer.from(value, 'base64').length === 32, 'must be 32 random bytes in base64 (openssl rand -base64 32)')
    .optional(),
  // Encrypts staff TOTP secrets at rest (server/modules/two-factor): 32 random bytes, base64.
  TOTP_ENCRYPTION_KEY: z
    .string()
    .refine((value) => Buffer.from(value, 'base64').length === 32, 'must be 32 random bytes in base64 (openssl rand -base64 32)')
    .optional(),
  // Staff must enrol an authenticator app at their next sign-in. Default: on outside demo mode.
  ENFORCE_2FA: z.enum(['true', 'false']).optional(),
  TRUST_PROXY: trustProxySetting.default(false),
  CLAIM_HOLD_HOURS: z.coerce
    .number()
    .min(0)
    .max(24 * 60)
    .default(72),
  CLAIM_UNDECIDED_DAYS: z.coerce.number().int().min(1).max(365).default(10),
  CLAIM_DOCUMENT_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(200 * 1024 * 1024)
    .default(15 * 1024 * 1024),
  CLAIM_DOCUMENT_MAX_FILES: z.coerce.number().int().min(1).max(50).default(10),
  CLAIM_DOCUMENT_RETENTION_DAYS: z.coerce.number().int().min(0).max(3650).default(90),
  // The provider's country and time zone: GDPR deadlines skip its weekends and public holidays.
  GDPR_COUNTRY: z
    .string()
    .regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 country code such as FR')
    .default('FR'),
  GDPR_TIMEZONE: z
    .string()
    .refine((zone) => {
      try {
        new Intl.DateTimeFormat('en', { timeZone: zone });
        return true;
      } catch {
        return false;
      }
    }, 'must be an IANA time zone such as Europe/Paris')
    .default('Europe/Paris'),
  // Where staff open the console: the base of invitation and password-reset links.
  PUBLIC_URL: z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' }).optional(),
  REAUTH_MINUTES: z.coerce.number().int().min(1).max(60).default(5),
  // Ed25519 private key signing the audit checkpoints: PEM (PKCS#8) or its DER in base64.
  AUDIT_SIGNING_KEY: z.string().min(40).optional(),
  AUDIT_CHECKPOINT_MINUTES: z.coerce
    .number()
    .int()
    .min(0)
    .max(7 * 24 * 60)
    .default(60),
  // The review queue's sampling rules (server/modules/audit-review/sampling-rules.ts).
  REVIEW_SAMPLE_PERCENT: z.coerce.number().min(0).max(100).default(5),
  REVIEW_REPEAT_THRESHOLD: z.coerce.number().int().min(2).max(1000).default(5),
  REVIEW_REPEAT_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  REVIEW_BURST_ACCOUNTS: z.coerce.number().int().min(2).max(10000).default(10),
  REVIEW_BURST_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(15),
  REVIEW_WORKING_HOURS: z
    .string()
    .regex(/^([01]?\d|2[0-4])-([01]?\d|2[0-4])$/, 'must be like 8-19 (start and end hour)')
    .default('8-19'),
  // ISO weekdays worked (1 = Monday … 7 = Sunday): actions on other days count as after hours.
  REVIEW_WORKING_DAYS: z
    .string()
    .regex(/^[1-7]-[1-7]$/, 'must be like 1-5 (Monday to Friday)')
    .default('1-5'),
  REVIEW_TIMEZONE: z
    .string()
    .refine((zone) => isTimeZone(zone), 'must be an IANA time zone such as Europe/Paris')
    .default('Europe/Paris'),
  // Service tokens of the login system, stored as SHA-256 hex digests (README, "Login events in");
  // several at once during a rotation, separated by commas.
  INGEST_TOKEN_SHA256: z
    .string()
    .trim()
    .regex(/^[0-9a-f]{64}(,[0-9a-f]{64})*$/, 'must be SHA-256 hex digests separated by commas')
    .optional(),
  INGEST_BATCHES_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(600),
  DETECT_NEW_COUNTRY_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
  DETECT_BURST_FAILURES: z.coerce.number().int().min(2).max(1000).default(5),
  DETECT_BURST_MINUTES: z.coerce.number().int().min(1).max(1440).default(10),
  DETECT_TRAVEL_MAX_KMH: z.coerce.number().int().min(100).max(100_000).default(900),
  DETECT_TRAVEL_MIN_KM: z.coerce.number().int().min(0).max(20_000).default(500),
  DETECT_EMAIL_CHANGE_HOURS: z.coerce.number().int().min(1).max(720).default(48),
});

/** The demo console's ingestion token (demo mode only, documented in the README). */
export const demoIngestToken = 'demo-ingest-token-not-for-production';
const sha256Hex = (text: string) => createHash('sha256').update(text).digest('hex');

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

// Demo mode only: a fixed, published key, so that demo checkpoints verify across restarts. Never secret.
const demoSigningKeySeed = '9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60';
const ed25519Pkcs8Prefix = '302e020100300506032b657004220420';

function parseSigningKey(text: string): KeyObject | null {
  try {
    const key = text.includes('BEGIN') ? createPrivateKey(text) : createPrivateKey({ key: Buffer.from(text, 'base64'), format: 'der', type: 'pkcs8' });
    return key.asymmetricKeyType === 'ed25519' ? key : null;
  } catch {
    return null;
  }
}

export interface ReviewSamplingConfig {
  sampleRate: number;
  repeatThreshold: number;
  repeatWindowMs: number;
  burstAccounts: number;
  burstWindowMs: number;
  workingHours: { start: number; end: number };
  /** ISO weekdays (1 = Monday) worked, inclusive. */
  workingDays: { first: number; last: number };
  timeZone: string;
}

export interface AppConfig {
  demoMode: boolean;
  port: number;
  host: string;
  databasePath: string;
  uploadDir: string;
  smtpUrl: string | undefined;
  mailFrom: string;
  sessionSecret: string;
  cookieSecure: boolean;
  demoPassword: string;
  demoCustomers: number;
  sessionIdleMs: number;
  sessionAbsoluteMs: number;
  loginMaxFailures: number;
  loginLockMs: number;
  /** Express's `trust proxy`: false, a hop count, or the proxies' addresses/subnets. */
  trustProxy: false | number | string[];
  claims: {
    /** How long an approved claim waits after the current addresses were told (SPEC §4.4). */
    holdMs: number;
    /** Claims still undecided after this many days are highlighted. */
    undecidedDays: number;
    documentMaxBytes: number;
    /** Per claim (and so per upload). */
    documentMaxFiles: number;
    /** Files are deleted this many days after the claim's decision; metadata and SHA-256 stay. */
    documentRetentionDays: number;
  };
  gdprCountry: string;
  gdprTimeZone: string;
  /** How long a password/code confirmation keeps a session fresh for `reauth` routes. */
  reauthWindowMs: number;
  /** The console's address as staff reach it, without a trailing slash (links in staff e-mails). */
  publicUrl: string;
  customerKeyMasterKey: Buffer;
  /** Null only outside demo mode without TOTP_ENCRYPTION_KEY: the server then refuses to start (main.ts). */
  totpEncryptionKey: Buffer | null;
  /** Every staff member must have an authenticator app: until they enrol, a session reaches only enrolment. */
  enforceTwoFactor: boolean;
  /** Null only outside demo mode without AUDIT_SIGNING_KEY: the server then refuses to start (main.ts). */
  auditSigningKey: KeyObject | null;
  auditCheckpointMs: number;
  reviewSampling: ReviewSamplingConfig;
  /** SHA-256 hex digests of the valid service tokens (none: ingestion refuses everyone). */
  ingestTokenHashes: string[];
  ingestBatchesPerMinute: number;
  detection: DetectionThresholds;
}

export class ConfigError extends Error {}

const demoSessionSecret = 'demo-mode-only-session-secret-not-for-production';
// Demo mode only: a fixed key, so the demo database stays readable across restarts.
// Demo mode only, like the master key above: published, never secret.
const demoTotpKey = Buffer.from('demo-mode-only-totp-key-32-bytes', 'utf8');
const demoMasterKey = Buffer.from('demo-mode-only-master-key-32-byt', 'utf8');

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = environmentSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const demoMode = e.NODE_ENV !== 'production';
  if (!demoMode && !e.SESSION_SECRET) {
    throw new ConfigError('Invalid configuration:\n  SESSION_SECRET: required when NODE_ENV=production');
  }
  if (!demoMode && !e.CUSTOMER_KEY_MASTER_KEY) {
    throw new ConfigError('Invalid configuration:\n  CUSTOMER_KEY_MASTER_KEY: required when NODE_ENV=production');
  }
  const signingKey = e.AUDIT_SIGNING_KEY ? parseSigningKey(e.AUDIT_SIGNING_KEY) : null;
  if (e.AUDIT_SIGNING_KEY && !signingKey) {
    throw new ConfigError('Invalid configuration:\n  AUDIT_SIGNING_KEY: must be an Ed25519 private key (PKCS#8 PEM, or its DER in base64)');
  }
  const [startHour, endHour] = e.REVIEW_WORKING_HOURS.split('-').map(Number) as [number, number];
  return {
    demoMode,
    port: e.PORT,
    host: e.HOST,
    databasePath: e.DATABASE_PATH,
    uploadDir: e.UPLOAD_DIR,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    sessionSecret: e.SESSION_SECRET ?? demoSessionSecret,
    cookieSecure: !demoMode,
    demoPassword: e.DEMO_PASSWORD,
    demoCustomers: e.DEMO_CUSTOMERS,
    sessionIdleMs: e.SESSION_IDLE_MINUTES * 60_000,
    sessionAbsoluteMs: e.SESSION_ABSOLUTE_HOURS * 3_600_000,
    loginMaxFailures: e.LOGIN_MAX_FAILURES,
    loginLockMs: e.LOGIN_LOCK_MINUTES * 60_000,
    trustProxy: e.TRUST_PROXY,
    claims: {
      holdMs: e.CLAIM_HOLD_HOURS * 3_600_000,
      undecidedDays: e.CLAIM_UNDECIDED_DAYS,
      documentMaxBytes: e.CLAIM_DOCUMENT_MAX_BYTES,
      documentMaxFiles: e.CLAIM_DOCUMENT_MAX_FILES,
      documentRetentionDays: e.CLAIM_DOCUMENT_RETENTION_DAYS,
    },
    gdprCountry: e.GDPR_COUNTRY,
    gdprTimeZone: e.GDPR_TIMEZONE,
    reauthWindowMs: e.REAUTH_MINUTES * 60_000,
    publicUrl: (e.PUBLIC_URL ?? `http://${e.HOST === '0.0.0.0' || e.HOST === '::' ? 'localhost' : e.HOST}:${e.PORT}`).replace(/\/+$/, ''),
    customerKeyMasterKey: e.CUSTOMER_KEY_MASTER_KEY ? Buffer.from(e.CUSTOMER_KEY_MASTER_KEY, 'base64') : demoMasterKey,
    totpEncryptionKey: e.TOTP_ENCRYPTION_KEY ? Buffer.from(e.TOTP_ENCRYPTION_KEY, 'base64') : demoMode ? demoTotpKey : null,
    enforceTwoFactor: e.ENFORCE_2FA === undefined ? !demoMode : e.ENFORCE_2FA === 'true',
    auditSigningKey: signingKey ?? (demoMode ? parseSigningKey(Buffer.from(ed25519Pkcs8Prefix + demoSigningKeySeed, 'hex').toString('base64')) : null),
    auditCheckpointMs: e.AUDIT_CHECKPOINT_MINUTES * 60_000,
    reviewSampling: {
      sampleRate: e.REVIEW_SAMPLE_PERCENT / 100,
      repeatThreshold: e.REVIEW_REPEAT_THRESHOLD,
      repeatWindowMs: e.REVIEW_REPEAT_DAYS * 86_400_000,
      burstAccounts: e.REVIEW_BURST_ACCOUNTS,
      burstWindowMs: e.REVIEW_BURST_MINUTES * 60_000,
      workingHours: { start: startHour, end: endHour },
      workingDays: { first: Number(e.REVIEW_WORKING_DAYS[0]), last: Number(e.REVIEW_WORKING_DAYS[2]) },
      timeZone: e.REVIEW_TIMEZONE,
    },
    ingestTokenHashes: e.INGEST_TOKEN_SHA256?.split(',') ?? (demoMode ? [sha256Hex(demoIngestToken)] : []),
    ingestBatchesPerMinute: e.INGEST_BATCHES_PER_MINUTE,
    detection: {
      newCountryLookbackDays: e.DETECT_NEW_COUNTRY_DAYS,
      burstFailures: e.DETECT_BURST_FAILURES,
      burstWindowMinutes: e.DETECT_BURST_MINUTES,
      travelMaxKmh: e.DETECT_TRAVEL_MAX_KMH,
      travelMinKm: e.DETECT_TRAVEL_MIN_KM,
      emailChangeWindowHours: e.DETECT_EMAIL_CHANGE_HOURS,
    },
  };
}
