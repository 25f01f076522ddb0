export type TextMessage = {
  date: Date
  from: { address: string; name?: string }
  /** Without angle brackets, e.g. `1b9d...@office.gr`. */
  messageId: string
  subject: string
  text: string
  to: string
}

// 39 bytes are 52 base64 characters: with `=?UTF-8?B?`, `?=` and a header name, within 78 per line.
const ENCODED_WORD_BYTES = 39
const BASE64_LINE = 76
const PLAIN_HEADER_TEXT = /^[\x20-\x7e]*$/
const ADDRESS = /^[^\s<>()",;:\\@]+@[^\s<>()",;:\\@]+$/

/** RFC 2047 encoded words for a header value that is not plain ASCII, split at character boundaries. */
const encodeHeaderText = (value: string): string => {
  if (PLAIN_HEADER_TEXT.test(value)) return value
  const words: string[] = []
  let chunk = ''
  for (const char of value) {
    if (Buffer.byteLength(chunk + char) > ENCODED_WORD_BYTES) {
      words.push(chunk)
      chunk = ''
    }
    chunk += char
  }
  if (chunk) words.push(chunk)
  return words.map((word) => `=?UTF-8?B?${Buffer.from(word).toString('base64')}?=`).join('\r\n ')
}

const displayName = (name: string): string =>
  PLAIN_HEADER_TEXT.test(name) ? `"${name.replace(/["\\]/g, '\\$&')}"` : encodeHeaderText(name)

const checkedAddress = (address: string): string => {
  if (!ADDRESS.test(address))
    throw new TypeError(`not a plain e-mail address: ${JSON.stringify(address)}`)
  return address
}

/**
 * A plain-text e-mail as the bytes an SMTP server receives (headers, a base64 UTF-8 body) and
 * its envelope. The notifications' messages are all plain text; building them here costs about
 * half the CPU of nodemailer's general MIME composer, which a dunning run's thousands of messages
 * feel. Header values that are not plain ASCII (Greek names and subjects) become RFC 2047 encoded
 * words, so no value can break out of its header; addresses must be plain addresses. Pure.
 */
export const composeTextMessage = ({
  date,
  from,
  messageId,
  subject,
  text,
  to,
}: TextMessage): { envelope: { from: string; to: string[] }; raw: string } => {
  const sender = checkedAddress(from.address)
  const recipient = checkedAddress(to)
  const body = Buffer.from(text.replace(/\r?\n/g, '\r\n')).toString('base64')
  const lines = body.match(new RegExp(`.{1,${BASE64_LINE}}`, 'g')) ?? []
  const headers = [
    // An encoded name is folded before the address, so no line grows past 78 characters.
    `From: ${from.name ? `${displayName(from.name)}${PLAIN_HEADER_TEXT.test(from.name) ? ' ' : '\r\n '}<${sender}>` : sender}`,
    `To: ${recipient}`,
    `Subject: ${encodeHeaderText(subject)}`,
    `Date: ${date.toUTCString().replace('GMT', '+0000')}`,
    `Message-ID: <${checkedAddress(messageId)}>`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: base64',
  ]
  return {
    envelope: { from: sender, to: [recipient] },
    raw: `${headers.join('\r\n')}\r\n\r\n${lines.join('\r\n')}\r\n`,
  }
}
