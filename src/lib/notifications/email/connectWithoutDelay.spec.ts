import net from 'node:net'
import type { AddressInfo } from 'node:net'

import { connectWithoutDelay } from './connectWithoutDelay'

const connect = (options: Parameters<typeof connectWithoutDelay>[0]) =>
  new Promise<{ err: Error | null; socketOptions: false | { connection: net.Socket } }>((resolve) =>
    connectWithoutDelay(options, (err, socketOptions) => resolve({ err, socketOptions })),
  )

describe('connectWithoutDelay', () => {
  it('should hand nodemailer a connected socket to the server', async () => {
    const server = net.createServer((socket) => socket.end('220 hello\r\n'))
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    try {
      const { err, socketOptions } = await connect({
        host: '127.0.0.1',
        port: (server.address() as AddressInfo).port,
      })
      expect(err).toBeNull()
      const socket = (socketOptions as { connection: net.Socket }).connection
      expect(socket.remotePort).toBe((server.address() as AddressInfo).port)
      const greeting = await new Promise<string>((resolve) =>
        socket.once('data', (chunk) => resolve(chunk.toString())),
      )
      expect(greeting).toBe('220 hello\r\n')
      socket.destroy()
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()))
    }
  })

  it('should report a refused connection as the error, without a socket', async () => {
    const server = net.createServer()
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as AddressInfo
    await new Promise<void>((resolve) => server.close(() => resolve()))

    const { err, socketOptions } = await connect({ host: '127.0.0.1', port })
    expect(err?.message).toMatch(/ECONNREFUSED/)
    expect(socketOptions).toBe(false)
  })
})
