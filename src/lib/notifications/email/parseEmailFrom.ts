/** `no-reply@office.gr` or `Building Office <no-reply@office.gr>`. */
export const EMAIL_FROM_PATTERN = /^(?:[^<>]*<[^<>\s@]+@[^<>\s@]+>|[^<>\s@]+@[^<>\s@]+)$/

export type EmailFrom = { address: string; name: string }

/** Splits `EMAIL_FROM` into the address and display name the e-mail adapter wants. */
export const parseEmailFrom = (value: string): EmailFrom => {
  const match = /^\s*(.*?)\s*<([^<>]+)>\s*$/.exec(value)
  if (!match) return { address: value.trim(), name: '' }
  return { address: match[2].trim(), name: match[1].replace(/^"|"$/g, '') }
}
