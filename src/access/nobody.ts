import type { Access } from 'payload'

/** For rows only the system writes (derived ledger data) or that must never change (append-only). */
export const nobody: Access = () => false
