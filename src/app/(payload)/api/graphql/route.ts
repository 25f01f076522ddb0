import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { withRequestGate } from '../../../../lib/http/requestGate'
import { withObservability } from '../../../../lib/http/withObservability'
import { withRateLimits } from '../../../../lib/rateLimits/withRateLimits'

export const POST = withObservability({
  config,
  handler: withRequestGate(withRateLimits(config, GRAPHQL_POST(config))),
})
export const OPTIONS = withObservability({ config, handler: REST_OPTIONS(config) })
