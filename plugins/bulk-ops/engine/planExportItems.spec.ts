import { exportCsv } from './exportCsv'
import { planExportItems } from './planExportItems'
import type { PlanApartment } from './types'

const apartment = (id: number, buildingId: number, balance: number): PlanApartment => ({
  id,
  balance,
  buildingId,
  buildingName: `Building ${buildingId}`,
  label: `A${id}`,
  oldestUnpaidDueDate: balance > 0 ? '2026-01-25' : null,
  openItems: balance > 0 ? 2 : 0,
  owner: { email: `o${id}@example.gr`, name: `Owner, ${id}`, phone: null, postalAddress: null },
  portalUserId: null,
  shares: { elevator: 0, general: 0, heating: 0 },
})

describe('planExportItems and exportCsv', () => {
  it('should plan one row per apartment in scope and write them as CSV in the chosen column order', () => {
    const items = planExportItems({
      apartments: [apartment(2, 10, 0), apartment(1, 10, 12_050), apartment(3, 20, -300)],
      scope: { apartments: [], buildings: [10], period: null },
    })
    expect(items.map((item) => [item.apartmentId, item.status])).toEqual([
      [1, 'pending'],
      [2, 'pending'],
    ])
    expect(items[0].preview.row).toEqual({
      apartment: 'A1',
      balance: '120.50',
      building: 'Building 10',
      email: 'o1@example.gr',
      oldest_unpaid_due_date: '2026-01-25',
      open_items: 2,
      owner: 'Owner, 1',
      phone: null,
    })
    const csv = exportCsv({
      columns: ['apartment', 'owner', 'balance', 'phone'],
      rows: items.map((item) => item.preview.row!),
    })
    expect(csv).toBe(
      'apartment,owner,balance,phone\r\nA1,"Owner, 1",120.50,\r\nA2,"Owner, 2",0.00,\r\n',
    )
  })

  it('should flag a listed apartment outside the listed buildings', () => {
    const items = planExportItems({
      apartments: [apartment(1, 10, 0), apartment(3, 20, 0)],
      scope: { apartments: [1, 3], buildings: [10], period: null },
    })
    expect(items.map((item) => item.validationErrors.map((e) => e.code))).toEqual([
      [],
      ['apartment-not-in-scope'],
    ])
  })
})
