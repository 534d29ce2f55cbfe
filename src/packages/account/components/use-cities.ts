// The city table for the H5 region picker, fetched the first time a form needs it: import()
// makes it a chunk of its own, outside the home page and this package's first load.
import { useEffect, useState } from 'react'
import type { CityTable } from '@/domain/regions'

let table: CityTable | null = null
let pending: Promise<CityTable> | null = null

export function loadCities(): Promise<CityTable> {
  if (table) return Promise.resolve(table)
  pending ??= import('@/domain/regions/cities').then(
    (module) => (table = module.CITIES),
    (error: unknown) => {
      pending = null // offline: try again next time
      throw error
    },
  )
  return pending
}

/** The table once loaded; `failed` when it could not be (the form then takes a typed city). */
export function useCities(): { cities: CityTable | null; failed: boolean } {
  const [cities, setCities] = useState<CityTable | null>(table)
  const [failed, setFailed] = useState(false)
  useEffect(() => {
    if (cities) return
    let live = true
    loadCities().then(
      (loaded) => live && setCities(loaded),
      () => live && setFailed(true),
    )
    return () => {
      live = false
    }
  }, [cities])
  return { cities, failed }
}
