import {
  topicsBesides,
  MAX_HASHTAGS,
  MAX_HASHTAG_LENGTH,
  describeHashtagProblem,
  normalizeHashtag,
  normalizeHashtags,
} from './hashtags'

describe('normalizeHashtag: NFKC turns full-width into half-width', () => {
  it('makes "＃ＯＯＴＤ" the same topic as "ootd"', () => {
    expect(normalizeHashtag('＃ＯＯＴＤ')).toBe('ootd')
  })

  it('turns full-width digits and letters into ASCII', () => {
    expect(normalizeHashtag('２０２４新款')).toBe('2024新款')
    expect(normalizeHashtag('ｖｌｏｇ')).toBe('vlog')
  })

  it('turns a full-width space into an ordinary one', () => {
    expect(normalizeHashtag('穿搭\u3000日常')).toBe('穿搭 日常')
  })
})

describe('normalizeHashtag: trimmed', () => {
  it('drops surrounding whitespace, also around the leading #', () => {
    expect(normalizeHashtag('  ootd  ')).toBe('ootd')
    expect(normalizeHashtag('  #ootd ')).toBe('ootd')
    expect(normalizeHashtag('# ootd')).toBe('ootd')
  })
})

describe('normalizeHashtag: one leading # or ＃ dropped', () => {
  it('drops a half-width #', () => {
    expect(normalizeHashtag('#OOTD')).toBe('ootd')
  })

  it('drops a full-width ＃', () => {
    expect(normalizeHashtag('＃穿搭')).toBe('穿搭')
  })

  it('drops only one: the rest is text', () => {
    expect(normalizeHashtag('##a')).toBe('#a')
    expect(normalizeHashtag('＃＃a')).toBe('#a')
    expect(normalizeHashtag('#＃a')).toBe('#a')
  })

  it('keeps a # that is not leading', () => {
    expect(normalizeHashtag('c#')).toBe('c#')
  })
})

describe('normalizeHashtag: Latin lower-cased, CJK untouched', () => {
  it('lower-cases Latin letters', () => {
    expect(normalizeHashtag('OOTD')).toBe('ootd')
    expect(normalizeHashtag('iPhone')).toBe('iphone')
  })

  it('leaves CJK as it is, also beside Latin letters', () => {
    expect(normalizeHashtag('秋冬穿搭')).toBe('秋冬穿搭')
    expect(normalizeHashtag('OOTD穿搭')).toBe('ootd穿搭')
    expect(normalizeHashtag('日系かわいい')).toBe('日系かわいい')
  })

  it('lower-cases accented Latin letters too, so "CAFÉ" and "café" are one topic', () => {
    expect(normalizeHashtag('CAFÉ')).toBe('café')
    expect(normalizeHashtag('CAFÉ')).toBe(normalizeHashtag('café'))
  })
})

describe('normalizeHashtag: inner whitespace collapsed', () => {
  it('collapses runs of spaces, tabs and newlines into one space', () => {
    expect(normalizeHashtag('秋冬   穿搭')).toBe('秋冬 穿搭')
    expect(normalizeHashtag('a\t\n b')).toBe('a b')
  })
})

describe('normalizeHashtag: 1–20 characters, counted as code points', () => {
  it('accepts 20 CJK characters and refuses 21', () => {
    expect(normalizeHashtag('字'.repeat(20))).toBe('字'.repeat(20))
    expect(normalizeHashtag('字'.repeat(21))).toBeNull()
  })

  it('accepts 20 Latin letters and refuses 21', () => {
    expect(normalizeHashtag('a'.repeat(MAX_HASHTAG_LENGTH))).toBe('a'.repeat(20))
    expect(normalizeHashtag('a'.repeat(MAX_HASHTAG_LENGTH + 1))).toBeNull()
  })

  it('counts an emoji outside the BMP as one character', () => {
    expect('😀'.length).toBe(2)
    expect(normalizeHashtag('😀'.repeat(20))).toBe('😀'.repeat(20))
    expect(normalizeHashtag('😀'.repeat(21))).toBeNull()
    expect(normalizeHashtag('好物😀')).toBe('好物😀')
  })

  it('counts after normalising: the dropped # and surrounding spaces do not count', () => {
    expect(normalizeHashtag(`  ＃${'字'.repeat(20)}  `)).toBe('字'.repeat(20))
    expect(normalizeHashtag(`a${' '.repeat(30)}b`)).toBe('a b')
  })

  it.each(['', '   ', '#', '＃', '# ', '\u3000'])('refuses %p, which leaves nothing', (raw) => {
    expect(normalizeHashtag(raw)).toBeNull()
  })

  it('accepts a single character', () => {
    expect(normalizeHashtag('#A')).toBe('a')
  })
})

