// H5 has no subscribe messages: the request resolves as accepted so the flow is the same.
export const ORDER_TEMPLATE_IDS: string[] = [process.env.TARO_APP_TMPL_ORDER_PAID, process.env.TARO_APP_TMPL_ORDER_SHIPPED].filter(
  (id): id is string => !!id,
)

export async function askOrderMessages(): Promise<Record<string, 'accept'>> {
  return Object.fromEntries(ORDER_TEMPLATE_IDS.map((id) => [id, 'accept' as const]))
}
