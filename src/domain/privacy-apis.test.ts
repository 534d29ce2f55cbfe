import { platformFailure, PRIVACY_APIS, REQUIRED_PRIVATE_INFOS } from './privacy-apis'

describe('the privacy API table', () => {
  it('declares the address API and nothing that is not an address or location API', () => {
    expect(REQUIRED_PRIVATE_INFOS).toEqual(['chooseAddress'])
    expect(Object.keys(PRIVACY_APIS)).toEqual(expect.arrayContaining(['chooseMedia', 'saveImageToPhotosAlbum', 'setClipboardData']))
  })

  it('tells a refused privacy consent from a cancelled picker and other failures', () => {
    expect(platformFailure({ errno: 104, errMsg: 'chooseAddress:fail privacy permission is not authorized' })).toBe('privacy')
    expect(platformFailure({ errMsg: 'chooseMedia:fail privacy permission is not authorized or buttonId is wrong' })).toBe('privacy')
    expect(platformFailure({ errMsg: 'chooseMedia:fail cancel' })).toBe('cancel')
    expect(platformFailure({ errMsg: 'saveImageToPhotosAlbum:fail auth deny' })).toBe('other')
    expect(platformFailure(new Error('boom'))).toBe('other')
    expect(platformFailure(undefined)).toBe('other')
  })
})
