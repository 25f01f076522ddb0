import { spawn } from 'node:child_process'
import path from 'node:path'

export type SinkStats = { cpuMs: number; messages: number }

export type CountingSmtpSink = {
  /** Messages the sink has accepted so far, and the CPU time its process has used. */
  stats: () => Promise<SinkStats>
  stop: () => Promise<void>
  url: string
}

const SINK_SCRIPT = path.resolve('scripts/bench/countingSmtpSink.ts')

/** Starts ./countingSmtpSink.ts as a child process on a free loopback port. */
export const startCountingSmtpSink = async (): Promise<CountingSmtpSink> => {
  const child = spawn(process.execPath, ['--import', 'tsx', SINK_SCRIPT], {
    stdio: ['pipe', 'pipe', 'inherit'],
  })
  let output = ''
  const waiters: ((line: string) => void)[] = []
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString()
    let newline = output.indexOf('\n')
    while (newline !== -1) {
      const line = output.slice(0, newline)
      output = output.slice(newline + 1)
      waiters.shift()?.(line)
      newline = output.indexOf('\n')
    }
  })
  const nextLine = () => new Promise<string>((resolve) => waiters.push(resolve))
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))

  const listening = await Promise.race([
    nextLine(),
    exited.then(() => {
      throw new Error('the bench SMTP sink exited before listening')
    }),
  ])
  const port = Number(/^listening (\d+)$/.exec(listening)?.[1])
  return {
    stats: async () => {
      const answer = nextLine()
      child.stdin.write('count\n')
      const [, messages, cpuMs] = /^count (\d+) ([\d.]+)$/.exec(await answer) ?? []
      return { cpuMs: Number(cpuMs), messages: Number(messages) }
    },
    stop: async () => {
      child.stdin.end()
      await exited
    },
    url: `smtp://127.0.0.1:${port}`,
  }
}
