import { oneOfParam, positiveIntParam, viewHref } from './viewQuery'

describe('positiveIntParam and oneOfParam', () => {
  it('should read positive whole numbers and known values, the first of repeated ones', () => {
    expect(positiveIntParam('42')).toBe(42)
    expect(positiveIntParam(['7', '8'])).toBe(7)
    expect(oneOfParam(['a', 'b'], 'b')).toBe('b')
  })

  it('should ignore anything else, as if it were absent', () => {
    for (const value of ['0', '-1', '1e3', 'x', '1234567890', '', undefined])
      expect(positiveIntParam(value)).toBeUndefined()
    expect(oneOfParam(['a', 'b'], 'c')).toBeUndefined()
  })
})

describe('viewHref', () => {
  it('should change some parameters, keep the others and drop removed ones', () => {
    expect(viewHref('/admin/bulk', { office: '2', page: '3' }, { job: 9, page: undefined })).toBe(
      '/admin/bulk?office=2&job=9',
    )
    expect(
      viewHref('/admin/x', { bucket: '90+', page: '3', run: '9' }, { page: undefined, run: 12 }),
    ).toBe('/admin/x?bucket=90%2B&run=12')
  })

  it('should give the bare path when nothing is left', () => {
    expect(viewHref('/admin/bulk', { job: '9' }, { job: undefined })).toBe('/admin/bulk')
    expect(viewHref('/admin/x', { run: '9' }, { run: undefined })).toBe('/admin/x')
  })
})
