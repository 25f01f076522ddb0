import type { Payload } from 'payload'

export type SendingWindow = {
  /** This process's CPU time from the first send until `stop` (all of its work, not only e-mail). */
  cpuMs: number
  messages: number
  /** From the first send to the last answer. */
  ms: number
  perSecond: number
}

const cpuMsSince = (start: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(start)
  return (used.user + used.system) / 1_000
}

/**
 * Times the e-mail a piece of work sends, from outside the code under test: wraps
 * `payload.sendEmail` (what the e-mail channel calls for every message) and notes the first
 * call's start, the last answer's end and how many messages the SMTP server accepted. CPU time
 * is read at the first send and at `stop` only: reading it per message costs a system call each.
 * `stop` puts the original back and returns the window.
 */
export const startSendingClock = (payload: Payload) => {
  const original = payload.sendEmail
  let first: null | number = null
  let firstCpu: NodeJS.CpuUsage | null = null
  let last = 0
  let messages = 0
  payload.sendEmail = async (message) => {
    if (first === null) {
      first = performance.now()
      firstCpu = process.cpuUsage()
    }
    const info = await original.call(payload, message)
    messages += 1
    last = performance.now()
    return info
  }
  return {
    stop: (): SendingWindow => {
      payload.sendEmail = original
      const ms = first === null ? 0 : last - first
      return {
        cpuMs: firstCpu ? cpuMsSince(firstCpu) : 0,
        messages,
        ms,
        perSecond: ms > 0 ? (messages / ms) * 1_000 : 0,
      }
    },
  }
}
