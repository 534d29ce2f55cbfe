// H5: WeChat's address list is not reachable outside WeChat; the form is the way in.
export function ImportAddress(_props: { onImported(): void }) {
  return null
}
