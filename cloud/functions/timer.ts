// timer: scheduled work, run by the platform only (the minute trigger is named `tick`).
import { expireOrders } from '../timer/expire-orders'
import { tick } from '../timer/tick'
import type { FunctionTable } from '../operation'

export const timer = { expireOrders, tick } satisfies FunctionTable
