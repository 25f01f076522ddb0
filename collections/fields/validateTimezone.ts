/** Accepts IANA zone names the runtime knows (Europe/Athens), which date maths later relies on. */
export const validateTimezone = (value: null | string | undefined): string | true => {
  if (!value) return 'Required'
  try {
    new Intl.DateTimeFormat('en', { timeZone: value })
    return true
  } catch {
    return 'Use an IANA time zone such as Europe/Athens'
  }
}
