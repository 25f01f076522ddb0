import { type ChildProcess, execFileSync, spawn } from 'node:child_process'

export type AppServer = { stop: () => Promise<void>; url: string }

const E2E_SECRET = 'e2e-secret-not-for-production-use'

/** The environment `next build`/`next start` get: this run's database, production mode. */
const appEnv = (port: number): NodeJS.ProcessEnv => ({
  ...process.env,
  NEXT_TELEMETRY_DISABLED: '1',
  NODE_ENV: 'production',
  PAYLOAD_SECRET: E2E_SECRET,
  PORT: String(port),
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
 * database, and serves it with `next start` on a loopback port.
 */
export const startAppServer = async ({ port }: { port: number }): Promise<AppServer> => {
  const env = appEnv(port)
  execFileSync('npx', ['next', 'build'], { env, stdio: ['ignore', 'ignore', 'inherit'] })
  execFileSync('npx', ['tsx', 'scripts/seed.ts', '--preset', 'demo', '--fresh'], { env, stdio: ['ignore', 'ignore', 'inherit'] })
  const child = spawn('npx', ['next', 'start', '--port', String(port), '--hostname', '127.0.0.1'], {
    detached: true, // its own process group, so stop() ends npx and the server behind it
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  const url = `http://127.0.0.1:${port}`
  await waitForHealth(url, child, 60_000)
  return {
    stop: async () => {
      if (child.exitCode !== null || !child.pid) return
      const exited = new Promise((resolve) => child.once('exit', resolve))
      process.kill(-child.pid, 'SIGTERM')
      await exited
    },
    url,
  }
}
