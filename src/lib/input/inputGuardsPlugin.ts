import type { Payload, Plugin } from 'payload'

import { assertPluginOrder, markApplied } from '../plugins/pluginOrder'
import { recordSecurityErrors } from '../security/recordSecurityErrors'
import { answerClientFaults } from './answerClientFaults'
import { isGuarded, withInputGuards } from './withInputGuards'

/**
 * Bad input is a 400 (or a 404), never a 500, on every collection and every channel: each
 * collection gets the input guards (`withInputGuards`), and whatever the database still refuses
 * about a client's value is answered 400 (`answerClientFaults`); error answers that matter to
 * security become security events (`recordSecurityErrors`). Placed after the plugins that add
 * collections (tenancy's are the last of them). Payload adds its own collections (preferences,
 * locks, migrations, jobs) after every plugin ran; they get the guards when Payload starts, by the
 * same function, on the sanitized config that Payload reads them from at each request.
 */
export const inputGuardsPlugin = (): Plugin => (config) => {
  assertPluginOrder(config, { after: ['tenancy'], plugin: 'inputGuards' })
  return markApplied(
    {
      ...config,
      collections: (config.collections ?? []).map(withInputGuards),
      hooks: {
        ...config.hooks,
        // After the answer is decided: refused sign-ins, 403s and cross-office 404s are recorded.
        afterError: [...(config.hooks?.afterError ?? []), answerClientFaults, recordSecurityErrors],
      },
      onInit: async (payload: Payload) => {
        payload.config.collections.forEach((collection, index) => {
          if (isGuarded(collection)) return
          const guarded = withInputGuards(collection)
          // In place: Payload's per-collection records (`payload.collections`) hold this object.
          Object.assign(payload.config.collections[index], guarded)
        })
        await config.onInit?.(payload)
      },
    },
    'inputGuards',
  )
}