describe('normalizeHashtags: a list for storing', () => {
  it('normalises every tag and keeps their order', () => {
    expect(normalizeHashtags(['#OOTD', '秋冬穿搭', 'Vlog'])).toEqual({ ok: true, tags: ['ootd', '秋冬穿搭', 'vlog'] })
  })

  it('accepts an empty list', () => {
    expect(normalizeHashtags([])).toEqual({ ok: true, tags: [] })
  })

  it('collapses duplicates after normalising, keeping the first place', () => {
    expect(normalizeHashtags(['OOTD', '穿搭', '#ootd', '＃ＯＯＴＤ', ' ootd '])).toEqual({
      ok: true,
      tags: ['ootd', '穿搭'],
    })
  })

  it('accepts five distinct tags, with duplicates not counting towards the limit', () => {
    const result = normalizeHashtags(['a', 'b', 'c', 'd', 'e', 'A', '#B'])
    expect(result).toEqual({ ok: true, tags: ['a', 'b', 'c', 'd', 'e'] })
    expect(MAX_HASHTAGS).toBe(5)
  })

  it('reports a sixth distinct tag as too_many instead of dropping it', () => {
    expect(normalizeHashtags(['a', 'b', 'c', 'd', 'e', 'f'])).toEqual({
      ok: false,
      problem: { kind: 'too_many', count: 6, max: 5 },
    })
  })

  it('honours a smaller limit when one is given', () => {
    expect(normalizeHashtags(['a', 'b', 'c'], 2)).toEqual({ ok: false, problem: { kind: 'too_many', count: 3, max: 2 } })
  })

  it('reports an empty tag as invalid with its index and raw value', () => {
    expect(normalizeHashtags(['ootd', '穿搭', '  '])).toEqual({
      ok: false,
      problem: { kind: 'invalid', index: 2, value: '  ' },
    })
  })

  it('reports a too-long tag as invalid with its index', () => {
    const long = '字'.repeat(21)
    expect(normalizeHashtags([long, 'ootd'])).toEqual({ ok: false, problem: { kind: 'invalid', index: 0, value: long } })
  })
})

describe('describeHashtagProblem', () => {
  it('says how many are allowed and how many were given', () => {
    expect(describeHashtagProblem({ kind: 'too_many', count: 6, max: 5 })).toBe('话题最多 5 个，当前 6 个')
    expect(describeHashtagProblem({ kind: 'too_many', count: 4, max: 3 })).toBe('话题最多 3 个，当前 4 个')
  })

  it('names the invalid tag and the length rule', () => {
    expect(describeHashtagProblem({ kind: 'invalid', index: 1, value: '#' })).toBe('话题“#”无效：需为 1–20 个字')
  })
})

describe('normalizeHashtag: invisible characters cannot split a topic', () => {
  it.each([
    ['a zero-width joiner inside', 'o\u200dotd'],
    ['a right-to-left override in front', '\u202Eootd'],
    ['a zero-width space', 'oo\u200btd'],
    ['a byte order mark', '\ufeff#OOTD'],
    ['a word joiner and bidi isolates', '\u2066oo\u2060td\u2069'],
    ['left-to-right and Arabic letter marks', '\u200eoo\u061ctd\u200f'],
    ['a Mongolian vowel separator', 'ootd\u180e'],
  ])('%s: the same topic as "ootd"', (_label, raw) => {
    expect(normalizeHashtag(raw)).toBe('ootd')
  })

  it('keeps a tag that is nothing but invisible characters out', () => {
    expect(normalizeHashtag('\u200b\u200d\u202e')).toBeNull()
  })

  it('collapses lookalikes into one stored tag', () => {
    expect(normalizeHashtags(['ootd', 'o\u200dotd', '\u202Eootd'])).toEqual({ ok: true, tags: ['ootd'] })
  })
})

describe('topicsBesides', () => {
  it('leaves out the tags the header already shows, whatever their case', () => {
    const topics = [{ hashtag: '手作', count: 3 }, { hashtag: 'OOTD', count: 2 }, { hashtag: '陶瓷', count: 1 }]
    expect(topicsBesides(topics, ['小店好物', '手作', 'ootd'])).toEqual([{ hashtag: '陶瓷', count: 1 }])
    expect(topicsBesides(topics, [])).toEqual(topics)
  })
})
