// Every cloud function by name. The local server and the WeChat bundles both dispatch here.
import type { Registry } from '../dispatch'
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

export const registry: Registry = { catalog, order, payment, entry, live, merchant, review, timer, auth, address, post, jielong, chat, coupon }
