/** One RFC 4180 CSV line (CRLF-terminated); fields with commas, quotes or line breaks are quoted. */
export const csvLine = (values: readonly (null | number | string | undefined)[]): string =>
  `${values
    .map((value) => {
      const text = value === null || value === undefined ? '' : String(value)
      // A leading =, +, - or @ would run as a formula in a spreadsheet: neutralise it.
      const safe = /^[=+\-@]/.test(text) && Number.isNaN(Number(text)) ? `'${text}` : text
      return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
    })
    .join(',')}\r\n`
