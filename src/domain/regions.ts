// The H5 region picker's rules: which cities a province offers, what a change of province or
// city clears, and the district, which stays typed (a full district list is ~3,000 names) and
// is checked here beyond the address validator's length: it must look like a district.
import type { AddressFields } from './address'

export type Region = Pick<AddressFields, 'provinceName' | 'cityName' | 'countyName'>
export type CityTable = Readonly<Record<string, readonly string[]>>

/** The province's cities, or [] when the table does not know it. */
export function citiesOf(table: CityTable, province: string): readonly string[] {
  return table[province] ?? []
}

/**
 * The region after picking a province: the city and district go unless the province is the
 * same; a province with a single city (a municipality) fills it in.
 */
export function pickProvince(table: CityTable, current: Region, provinceName: string): Region {
  if (provinceName === current.provinceName) return current
  const cities = citiesOf(table, provinceName)
  return { provinceName, cityName: cities.length === 1 ? cities[0] : '', countyName: '' }
}

/** The region after picking a city: the district goes with a change of city. */
export function pickCity(current: Region, cityName: string): Region {
  return cityName === current.cityName ? current : { ...current, cityName, countyName: '' }
}

/** 区, 县, 市, 旗 and the like end a district's name; a street or a building does not. */
const DISTRICT_END = /(区|县|市|旗|林区|特区|镇|乡|街道)$/

/**
 * What is wrong with the typed district, or null: required, and a district's name rather than
 * a street address (that goes in 详细地址). Municipalities and islands name theirs the same way.
 */
export function districtProblem(countyName: string): string | null {
  const name = countyName.trim()
  if (!name) return '请填写区/县'
  if (!DISTRICT_END.test(name)) return '区/县应以“区”“县”“市”“旗”等结尾，如：西湖区'
  return null
}

/** What the typed district adds to the address validator, which already asks for a missing one. */
export function regionProblems(region: Region): Partial<Record<keyof Region, string>> {
  const problem = region.countyName.trim() ? districtProblem(region.countyName) : null
  return problem ? { countyName: problem } : {}
}

/** The city is one of the province's, when the table knows the province. */
export function cityProblem(table: CityTable, region: Region): string | null {
  if (!region.cityName.trim()) return '请选择城市'
  const cities = citiesOf(table, region.provinceName)
  return cities.length > 0 && !cities.includes(region.cityName) ? '请从列表中选择城市' : null
}
