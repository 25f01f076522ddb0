import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

export type SinkMessage = {
  envelope: { from: null | string; to: string[] }
  from: null | string
  messageId: null | string
  receivedAt: string
  subject: null | string
  text: null | string
}

export type SmtpSink = {
  dir: string
  port: number
  /** Starts the sink again on the same port and directory (after `stop`). */
  restart: () => Promise<void>
  stop: () => Promise<void>
  url: string
}

const SINK_SCRIPT = path.resolve('test/fixtures/smtpSink.ts')

const launch = (dir: string, port: number) =>
  new Promise<{ child: ChildProcess; port: number }>((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', SINK_SCRIPT, '--dir', dir, '--port', String(port)],
      {
        stdio: ['pipe', 'pipe', 'inherit'],
      },
    )
    let output = ''
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      const match = /listening (\d+)/.exec(output)
      if (match) resolve({ child, port: Number(match[1]) })
    })
    child.once('exit', (code) =>
      reject(new Error(`the SMTP sink exited with ${code} before listening`)),
    )
  })

const halt = async (child: ChildProcess) => {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise((resolve) => child.once('exit', resolve))
  child.kill('SIGTERM')
  await exited
}

/**
 * Starts the SMTP sink (test/fixtures/smtpSink.ts) as a separate process on a loopback port
 * (`port` 0: any free one), writing each received message as JSON into `dir`.
 */
export const startSmtpSink = async ({
  dir,
  port = 0,
}: {
  dir: string
  port?: number
}): Promise<SmtpSink> => {
  let running = await launch(dir, port)
  const sink: SmtpSink = {
    dir,
    port: running.port,
    restart: async () => {
      running = await launch(dir, sink.port)
    },
    stop: () => halt(running.child),
    url: `smtp://127.0.0.1:${running.port}`,
  }
  return sink
}

/**
 * The messages the sink received, optionally only those to `to`. Test files share the run's
 * sink, so each filters by a recipient of its own.
 */
export const readSinkMessages = ({ dir, to }: { dir: string; to?: string }): SinkMessage[] => {
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json') && !name.startsWith('.'))
    .sort()
    .map((name) => JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as SinkMessage)
    .filter((message) => !to || message.envelope.to.includes(to))
}
