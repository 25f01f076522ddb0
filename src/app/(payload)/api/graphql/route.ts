import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { withRequestGate } from '../../../../lib/http/requestGate'
import { withObservability } from '../../../../lib/http/withObservability'

export const POST = withObservability({ config, handler: withRequestGate(GRAPHQL_POST(config)) })
export const OPTIONS = withObservability({ config, handler: REST_OPTIONS(config) })
