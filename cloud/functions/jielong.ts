// jielong: the shopper's side of a 接龙 (the merchant's side is in the merchant function).
import { get } from '../jielong/get'
import { join } from '../jielong/join'
import { listEntries } from '../jielong/list-entries'
import type { FunctionTable } from '../operation'

export const jielong = { get, join, listEntries } satisfies FunctionTable
