import type { Metadata } from 'next'
import type React from 'react'

import './statement.css'

export const metadata: Metadata = {
  // A signed link is private to its owner: keep it out of search engines and referrers.
  referrer: 'no-referrer',
  robots: { follow: false, index: false },
  title: 'Statement',
}

/** The owners' self-service pages: plain HTML, no admin bundle. */
const StatementLayout = ({ children }: { children: React.ReactNode }) => (
  <html lang="el">
    <body className="statement-body">{children}</body>
  </html>
)

export default StatementLayout
