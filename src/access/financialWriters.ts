import type { Role } from './roles'

/** Who may record money: charges, payments, expenses and their categories. */
export const FINANCIAL_WRITERS: readonly Role[] = ['office-admin', 'accountant']
