// subscribeMessage.send (WECHAT-API.md section 5). A refusal (43101: the user has no quota)
// is thrown; the outbox records it and does not retry a one-shot message.
import type { MessageAdapter } from '../platform'
import type { WxCloud } from './sdk'

/** The openapi names this adapter calls, by method, for the functions' config.json permissions. */
export const MESSAGES_OPENAPI = { send: ['subscribeMessage.send'] }

export function wechatMessages(cloud: WxCloud): MessageAdapter {
  return {
    async send(message) {
      await cloud.openapi.subscribeMessage.send({
        touser: message.touser,
        templateId: message.templateId,
        page: message.page,
        data: message.data,
        miniprogramState: process.env.WECHAT_MINIPROGRAM_STATE || 'formal',
        lang: 'zh_CN',
      })
    },
  }
}
