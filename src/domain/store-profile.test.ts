import {
  OPEN_STORE_STEPS,
  addHashtag,
  emptyStoreForm,
  stepOfField,
  validateStoreForm,
  validateStoreStep,
  type StoreForm,
} from './store-profile'

const good: StoreForm = {
  name: ' 山野小店 ',
  logo: '/files/uploads/logo.png',
  intro: '手作与好物',
  category: '手工艺品',
  hashtags: ['#手作', 'OOTD'],
  pickupAddress: '大理古城人民路 1 号',
}

describe('opening a store in three steps', () => {
  it('has the steps name+logo → intro+category → hashtags+pickup', () => {
    expect(OPEN_STORE_STEPS.map((s) => s.fields)).toEqual([
      ['name', 'logo'],
      ['intro', 'category'],
      ['hashtags', 'pickupAddress'],
    ])
  })

  it('checks only the fields of the step being left', () => {
    const form = emptyStoreForm()
    expect(validateStoreStep(form, 0)).toEqual({ name: '请填写店铺名称' })
    expect(validateStoreStep({ ...form, name: '小店' }, 0)).toEqual({})
    expect(validateStoreStep({ ...form, name: '小店' }, 1)).toEqual({ category: '请选择经营类目' })
    expect(validateStoreStep({ ...form, hashtags: ['a', 'b', 'c', 'd', 'e', 'f'] }, 2)).toEqual({ hashtags: '话题最多 5 个，当前 6 个' })
  })

  it('gives the trimmed input with normalised hashtags', () => {
    expect(validateStoreForm(good)).toEqual({
      ok: true,
      input: { ...good, name: '山野小店', hashtags: ['手作', 'ootd'] },
    })
  })

  it('refuses names over 30 characters and intros over 200', () => {
    const result = validateStoreForm({ ...good, name: '店'.repeat(31), intro: '字'.repeat(201) })
    expect(!result.ok && result.errors).toEqual({ name: '店铺名称最多 30 个字', intro: '店铺简介最多 200 个字' })
  })

  it('knows which step holds a field', () => {
    expect(stepOfField('name')).toBe(0)
    expect(stepOfField('category')).toBe(1)
    expect(stepOfField('hashtags.2')).toBe(2)
    expect(stepOfField('unknown')).toBe(0)
  })
})

describe('addHashtag', () => {
  it('adds a normalised tag and ignores a duplicate', () => {
    expect(addHashtag(['手作'], '#OOTD')).toEqual({ ok: true, tags: ['手作', 'ootd'] })
    expect(addHashtag(['ootd'], 'ＯＯＴＤ')).toEqual({ ok: true, tags: ['ootd'] })
  })

  it('refuses a sixth and an empty one with a message', () => {
    expect(addHashtag(['a', 'b', 'c', 'd', 'e'], 'f')).toEqual({ ok: false, message: '话题最多 5 个，当前 6 个' })
    expect(addHashtag([], ' # ')).toEqual({ ok: false, message: '话题“ # ”无效：需为 1–20 个字' })
  })
})
