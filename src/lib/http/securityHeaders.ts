/** One entry of Next.js's `headers()` config. */
export type HeaderRule = {
  has?: { key: string; type: 'header'; value: string }[]
  headers: { key: string; value: string }[]
  source: string
}

const HSTS = { key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' }

/**
 * The content security policy the admin, the API and the public pages work under. Next.js and
 * Payload's admin put inline scripts and styles in every page (hydration data, style attributes)
 * and the page is prerendered, so script-src keeps 'unsafe-inline' (a nonce would need every page
 * rendered per request); what the policy does hold: no script, style, font or connection from
 * another origin, no plugins, no `<base>` or form target elsewhere, and no framing at all.
 */
export const contentSecurityPolicy = ({ dev }: { dev: boolean }): string =>
  [
    "default-src 'self'",
    // React's dev runtime evaluates code; production never does.
    `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${dev ? ' ws: wss:' : ''}`,
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ')

/**
 * The security headers of every page and API response (`next.config.ts`): no sniffing, no
 * framing, the referrer only to this origin in full, no powerful browser features, HSTS when the
 * app is served over https (always, or per request behind a proxy that says so). The statement
 * page carries a signed link in its URL: it sends no referrer at all and is never cached.
 */
export const securityHeaderRules = ({
  dev,
  https,
}: {
  dev: boolean
  /** SERVER_URL is https: every response gets HSTS. */
  https: boolean
}): HeaderRule[] => [
  {
    headers: [
      { key: 'Content-Security-Policy', value: contentSecurityPolicy({ dev }) },
      { key: 'X-Content-Type-Options', value: 'nosniff' },
      { key: 'X-Frame-Options', value: 'DENY' },
      { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
      { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
      {
        key: 'Permissions-Policy',
        value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
      },
      ...(https ? [HSTS] : []),
    ],
    source: '/:path*',
  },
  ...(https
    ? []
    : [
        {
          has: [{ key: 'x-forwarded-proto', type: 'header' as const, value: 'https' }],
          headers: [HSTS],
          source: '/:path*',
        },
      ]),
  {
    headers: [
      { key: 'Referrer-Policy', value: 'no-referrer' },
      { key: 'Cache-Control', value: 'private, no-store' },
    ],
    source: '/statement/:path*',
  },
]
