import Taro from '@tarojs/taro'
import { goBackOr } from './navigation'

jest.mock('@tarojs/taro', () => ({
  __esModule: true,
  default: { getCurrentPages: jest.fn(), navigateBack: jest.fn(() => Promise.resolve()), redirectTo: jest.fn(() => Promise.resolve()) },
}))

const taro = Taro as unknown as Record<'getCurrentPages' | 'navigateBack' | 'redirectTo', jest.Mock>

describe('goBackOr', () => {
  beforeEach(() => jest.clearAllMocks())

  it('goes back when a page opened this one', () => {
    taro.getCurrentPages.mockReturnValue([{}, {}])
    goBackOr('/packages/merchant/pages/posts/index?storeId=s1')
    expect(taro.navigateBack).toHaveBeenCalledTimes(1)
    expect(taro.redirectTo).not.toHaveBeenCalled()
  })

  it('goes to the fallback when this page was opened directly', () => {
    taro.getCurrentPages.mockReturnValue([{}])
    goBackOr('/packages/merchant/pages/posts/index?storeId=s1')
    expect(taro.navigateBack).not.toHaveBeenCalled()
    expect(taro.redirectTo).toHaveBeenCalledWith({ url: '/packages/merchant/pages/posts/index?storeId=s1' })
  })
})
