// order: the shopper's side of the money path, from quote to refund request.
import { cancel } from '../order/cancel'
import { confirmReceipt } from '../order/confirm-receipt'
import { create } from '../order/create'
import { get } from '../order/get'
import { getCartItems } from '../order/get-cart-items'
import { getTrace } from '../logistics/get-trace'
import { list } from '../order/list'
import { pay } from '../order/pay'
import { quote } from '../order/quote'
import { requestRefund } from '../order/request-refund'
import type { FunctionTable } from '../operation'

export const order = { quote, create, pay, get, list, cancel, confirmReceipt, requestRefund, getCartItems, logistics: getTrace } satisfies FunctionTable
