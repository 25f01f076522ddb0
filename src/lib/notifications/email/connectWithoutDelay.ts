import net from 'node:net'

type SmtpSocketOptions = {
  connectionTimeout?: number
  host?: string
  localAddress?: string
  port?: number
  secure?: boolean
}

type SocketCallback = (err: Error | null, socketOptions: false | { connection: net.Socket }) => void

const DEFAULT_CONNECTION_TIMEOUT_MS = 120_000

/**
 * nodemailer's `getSocket` hook: opens the TCP connection to the SMTP server with Nagle's
 * algorithm off and hands it over (`{ connection }`); nodemailer then runs the SMTP session on
 * it as usual (greeting, EHLO, STARTTLS or TLS for `smtps://`, AUTH). nodemailer 9 leaves Nagle
 * on, so each message's last small write waits for the server's delayed ACK (40 ms on Linux):
 * a pooled connection then carries ~20 messages a second instead of hundreds. Host and port
 * defaults are nodemailer's (localhost; 465 for `secure`, else 587).
 */
export const connectWithoutDelay = (options: SmtpSocketOptions, callback: SocketCallback): void => {
  const socket = net.connect({
    host: options.host || 'localhost',
    keepAlive: true,
    localAddress: options.localAddress,
    noDelay: true,
    port: Number(options.port) || (options.secure ? 465 : 587),
  })
  let isSettled = false
  const settle = (err: Error | null) => {
    if (isSettled) return
    isSettled = true
    clearTimeout(timer)
    // From here on the error handlers are nodemailer's (it attaches them before `callback` returns).
    socket.removeListener('error', settle)
    if (!err) return callback(null, { connection: socket })
    socket.destroy()
    callback(err, false)
  }
  const timeoutMs = options.connectionTimeout || DEFAULT_CONNECTION_TIMEOUT_MS
  const timer = setTimeout(
    () => settle(Object.assign(new Error('Connection timeout'), { code: 'ETIMEDOUT' })),
    timeoutMs,
  )
  socket.once('error', settle)
  socket.once('connect', () => settle(null))
}
