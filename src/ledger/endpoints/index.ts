import type { Endpoint } from 'payload'

import { apartmentBalancesPage } from '../operations/apartmentBalancesPage'
import { dashboardOverview } from '../operations/dashboardOverview'
import { dashboardSummary } from '../operations/dashboardSummary'
import { debtReportPages } from '../operations/debtReport'
import type { DebtRow } from '../operations/debtReport'
import { debtReportCsv } from './debtReportCsv'
import { financialEndpoint } from './financialEndpoint'
import { balancesQuery, debtReportQuery, scopeQuery } from './financialQuery'

/** The financial API: dashboards and the debt report, role-scoped reads. (The payment webhook is on `payments`.) */
export const financialEndpoints: Endpoint[] = [
  financialEndpoint({
    handler: async (args) => Response.json(await dashboardOverview(args)),
    name: 'overview',
    path: '/financial/dashboard/overview',
    query: scopeQuery,
  }),
  financialEndpoint({
    handler: async (args) => Response.json(await dashboardSummary(args)),
    name: 'summary',
    path: '/financial/dashboard/summary',
    query: scopeQuery,
  }),
  financialEndpoint({
    handler: async ({ asOf, query, req, scope }) =>
      Response.json(await apartmentBalancesPage({ asOf, query, req, scope })),
    name: 'apartment_balances',
    path: '/financial/dashboard/apartment_balances',
    query: balancesQuery,
  }),
  financialEndpoint({
    handler: async ({ asOf, query, req, scope }) => {
      const pages = debtReportPages({ asOf, req, scope })
      if (query.format === 'csv') {
        return new Response(debtReportCsv(pages), {
          headers: {
            'Content-Disposition': `attachment; filename="debt-report-${scope.officeId}-${asOf}.csv"`,
            'Content-Type': 'text/csv; charset=utf-8',
          },
        })
      }
      const rows: DebtRow[] = []
      for await (const page of pages) rows.push(...page)
      const total = rows.reduce((sum, row) => sum + row.balance, 0)
      return Response.json({
        asOf,
        currency: scope.currency,
        rows,
        totals: { apartments: rows.length, balance: total },
      })
    },
    name: 'debt_report',
    path: '/financial/debt-report',
    query: debtReportQuery,
  }),
]
