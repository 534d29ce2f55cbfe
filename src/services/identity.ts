// The identity a request carries. On weapp WeChat attaches the OPENID itself; on H5 in
// development the chosen local identity travels as `x-openid` (DESIGN.md section 3); an H5
// production build logs in (auth.login) and sends its session as `Authorization: Bearer`.
export interface Identity {
  /** Local development identity (H5 only), sent as x-openid. */
  devOpenid?: string
  /** Session token from WeChat login, sent as Authorization: Bearer. */
  token?: string
}

let provider: () => Identity = () => ({})

/** The session store registers itself here, so services never import stores. */
export function setIdentityProvider(next: () => Identity): void {
  provider = next
}

export function currentIdentity(): Identity {
  return provider()
}

/**
 * auth.login as callCloud makes it, handed to the keeper: the session store (loaded with the
 * app) then needs no import of the transport, which stays in the page chunks.
 */
export type LoginCall = (code: string) => Promise<{ token: string; expiresAt: string }>

/** Keeps the session a build needs; the session store registers the real one. */
export interface SessionKeeper {
  /** Resolves once the device has the identity this build needs (logging in when it must). */
  ready(login: LoginCall): Promise<void>
  /** The cloud refused `rejected.token`: forget it and log in again; true when that worked. */
  renew(rejected: Identity, login: LoginCall): Promise<boolean>
}

const noSession: SessionKeeper = { ready: async () => undefined, renew: async () => false }
let keeper: SessionKeeper = noSession

export function setSessionKeeper(next: SessionKeeper | null): void {
  keeper = next ?? noSession
}

export function sessionKeeper(): SessionKeeper {
  return keeper
}
