import { viewParams } from './viewParams'

describe('viewParams', () => {
  it('should read the open job, pages, filters and office from the URL', () => {
    expect(
      viewParams({
        items: 'failed',
        itemsPage: '3',
        job: '42',
        office: '2',
        page: '4',
        status: 'completed-with-errors',
      }),
    ).toEqual({
      itemStatus: 'failed',
      itemsPage: 3,
      jobId: 42,
      office: 2,
      page: 4,
      status: 'completed-with-errors',
    })
  })

  it('should ignore values it does not know, as if they were absent', () => {
    expect(
      viewParams({
        items: 'lost',
        itemsPage: '0',
        job: '-1',
        office: '1e3',
        page: 'x',
        status: 'done',
      }),
    ).toEqual({
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
