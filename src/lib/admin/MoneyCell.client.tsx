'use client'

import type { DefaultCellComponentProps } from 'payload'

import { formatCents } from '../money/formatCents'

/** List-view cell for integer cents: 24946 shows as 249.46 (the office's currency is implied). */
export const MoneyCell = ({ cellData }: DefaultCellComponentProps) =>
  typeof cellData === 'number' && Number.isSafeInteger(cellData) ? (
    <span className="money-cell">{formatCents(cellData)}</span>
  ) : (
    <span>{cellData === null || cellData === undefined ? '' : String(cellData)}</span>
  )
