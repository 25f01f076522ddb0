/**
 * The bench's SMTP server: accepts every message, reads it to the end and counts it, nothing
 * else. test/fixtures/smtpSink.ts parses each message and writes it to a file so tests can read
 * it; at thousands of messages a second that work would measure the sink, not the sender. Run as
 * its own process (started by ./smtpSinkProcess.ts) so it has its own event loop, as a real mail
 * server would: it prints `listening <port>`, answers `count` on stdin with `count <messages>
 * <cpu ms>` (the CPU time it has used, to tell a slow sender from a starved sink), and exits when
 * its stdin closes.
 */
import type { AddressInfo } from 'node:net'
import { createInterface } from 'node:readline'

import { SMTPServer } from 'smtp-server'

let received = 0

const server = new SMTPServer({
  authOptional: true,
  // Plain SMTP on loopback, like the test sink: the transport does not try STARTTLS.
  disabledCommands: ['STARTTLS'],
  logger: false,
  onData: (stream, _session, callback) => {
    stream.on('data', () => {})
    stream.on('end', () => {
      received += 1
      callback()
    })
  },
  size: 1024 * 1024,
})

server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`listening ${(server.server.address() as AddressInfo).port}\n`)
})

createInterface({ input: process.stdin }).on('line', (line) => {
  if (line.trim() !== 'count') return
  const cpu = process.cpuUsage()
  process.stdout.write(`count ${received} ${((cpu.user + cpu.system) / 1_000).toFixed(1)}\n`)
})
process.stdin.on('close', () => process.exit(0))
