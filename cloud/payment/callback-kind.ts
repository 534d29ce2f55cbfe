// Cloud Pay calls one function back for payments and refunds alike; only the fields tell them
// apart. Kept free of imports: every function's entry routes with it.

/** Fields only a refund result carries (either spelling: the SDK's casing of them is unconfirmed). */
const REFUND_FIELDS = ['outRefundNo', 'out_refund_no', 'refundStatus', 'refund_status', 'reqInfo', 'req_info']

/** Whether a Cloud Pay callback reports a refund rather than a payment. */
export function isRefundNotice(event: Record<string, unknown>): boolean {
  return REFUND_FIELDS.some((key) => key in event)
}
