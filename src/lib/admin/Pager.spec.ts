import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'

import { Pager } from './Pager'

const render = (props: Parameters<typeof Pager>[0]) =>
  renderToStaticMarkup(createElement(Pager, props))

describe('Pager', () => {
  it('should link the pages either side with rel prev and next', () => {
    const html = render({
      label: 'Item pages',
      next: { href: '/view?page=3', label: 'Next' },
      previous: { href: '/view?page=1', label: 'Previous' },
      summary: '75 items · page 2 of 3',
    })
    expect(html).toBe(
      '<nav aria-label="Item pages" class="bo-pager"><span>75 items · page 2 of 3</span>' +
        '<a class="bo-pager__link" href="/view?page=1" rel="prev">Previous</a>' +
        '<a class="bo-pager__link" href="/view?page=3" rel="next">Next</a></nav>',
    )
  })

  it('should leave out the link past either end', () => {
    const first = render({
      label: 'Run pages',
      next: { href: '/view?runsPage=2', label: 'Older' },
      summary: 'Page 1 of 2',
    })
    expect(first).toContain('rel="next"')
    expect(first).not.toContain('rel="prev"')
    const last = render({
      label: 'Run pages',
      previous: { href: '/view?runsPage=1', label: 'Newer' },
      summary: 'Page 2 of 2',
    })
    expect(last).toContain('rel="prev"')
    expect(last).not.toContain('rel="next"')
  })
})
