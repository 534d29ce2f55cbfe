// entry: where shoppers come from (visits) and the codes and links merchants hand out.
import { createLink } from '../entry/create-link'
import { createPosterCode } from '../entry/create-poster-code'
import { createQrCode } from '../entry/create-qr-code'
import { getLink } from '../entry/get-link'
import { listCodes } from '../entry/list-codes'
import { listVisits } from '../entry/list-visits'
import { recordVisit } from '../entry/record-visit'
import { createHandoff } from '../handoff/create-handoff'
import { openHandoff } from '../handoff/open-handoff'
import { resolveShortLink } from '../entry/resolve-short-link'
import type { FunctionTable } from '../operation'

export const entry = {
  recordVisit,
  createQrCode,
  createLink,
  listCodes,
  listVisits,
  getLink,
  createPosterCode,
  createHandoff,
  openHandoff,
  resolveShortLink,
} satisfies FunctionTable
