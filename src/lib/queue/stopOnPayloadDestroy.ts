import type { Payload } from 'payload'

/**
 * Runs `stop` when Payload is destroyed, before the database goes. Scripts (`npm run migrate`,
 * seed, tests) end with `payload.destroy()` (see `closePayload`); without this, the queue's pool
 * and timers would keep their process alive. Wrappers added later run first.
 */
export const stopOnPayloadDestroy = ({
  payload,
  stop,
}: {
  payload: Payload
  stop: () => Promise<void>
}): void => {
  const destroy = payload.destroy
  payload.destroy = async () => {
    await stop()
    await destroy()
  }
}
