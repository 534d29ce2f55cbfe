import { PROVINCES } from './address'
import { citiesOf, cityProblem, districtProblem, pickCity, pickProvince, regionProblems } from './regions'
import { CITIES } from './regions/cities'

describe('region picker rules', () => {
  it('knows the cities of every one of the 34 provinces, each once', () => {
    expect(Object.keys(CITIES).sort()).toEqual([...PROVINCES].sort())
    for (const province of PROVINCES) {
      const cities = citiesOf(CITIES, province)
      expect([province, cities.length > 0, new Set(cities).size === cities.length]).toEqual([province, true, true])
    }
    expect(citiesOf(CITIES, '浙江省')).toContain('杭州市')
    expect(citiesOf(CITIES, '广东省')).toHaveLength(21)
    // 333 prefecture-level divisions, plus the county-level ones governed by their province.
    expect(Object.values(CITIES).flat().length).toBeGreaterThan(340)
  })

  it('clears the city and district when the province changes, and fills in a municipality', () => {
    const here = { provinceName: '浙江省', cityName: '杭州市', countyName: '西湖区' }
    expect(pickProvince(CITIES, here, '浙江省')).toBe(here)
    expect(pickProvince(CITIES, here, '广东省')).toEqual({ provinceName: '广东省', cityName: '', countyName: '' })
    expect(pickProvince(CITIES, here, '上海市')).toEqual({ provinceName: '上海市', cityName: '上海市', countyName: '' })
    expect(pickCity(here, '杭州市')).toBe(here)
    expect(pickCity(here, '宁波市')).toEqual({ provinceName: '浙江省', cityName: '宁波市', countyName: '' })
  })

  it('takes only a city of the province, and a district that looks like one', () => {
    expect(cityProblem(CITIES, { provinceName: '浙江省', cityName: '杭州市', countyName: '' })).toBeNull()
    expect(cityProblem(CITIES, { provinceName: '浙江省', cityName: '广州市', countyName: '' })).toBe('请从列表中选择城市')
    expect(cityProblem(CITIES, { provinceName: '浙江省', cityName: ' ', countyName: '' })).toBe('请选择城市')
    for (const ok of ['西湖区', '桐庐县', '余姚市', '科尔沁右翼前旗', '神农架林区', '东城街道']) expect([ok, districtProblem(ok)]).toEqual([ok, null])
    expect(districtProblem('')).toBe('请填写区/县')
    expect(districtProblem('文三路 90 号')).toMatch(/应以/)
  })

  it('adds to the address validator only a typed district that is not one', () => {
    expect(regionProblems({ provinceName: '浙江省', cityName: '杭州市', countyName: '西湖区' })).toEqual({})
    expect(regionProblems({ provinceName: '浙江省', cityName: '杭州市', countyName: '' })).toEqual({}) // the validator asks for it
    expect(regionProblems({ provinceName: '浙江省', cityName: '杭州市', countyName: '文三路' })).toEqual({ countyName: districtProblem('文三路') })
  })
})
