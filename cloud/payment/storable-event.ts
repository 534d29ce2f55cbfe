// A platform callback kept as it came (jsonb), for a person to read later. PostgreSQL's jsonb
// refuses the NUL character, and the keys we do not validate may carry one.
export function storableEvent(event: object): Record<string, unknown> {
  return JSON.parse(JSON.stringify(event, (_key, value) => (typeof value === 'string' ? value.replace(/\u0000/g, '') : value)))
}
