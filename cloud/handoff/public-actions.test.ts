import { PUBLIC_ACTIONS } from '../../src/domain/public-actions'
import { registry } from '../functions'

// The web build sends only these without identity and hands off the rest: the list must be
// exactly what the cloud lets an anonymous caller do, or a web visitor would meet a 401.
it("the app's list of public actions is the cloud's", () => {
  const cloud = Object.entries(registry).flatMap(([fn, table]) =>
    Object.entries(table as Record<string, { access: string }>).filter(([, op]) => op.access === 'public').map(([action]) => `${fn}.${action}`),
  )
  expect([...PUBLIC_ACTIONS].sort()).toEqual(cloud.sort())
})
