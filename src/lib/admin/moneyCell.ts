/** The admin list cell for money fields (integer cents shown with two decimals). */
export const MONEY_CELL = '/src/lib/admin/MoneyCell.client#MoneyCell'
