import { viewParams } from './viewParams'

describe('viewParams', () => {
  it('should read the filters, pages, office and open run from the URL', () => {
    expect(
      viewParams({
        bucket: '31-60',
        building: '12',
        office: '3',
        page: '2',
        run: '40',
        runsPage: '3',
        status: 'promise-active',
      }),
    ).toEqual({
      filters: { bucket: '31-60', buildingId: 12, status: 'promise-active' },
      office: 3,
      page: 2,
      runId: 40,
      runsPage: 3,
    })
  })

  it('should ignore values it does not know, as if they were absent', () => {
    expect(
      viewParams({ bucket: '15-20', building: '-4', page: '0', run: '1e3', status: 'paid' }),
    ).toEqual({
      filters: { bucket: undefined, buildingId: undefined, status: undefined },
      office: undefined,
      page: 1,
      runId: undefined,
      runsPage: 1,
    })
  })

  it('should take the first of repeated parameters', () => {
    expect(viewParams({ status: ['contacted', 'to-contact'] }).filters.status).toBe('contacted')
  })
})
