// Runs a page's `load` when it mounts and again whenever `key` changes (the id it shows, or its
// ids joined), always the latest `load`: the page names what the data depends on, not every
// value load happens to read.
import { useEffect, useRef } from 'react'

export function useLoadOn(key: string, load: () => unknown): void {
  const latest = useRef(load)
  latest.current = load
  useEffect(() => {
    void latest.current()
  }, [key])
}
