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
import { withRateLimits } from '../../../../lib/rateLimits/withRateLimits'

/** Every REST answer: observed, gated (malformed requests refused), within its rate budget. */
const serve = (handler: (request: Request, args: RouteArgs) => Promise<Response>) =>
  withObservability({ config, handler: withRequestGate(withRateLimits(config, handler)) })

type RouteArgs = { params: Promise<{ slug: string[] }> }

export const GET = serve(REST_GET(config))
export const POST = serve(REST_POST(config))
export const DELETE = serve(REST_DELETE(config))
export const PATCH = serve(REST_PATCH(config))
export const PUT = serve(REST_PUT(config))
export const OPTIONS = serve(REST_OPTIONS(config))
