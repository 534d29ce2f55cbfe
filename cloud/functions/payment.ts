// payment: the payment platform's callbacks (a payment's, a refund's), and the local stand-in.
import { notify } from '../payment/notify'
import { refundNotify } from '../payment/refund-notify'
import { simulate } from '../payment/simulate'
import type { FunctionTable } from '../operation'

export const payment = { notify, refundNotify, simulate } satisfies FunctionTable
