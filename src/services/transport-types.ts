import type { Identity } from './identity'

export interface TransportRequest {
  fn: string
  action: string
  data: Record<string, unknown>
  identity: Identity
}

/**
 * Sends one envelope and resolves with whatever the cloud answered (the parsed wire
 * envelope, still unchecked). Rejects only when the cloud could not be reached.
 */
export type Transport = (request: TransportRequest) => Promise<unknown>
