import { GENESIS_HASH } from './constants'
import { hashAuditEvent } from './hashAuditEvent'
import type { ChainedAuditEvent } from './types'

/**
 * What is wrong with `event` as the successor of `previous` (null for the first event of an
 * office), or null when the link holds. Checked in this order so the report names the cause: a
 * missing sequence number means a deleted row, a wrong previous hash a row moved or slipped in,
 * a wrong own hash an edited row.
 */
export const checkChainLink = ({
  event,
  previous,
}: {
  event: ChainedAuditEvent
  previous: null | Pick<ChainedAuditEvent, 'hash' | 'sequence'>
}): null | string => {
  const expectedSequence = (previous?.sequence ?? 0) + 1
  if (event.sequence > expectedSequence) {
    const missing = event.sequence - expectedSequence
    return `sequence ${expectedSequence} expected, found ${event.sequence}: ${missing} event(s) deleted before this one`
  }
  if (event.sequence < expectedSequence) {
    return `sequence ${expectedSequence} expected, found ${event.sequence}: event out of order`
  }
  if (previous && event.prevHash !== previous.hash) {
    return "previous hash does not match the previous event's hash: an event was moved, replaced or inserted"
  }
  if (!previous && event.prevHash !== GENESIS_HASH) {
    return 'the first event does not start the chain'
  }
  const { hash, id: _id, prevHash, ...content } = event
  if (hashAuditEvent({ content, prevHash }) !== hash) {
    return 'hash does not match the content: the event was edited'
  }
  return null
}
