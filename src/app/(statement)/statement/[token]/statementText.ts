import type { MoneyLocale } from '../../../../lib/money/formatMoney'

/** The statement page's words in each office language. */
export const statementText: Record<
  MoneyLocale,
  {
    amount: string
    apartment: string
    credit: string
    daysLate: (days: number) => string
    description: string
    due: string
    howToPay: (office: string) => string
    noOpenItems: string
    noPayments: string
    open: string
    openItems: string
    owed: string
    period: string
    recentPayments: string
    settled: string
    title: string
  }
> = {
  el: {
    amount: 'Ποσό',
    apartment: 'Διαμέρισμα',
    credit: 'Πιστωτικό υπόλοιπο',
    daysLate: (days) => `${days} ${days === 1 ? 'ημέρα' : 'ημέρες'} καθυστέρηση`,
    description: 'Περιγραφή',
    due: 'Λήξη',
    howToPay: (office) =>
      `Για πληρωμή ή απορίες επικοινωνήστε με το γραφείο διαχείρισης ${office}.`,
    noOpenItems: 'Δεν υπάρχουν ανεξόφλητες χρεώσεις.',
    noPayments: 'Δεν υπάρχουν πληρωμές.',
    open: 'Υπόλοιπο',
    openItems: 'Ανεξόφλητες χρεώσεις',
    owed: 'Οφειλή',
    period: 'Περίοδος',
    recentPayments: 'Πρόσφατες πληρωμές',
    settled: 'Δεν υπάρχει οφειλή',
    title: 'Κατάσταση λογαριασμού',
  },
  en: {
    amount: 'Amount',
    apartment: 'Apartment',
    credit: 'Credit',
    daysLate: (days) => `${days} ${days === 1 ? 'day' : 'days'} late`,
    description: 'Description',
    due: 'Due',
    howToPay: (office) => `To pay or ask about your statement, contact ${office}.`,
    noOpenItems: 'Nothing is open.',
    noPayments: 'No payments yet.',
    open: 'Open',
    openItems: 'Open charges',
    owed: 'Owed',
    period: 'Period',
    recentPayments: 'Recent payments',
    settled: 'Nothing is owed',
    title: 'Account statement',
  },
}
