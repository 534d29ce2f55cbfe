// Shipping info upload (WECHAT-API.md section 7): orders paid through WeChat settle only after
// their shipment is reported. Called through openapi, so keys go camelCase → snake_case.
import type { ShippingAdapter } from '../platform'
import type { WxCloud } from './sdk'

/** 2022-12-15T13:29:35.120+08:00, as the API's example writes it. */
export function rfc3339China(date: Date): string {
  return new Date(date.getTime() + 8 * 3600_000).toISOString().replace('Z', '+08:00')
}

/** The openapi names this adapter calls, by method, for the functions' config.json permissions. */
export const SHIPPING_OPENAPI = { uploadShippingInfo: ['wxa.sec.order.uploadShippingInfo'] }

export function wechatShipping(cloud: WxCloud): ShippingAdapter {
  return {
    async uploadShippingInfo(shipment) {
      const express = shipment.delivery === 'express'
      await cloud.openapi.wxa.sec.order.uploadShippingInfo({
        orderKey: { orderNumberType: 2, transactionId: shipment.transactionId },
        // 1 express, 4 pickup by the buyer.
        logisticsType: express ? 1 : 4,
        deliveryMode: 1,
        shippingList: [
          express
            ? {
                trackingNo: shipment.trackingNo,
                expressCompany: shipment.carrier,
                itemDesc: shipment.itemDesc.slice(0, 120),
                ...(shipment.receiverContact ? { contact: { receiverContact: shipment.receiverContact } } : {}),
              }
            : { itemDesc: shipment.itemDesc.slice(0, 120) },
        ],
        uploadTime: rfc3339China(shipment.shippedAt),
        payer: { openid: shipment.payerOpenid },
      })
    },
  }
}
