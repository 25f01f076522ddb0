import { viewHref, viewParams } from './viewParams'

describe('viewParams', () => {
  it('should read the open job, pages, filters and office from the URL', () => {
    expect(viewParams({ items: 'failed', itemsPage: '3', job: '42', office: '2', page: '4', status: 'completed-with-errors' })).toEqual({
      itemStatus: 'failed',
      itemsPage: 3,
      jobId: 42,
      office: 2,
      page: 4,
      status: 'completed-with-errors',
    })
  })

  it('should ignore values it does not know, as if they were absent', () => {
    expect(viewParams({ items: 'lost', itemsPage: '0', job: '-1', office: '1e3', page: 'x', status: 'done' })).toEqual({
      itemStatus: undefined,
      itemsPage: 1,
      jobId: undefined,
      office: undefined,
      page: 1,
      status: undefined,
    })
  })

  it('should take the first of repeated parameters', () => {
    expect(viewParams({ job: ['7', '8'] }).jobId).toBe(7)
  })
})

describe('viewHref', () => {
  it('should change some parameters, keep the others and drop removed ones', () => {
    expect(viewHref('/admin/bulk', { office: '2', page: '3' }, { job: 9, page: undefined })).toBe('/admin/bulk?office=2&job=9')
  })

  it('should give the bare path when nothing is left', () => {
    expect(viewHref('/admin/bulk', { job: '9' }, { job: undefined })).toBe('/admin/bulk')
  })
})
