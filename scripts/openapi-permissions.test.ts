// The openapi permissions each cloud function gets come from what its adapters declare
// (cloud/platform/wechat/openapi-permissions.ts); these checks keep the declarations true to
// the adapters' code and the derivation true to how operations reach the platform.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { OPENAPI_BY_CAPABILITY, openapiPermissionsOf } from '../cloud/platform/wechat/openapi-permissions'

const adapters = path.resolve(__dirname, '../cloud/platform/wechat')

/** Every `cloud.openapi.a.b(` call in the adapters' sources. */
function calledNames(): string[] {
  const names = new Set<string>()
  for (const file of readdirSync(adapters).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))) {
    for (const [, name] of readFileSync(path.join(adapters, file), 'utf8').matchAll(/\.openapi\.([A-Za-z]+(?:\.[A-Za-z]+)+)\(/g)) names.add(name)
  }
  return [...names].sort()
}

describe('openapi permissions', () => {
  it('declares exactly the openapi names the WeChat adapters call', () => {
    const declared = new Set(Object.values(OPENAPI_BY_CAPABILITY).flatMap((methods) => Object.values(methods).flat()))
    expect([...declared].sort()).toEqual(calledNames())
    expect(calledNames()).toContain('security.mediaCheckAsync')
  })

  it('derives names from the capabilities and methods an operation reaches', () => {
    expect(openapiPermissionsOf(['await ctx.platform.media.checkImage({ image })'])).toEqual(['security.mediaCheckAsync'])
    expect(openapiPermissionsOf(['ctx.platform.content.checkText(x); ctx.platform.live.minSyncIntervalMs'])).toEqual(['security.msgSecCheck'])
    // Taking a capability whole (const links = ctx.platform.entryLinks) may reach any of its methods.
    expect(openapiPermissionsOf(['const links = ctx.platform.entryLinks\nlinks.createUrlLink()'])).toEqual([
      'urllink.generate',
      'urlscheme.generate',
      'wxacode.getUnlimited',
    ])
    expect(openapiPermissionsOf(['ctx.platform.pay.unifiedOrder(r); ctx.platform.kind === "local"'])).toEqual([])
  })
})
