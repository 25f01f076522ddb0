import { csvLine } from './csvLine'

describe('csvLine', () => {
  it('should join plain values with commas and end with CRLF', () => {
    expect(csvLine(['a', 1, null, undefined, '-12.34'])).toBe('a,1,,,-12.34\r\n')
  })

  it('should quote commas, quotes and line breaks', () => {
    expect(csvLine(['Ermou 1, Athens', 'say "hi"', 'two\nlines'])).toBe(
      '"Ermou 1, Athens","say ""hi""","two\nlines"\r\n',
    )
  })

  it('should neutralise spreadsheet formulas but keep negative numbers', () => {
    expect(csvLine(['=HYPERLINK("x")', '-5', '@cmd'])).toBe(`"'=HYPERLINK(""x"")",-5,'@cmd\r\n`)
  })
})
