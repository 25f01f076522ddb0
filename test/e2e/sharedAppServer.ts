import { createHash } from 'node:crypto'
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { launchAppServer, stopAppServer } from './appServer'
import { ensureE2eDatabase } from './e2eDatabase'
import type { AppServer } from './appServer'

/*
 * One built, seeded and running app per test run, shared by every e2e file: `next build` writes
 * into the one `.next` directory, so two files building at once would break each other (and the
 * build takes minutes on a small machine). The first file to ask takes a lock (an atomic mkdir)
 * and launches the app; the others wait for the address it writes. The e2e project's global
 * teardown stops it. The state lives in a directory named after this run's database, which the
 * global setup makes unique per run.
 */

const WAIT_MS = 20 * 60_000

const stateDir = (databaseUrl: string) => {
  const run = createHash('sha256').update(databaseUrl).digest('hex').slice(0, 16)
  return path.join(tmpdir(), `bo-e2e-${run}`)
}

const files = (databaseUrl = process.env.DATABASE_URL as string) => {
  const dir = stateDir(databaseUrl)
  return {
    dir,
    error: path.join(dir, 'error.txt'),
    lock: path.join(dir, 'lock'),
    log: path.join(dir, 'server.log'),
    server: path.join(dir, 'server.json'),
  }
}

const takeLock = (lock: string) => {
  try {
    mkdirSync(lock)
    return true
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false
    throw err
  }
}

/** The run's app, launched by the first caller; later callers (any worker) get the same one. */
export const useSharedAppServer = async (): Promise<{ logPath: string; url: string }> => {
  const paths = files()
  mkdirSync(paths.dir, { recursive: true })
  if (takeLock(paths.lock)) {
    try {
      await ensureE2eDatabase(process.env.DATABASE_URL as string)
      const server = await launchAppServer({ logPath: paths.log, port: 3100 + (process.pid % 800) })
      writeFileSync(paths.server, JSON.stringify(server))
      return { logPath: paths.log, url: server.url }
    } catch (err) {
      writeFileSync(paths.error, String((err as Error).stack ?? err))
      throw err
    }
  }
  const deadline = Date.now() + WAIT_MS
  while (Date.now() < deadline) {
    if (existsSync(paths.server))
      return {
        logPath: paths.log,
        url: (JSON.parse(readFileSync(paths.server, 'utf8')) as AppServer).url,
      }
    if (existsSync(paths.error))
      throw new Error(
        `the shared app server failed to start:\n${readFileSync(paths.error, 'utf8')}`,
      )
    await new Promise((resolve) => setTimeout(resolve, 1_000))
  }
  throw new Error(`the shared app server did not start within ${WAIT_MS / 60_000} minutes`)
}

/** Stops the run's app, if one was launched, and forgets it (its log stays as bo-e2e-last-server.log). */
export const stopSharedAppServer = async (databaseUrl: string): Promise<void> => {
  const paths = files(databaseUrl)
  if (existsSync(paths.server)) {
    const server = JSON.parse(readFileSync(paths.server, 'utf8')) as AppServer
    await stopAppServer(server.pid)
  }
  if (existsSync(paths.log)) copyFileSync(paths.log, path.join(tmpdir(), 'bo-e2e-last-server.log'))
  rmSync(paths.dir, { force: true, recursive: true })
}
