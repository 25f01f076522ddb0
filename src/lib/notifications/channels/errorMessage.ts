/**
 * The text of a thrown value, for the delivery's `error` column, with the error's code in front
 * when the message lacks it. Duck-typed: errors from Node's own modules may come from another
 * realm (a test VM), where `instanceof Error` is false.
 */
export const errorMessage = (err: unknown): string => {
  if (typeof err !== 'object' || err === null || !('message' in err)) return String(err)
  const { code, message } = err as { code?: unknown; message: unknown }
  const text = String(message)
  return code && !text.includes(String(code)) ? `${String(code)}: ${text}` : text
}
