import { z } from 'zod'

import { REFRESH_POLICY } from './auth/refreshPolicy'
import { FLAG_DEFAULTS, FLAG_NAMES } from './flags/flagNames'
import type { FlagName, Flags } from './flags/flagNames'
import { SMS_PROVIDERS } from './notifications/constants'
import { EMAIL_FROM_PATTERN } from './notifications/email/parseEmailFrom'

const blankAsUnset = (value: unknown) => (value === '' ? undefined : value)

const booleanFlag = (fallback: boolean) =>
  z.preprocess(
    blankAsUnset,
    z
      .enum(['true', 'false', '1', '0', 'on', 'off'], {
        error: () => 'must be one of true, false, 1, 0, on, off',
      })
      .optional()
      .transform((value) => (value === undefined ? fallback : ['true', '1', 'on'].includes(value))),
  )

const flagShape = Object.fromEntries(
  FLAG_NAMES.map((name) => [name, booleanFlag(FLAG_DEFAULTS[name])]),
) as Record<FlagName, ReturnType<typeof booleanFlag>>

/** A comma-separated list of origins (`https://host[:port]`, no path), each checked. */
const originsOf = (value: string, ctx: z.RefinementCtx): string[] =>
  value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean)
    .map((item) => {
      const origin = URL.canParse(item) ? new URL(item).origin : 'null'
      if (origin === 'null' || origin !== item.replace(/\/$/, '') || !/^https?:/.test(origin)) {
        ctx.addIssue({
          code: 'custom',
          message: `"${item}" is not an origin: write scheme, host and port only, e.g. https://portal.example.com`,
        })
      }
      return origin
    })

/** `kid:secret,kid:secret`: ids of letters, digits, - and _; secrets of at least 32 characters. */
const linkKeysOf = (value: string, ctx: z.RefinementCtx): { id: string; secret: string }[] => {
  const keys = value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean)
    .map((item) => {
      const at = item.indexOf(':')
      return { id: item.slice(0, Math.max(at, 0)), secret: at < 0 ? '' : item.slice(at + 1) }
    })
  keys.forEach((key, index) => {
    if (!/^[A-Za-z0-9_-]{1,32}$/.test(key.id) || key.secret.length < 32) {
      ctx.addIssue({
        code: 'custom',
        message: `key ${index + 1} must be written id:secret, an id of letters, digits, - or _ and a secret of at least 32 characters`,
      })
    }
  })
  if (new Set(keys.map((key) => key.id)).size !== keys.length) {
    ctx.addIssue({ code: 'custom', message: 'key ids must be unique' })
  }
  if (keys.length === 0) ctx.addIssue({ code: 'custom', message: 'names no key' })
  return keys
}

/** Outside production only: public links are signed with a fixed key no deployment uses. */
const DEV_LINK_KEYS = [{ id: 'dev', secret: 'dev-only-public-link-key-change-me-in-production' }]

/** Payload's own default token lifetime: the path the flag's rollout starts from. */
const PAYLOAD_TOKEN_SECONDS = 7200

const DEV_SECRET = 'dev-only-secret-change-me-in-production'

