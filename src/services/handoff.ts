// entry.openHandoff: what a web visitor chose before continuing in the Mini Program.
import type { OpenedHandoff } from '@/domain/handoff'
import { callCloud } from './cloud'

export function openHandoff(code: string): Promise<OpenedHandoff> {
  return callCloud('entry', 'openHandoff', { code })
}
