import { z } from 'zod'

import { FLAG_DEFAULTS, FLAG_NAMES, type FlagName, type Flags } from './flags/flagNames'

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

const flagShape = Object.fromEntries(FLAG_NAMES.map((name) => [name, booleanFlag(FLAG_DEFAULTS[name])])) as Record<
  FlagName,
  ReturnType<typeof booleanFlag>
>

const DEV_SECRET = 'dev-only-secret-change-me-in-production'

export const envSchema = z
  .object({
    BUILD_VERSION: z.string().min(1).optional(),
    DATABASE_URL: z
      .string({ error: 'is not set: run `npm run dev` (embedded PostgreSQL) or point it at a server' })
      .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// connection string'),
    DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PAYLOAD_SECRET: z.string().min(16, 'must be at least 16 characters').optional(),
    SERVER_URL: z.url().optional(),
    ...flagShape,
  })
  .transform((env, ctx) => {
    if (env.NODE_ENV === 'production' && !env.PAYLOAD_SECRET) {
      ctx.addIssue({ code: 'custom', message: 'is required in production', path: ['PAYLOAD_SECRET'] })
    }
    const flags = Object.fromEntries(FLAG_NAMES.map((name) => [name, env[name]])) as Flags
    return {
      buildVersion: env.BUILD_VERSION ?? process.env.npm_package_version ?? 'dev',
      databasePoolMax: env.DATABASE_POOL_MAX,
      databaseUrl: env.DATABASE_URL,
      flags,
      nodeEnv: env.NODE_ENV,
      payloadSecret: env.PAYLOAD_SECRET ?? DEV_SECRET,
      serverUrl: env.SERVER_URL,
    }
  })

export type AppEnv = z.output<typeof envSchema>

/** Thrown at start-up so a misconfigured app stops with every problem listed at once. */
export class InvalidEnvironmentError extends Error {
  constructor(issues: z.core.$ZodIssue[]) {
    const lines = issues.map((issue) => `  ${issue.path.join('.') || '(root)'}: ${issue.message}`)
    super(`Invalid environment configuration:\n${lines.join('\n')}\nSee .env.example and docs/flags.md.`)
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
