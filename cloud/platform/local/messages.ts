// Local twin of subscribeMessage.send: nothing leaves the machine. The outbox row is the
// record (tests and people read it there); delivery only marks it sent.
import type { MessageAdapter } from '../platform'

export function localMessages(): MessageAdapter {
  return { async send() {} }
}
