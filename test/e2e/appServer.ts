import { execFileSync, spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { closeSync, openSync } from 'node:fs'

export type AppServer = { pid: number; url: string }

const E2E_SECRET = 'e2e-secret-not-for-production-use'
/** The Redis the e2e app keeps its rate-limit counters in (.ci/run starts it when it is down). */
export const E2E_REDIS_URL = process.env.E2E_REDIS_URL ?? 'redis://127.0.0.1:6379'

/** Two keys, as in a rotation: the first signs new links, both verify. */
export const E2E_PUBLIC_LINK_KEYS =
  'e2e-2:e2e-public-link-key-two-not-for-production,e2e-1:e2e-public-link-key-one-not-for-production'

/**
 * The environment `next build`/`next start` get: this run's database and SMTP sink (set by the
 * global setup), production mode, and a queue that polls often so a run started in the browser
 * is picked up within a second.
 */
const appEnv = (port: number): NodeJS.ProcessEnv => ({
  ...process.env,
  NEXT_TELEMETRY_DISABLED: '1',
  NODE_ENV: 'production',
  PAYLOAD_SECRET: E2E_SECRET,
  PUBLIC_LINK_KEYS: E2E_PUBLIC_LINK_KEYS,
  PORT: String(port),
  QUEUE_POLLING_INTERVAL_SECONDS: '0.5',
  // The rate-limit counters in the machine's Redis, as several app instances would share them.
  REDIS_URL: E2E_REDIS_URL,
  SERVER_URL: `http://127.0.0.1:${port}`,
})

const waitForHealth = async (url: string, child: ChildProcess, timeoutMs: number) => {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}`)
    try {
      const response = await fetch(`${url}/api/health`)
      if (response.ok) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`the app did not become healthy at ${url} within ${timeoutMs} ms`)
}

/**
 * Builds the app (`next build`, as production does), seeds the demo preset into this run's
 * database, and serves it with `next start` on a loopback port. The server is detached and
 * outlives the caller (its output goes to `logPath`), so one test file's worker can start it for
 * every e2e file of the run; `stopAppServer` ends it. Use it through `useSharedAppServer`.
 */
export const launchAppServer = async ({
  logPath,
  port,
}: {
  logPath: string
  port: number
}): Promise<AppServer> => {
  const env = appEnv(port)
  execFileSync('npx', ['next', 'build'], { env, stdio: ['ignore', 'ignore', 'inherit'] })
  execFileSync('npx', ['tsx', 'scripts/seed.ts', '--preset', 'demo', '--fresh'], {
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  return serveBuiltApp({ logPath, port })
}

/**
 * Serves the app already built (by `launchAppServer`) with `next start` on `port`, with `env`
 * over the run's environment: a second instance with other settings (the refresh-session flag
 * on) needs no second build. `stopAppServer` ends it.
 */
export const serveBuiltApp = async ({
  env: extra = {},
  logPath,
  port,
}: {
  env?: Record<string, string>
  logPath: string
  port: number
}): Promise<AppServer> => {
  const log = openSync(logPath, 'a')
  const child = spawn('npx', ['next', 'start', '--port', String(port), '--hostname', '127.0.0.1'], {
    detached: true, // its own process group, so stopAppServer ends npx and the server behind it
    env: { ...appEnv(port), ...extra },
    stdio: ['ignore', log, log],
  })
  closeSync(log)
  child.unref()
  const url = `http://127.0.0.1:${port}`
  try {
    await waitForHealth(url, child, 60_000)
  } catch (err) {
    if (child.pid && child.exitCode === null) process.kill(-child.pid, 'SIGTERM')
    throw err
  }
  return { pid: child.pid as number, url }
}

const isAlive = (pid: number) => {
  try {
    process.kill(-pid, 0)
    return true
  } catch {
    return false
  }
}

/** Ends the server's process group (npx and `next start`) and waits until it is gone. */
export const stopAppServer = async (pid: number, timeoutMs = 30_000): Promise<void> => {
  if (!isAlive(pid)) return
  process.kill(-pid, 'SIGTERM')
  const deadline = Date.now() + timeoutMs
  while (isAlive(pid) && Date.now() < deadline)
    await new Promise((resolve) => setTimeout(resolve, 100))
  if (isAlive(pid)) process.kill(-pid, 'SIGKILL')
}
