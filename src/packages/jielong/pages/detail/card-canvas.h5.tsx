// H5 shares no chat card, so it paints no card picture.
export function CardCanvas() {
  return null
}
