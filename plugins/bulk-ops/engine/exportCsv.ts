import { csvLine } from '../../../src/lib/csv/csvLine'
import type { ExportColumn, ExportRow } from './types'

/** The CSV of an export job: a header of the chosen columns, then one line per row, in order. */
export const exportCsv = ({
  columns,
  rows,
}: {
  columns: readonly ExportColumn[]
  rows: readonly ExportRow[]
}): string =>
  csvLine(columns) + rows.map((row) => csvLine(columns.map((column) => row[column]))).join('')
