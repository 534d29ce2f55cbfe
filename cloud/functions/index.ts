// Every cloud function by name. The local server and the WeChat bundles both dispatch here.
import type { FunctionName } from '../../src/domain/envelope'
import type { Registry } from '../dispatch'
import type { FunctionTable } from '../operation'
import { address } from './address'
import { auth } from './auth'
import { catalog } from './catalog'
import { chat } from './chat'
import { coupon } from './coupon'
import { entry } from './entry'
import { jielong } from './jielong'
import { live } from './live'
import { merchant } from './merchant'
import { order } from './order'
import { payment } from './payment'
import { post } from './post'
import { review } from './review'
import { timer } from './timer'

/**
 * The tables with their own types, one per name of the contract (no more, no fewer): the typed
 * wire contract (src/services/contract.ts) reads each action's request and answer from here.
 */
export const functions = { catalog, order, payment, entry, live, merchant, review, timer, auth, address, post, jielong, chat, coupon } satisfies Record<FunctionName, FunctionTable>

export const registry: Registry = functions
