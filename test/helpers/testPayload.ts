import config from '@payload-config'
import { getPayload } from 'payload'
import type { Payload } from 'payload'

/** The Payload instance of this test file, shared with the route handlers; closed by the setup file. */
export const startPayload = (): Promise<Payload> => getPayload({ config })
