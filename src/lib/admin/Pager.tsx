import type { ReactNode } from 'react'

import './pager.scss'

export type PagerLink = { href: string; label: string }

/**
 * "12 items · page 2 of 5" with links to the pages either side, for the feature views' server
 * rendered lists: plain links, so a page is bookmarkable and works before hydration.
 */
export const Pager = ({
  label,
  next,
  previous,
  summary,
}: {
  label: string
  next?: PagerLink
  previous?: PagerLink
  summary: ReactNode
}) => (
  <nav aria-label={label} className="bo-pager">
    <span>{summary}</span>
    {previous && (
      <a className="bo-pager__link" href={previous.href} rel="prev">
        {previous.label}
      </a>
    )}
    {next && (
      <a className="bo-pager__link" href={next.href} rel="next">
        {next.label}
      </a>
    )}
  </nav>
)
