// payment: the payment platform's callback, and its local stand-in.
import { notify } from '../payment/notify'
import { simulate } from '../payment/simulate'
import type { FunctionTable } from '../operation'

export const payment = { notify, simulate } satisfies FunctionTable
