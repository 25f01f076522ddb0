import config from '@payload-config'
import '@payloadcms/next/css'
import {
  REST_DELETE,
  REST_GET,
  REST_OPTIONS,
  REST_PATCH,
  REST_POST,
  REST_PUT,
} from '@payloadcms/next/routes'

import { withRequestGate } from '../../../../lib/http/requestGate'
import { withObservability } from '../../../../lib/http/withObservability'

export const GET = withObservability({ config, handler: withRequestGate(REST_GET(config)) })
export const POST = withObservability({ config, handler: withRequestGate(REST_POST(config)) })
export const DELETE = withObservability({ config, handler: withRequestGate(REST_DELETE(config)) })
export const PATCH = withObservability({ config, handler: withRequestGate(REST_PATCH(config)) })
export const PUT = withObservability({ config, handler: withRequestGate(REST_PUT(config)) })
export const OPTIONS = withObservability({ config, handler: withRequestGate(REST_OPTIONS(config)) })