export const envSchema = z
  .object({
    // Lifetime of a sign-in's access token (Payload's JWT), in seconds. Default: 900 with
    // ENABLE_HTTPONLY_AUTH on in the environment (the refresh cookie renews it), else 7200.
    ACCESS_TOKEN_SECONDS: z.coerce.number().int().min(20).max(86_400).optional(),
    BUILD_VERSION: z.string().min(1).optional(),
    DATABASE_URL: z
      .string({
        error: 'is not set: run `npm run dev` (embedded PostgreSQL) or point it at a server',
      })
      .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// connection string'),
    DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
    EMAIL_FROM: z
      .string()
      .regex(EMAIL_FROM_PATTERN, 'must be an address or "Name <address>"')
      .default('Building Office <no-reply@building-office.local>'),
    METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    // Unset: POST /api/notifications/delivery-status answers 503 (see docs/runbooks/notifications.md).
    NOTIFICATIONS_WEBHOOK_SECRET: z.string().min(16, 'must be at least 16 characters').optional(),
    PAYLOAD_SECRET: z.string().min(16, 'must be at least 16 characters').optional(),
    EVENTS_DISPATCH_INTERVAL_SECONDS: z.coerce.number().min(0.1).max(60).default(1),
    QUEUE_MAINTENANCE_INTERVAL_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
    QUEUE_POLLING_INTERVAL_SECONDS: z.coerce.number().min(0.5).max(300).default(2),
    QUEUE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(5),
    QUEUE_SCHEMA: z
      .string()
      .regex(
        /^[a-z_][a-z0-9_]{0,49}$/,
        'must be a lowercase PostgreSQL identifier (letters, digits, _), at most 50 characters',
      )
      .default('pgboss'),
    // Same values as the flags; false makes this instance send-only (workers run via `npm run worker`).
    QUEUE_WORKERS: booleanFlag(true),
    // Keys that sign public links (statement, ballot, vendor invitation): `kid:secret,...`, the
    // first signs, all verify, so a key rotates without breaking live links. Required in production.
    PUBLIC_LINK_KEYS: z.preprocess(
      blankAsUnset,
      z
        .string()
        .optional()
        .transform((value, ctx) => (value === undefined ? undefined : linkKeysOf(value, ctx))),
    ),
    // Rate-limit counters in Redis (shared by every app instance) instead of PostgreSQL.
    REDIS_URL: z
      .string()
      .regex(/^rediss?:\/\/\S+$/, 'must be a redis:// or rediss:// URL')
      .optional(),
    SERVER_URL: z.url().optional(),
    // How many proxies in front of the app append to X-Forwarded-For (the client's address is
    // that many entries from the right).
    TRUST_PROXY_HOPS: z.coerce.number().int().min(1).max(5).default(1),
    // Browser origins besides the app's own that may call the API and use its session cookie.
    TRUSTED_ORIGINS: z.preprocess(
      blankAsUnset,
      z
        .string()
        .optional()
        .transform((value, ctx) => originsOf(value ?? '', ctx)),
    ),
    SMS_PROVIDER: z
      .enum(SMS_PROVIDERS, { error: () => `must be one of ${SMS_PROVIDERS.join(', ')}` })
      .default('log'),
    // Unset: e-mail is captured as files under .data/mail/ (see docs/runbooks/notifications.md).
    SMTP_URL: z
      .string()
      .regex(
        /^smtps?:\/\/[^\s/]+/,
        'must be an smtp:// or smtps:// URL, e.g. smtp://user:pass@mail-host:587',
      )
      .optional(),
    // Where uploaded documents are stored; several app instances need a shared volume here.
    UPLOADS_DIR: z.preprocess(blankAsUnset, z.string().min(1).default('.data/uploads')),
    ...flagShape,
  })
  .transform((env, ctx) => {
    if (env.NODE_ENV === 'production' && !env.PAYLOAD_SECRET) {
      ctx.addIssue({
        code: 'custom',
        message: 'is required in production',
        path: ['PAYLOAD_SECRET'],
      })
    }
    if (env.NODE_ENV === 'production' && !env.PUBLIC_LINK_KEYS) {
      ctx.addIssue({
        code: 'custom',
        message: 'is required in production (e.g. k1:$(openssl rand -hex 32))',
        path: ['PUBLIC_LINK_KEYS'],
      })
    }
    const flags = Object.fromEntries(FLAG_NAMES.map((name) => [name, env[name]])) as Flags
    return {
      accessTokenSeconds:
        env.ACCESS_TOKEN_SECONDS ??
        (flags.ENABLE_HTTPONLY_AUTH ? REFRESH_POLICY.accessTokenSeconds : PAYLOAD_TOKEN_SECONDS),
      buildVersion: env.BUILD_VERSION ?? process.env.npm_package_version ?? 'dev',
      databasePoolMax: env.DATABASE_POOL_MAX,
      databaseUrl: env.DATABASE_URL,
      emailFrom: env.EMAIL_FROM,
      events: { dispatchIntervalSeconds: env.EVENTS_DISPATCH_INTERVAL_SECONDS },
      flags,
      metricsToken: env.METRICS_TOKEN,
      uploadsDir: env.UPLOADS_DIR,
      nodeEnv: env.NODE_ENV,
      notificationsWebhookSecret: env.NOTIFICATIONS_WEBHOOK_SECRET,
      payloadSecret: env.PAYLOAD_SECRET ?? DEV_SECRET,
      publicLinkKeys: env.PUBLIC_LINK_KEYS ?? DEV_LINK_KEYS,
      queue: {
        maintenanceIntervalSeconds: env.QUEUE_MAINTENANCE_INTERVAL_SECONDS,
        pollingIntervalSeconds: env.QUEUE_POLLING_INTERVAL_SECONDS,
        poolMax: env.QUEUE_POOL_MAX,
        schema: env.QUEUE_SCHEMA,
        workers: env.QUEUE_WORKERS,
      },
      rateLimits: { redisUrl: env.REDIS_URL, trustedHops: env.TRUST_PROXY_HOPS },
      serverUrl: env.SERVER_URL,
      trustedOrigins: env.TRUSTED_ORIGINS,
      smsProvider: env.SMS_PROVIDER,
      smtpUrl: env.SMTP_URL,
    }
  })

export type AppEnv = z.output<typeof envSchema>

/** Thrown at start-up so a misconfigured app stops with every problem listed at once. */
export class InvalidEnvironmentError extends Error {
  constructor(issues: z.core.$ZodIssue[]) {
    const lines = issues.map((issue) => `  ${issue.path.join('.') || '(root)'}: ${issue.message}`)
    super(
      `Invalid environment configuration:\n${lines.join('\n')}\nSee .env.example and docs/flags.md.`,
    )
    this.name = 'InvalidEnvironmentError'
  }
}

export const parseEnv = (source: Record<string, string | undefined>): AppEnv => {
  const result = envSchema.safeParse(source)
  if (!result.success) throw new InvalidEnvironmentError(result.error.issues)
  return result.data
}

let cached: AppEnv | undefined

/** The environment, validated once per process. */
export const readEnv = (): AppEnv => (cached ??= parseEnv(process.env))
