// review: shoppers review what they received, and everyone reads the reviews.
import type { FunctionTable } from '../operation'
import { create } from '../review/create'
import { list } from '../review/list'

export const review = { create, list } satisfies FunctionTable
