// The identity a request carries. On weapp WeChat attaches the OPENID itself; on H5 in
// development the chosen local identity travels as `x-openid` (DESIGN.md section 3).
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
