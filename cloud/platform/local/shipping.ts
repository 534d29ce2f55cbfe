// Local twin of the shipping-info upload: nothing to settle locally. It checks what WeChat
// checks (an express parcel needs a company and a tracking number), so a bad upload fails here too.
import type { ShippingAdapter } from '../platform'

export function localShipping(): ShippingAdapter {
  return {
    async uploadShippingInfo(shipment) {
      if (!shipment.transactionId) throw new Error('47001: transaction_id required')
      if (shipment.delivery === 'express' && (!shipment.carrier || !shipment.trackingNo)) {
        throw new Error('47001: express_company and tracking_no required for express')
      }
    },
  }
}
