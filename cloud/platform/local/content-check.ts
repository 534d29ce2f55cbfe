// Local twin of security.msgSecCheck v2: a keyword list with the same three outcomes and
// labels, so the flows (refuse risky, hold review) run the same in H5 and tests.
import type { ContentCheckAdapter, ContentVerdict } from '../platform'

/** Words that make a text risky, with the label WeChat would give. */
const RISKY: Array<[string, number]> = [
  ['赌博', 20006],
  ['博彩', 20006],
  ['毒品', 20006],
  ['枪支', 20006],
  ['色情', 20002],
  ['约炮', 20002],
  ['代开发票', 20008],
  ['刷单', 20008],
  ['傻逼', 20003],
  ['fuck', 20003],
]

/** Words that send a text to review: likely ads or off-platform trading. */
const REVIEW: Array<[string, number]> = [
  ['加微信', 10001],
  ['加v', 10001],
  ['微信号', 10001],
  ['私聊', 10001],
  ['返现', 10001],
  ['兼职', 10001],
  ['代购', 10001],
]

function find(text: string, words: Array<[string, number]>): number | null {
  const found = words.find(([word]) => text.includes(word))
  return found ? found[1] : null
}

export function localContentCheck(): ContentCheckAdapter {
  return {
    async checkText({ text }): Promise<ContentVerdict> {
      // WeChat ignores case and width; so does the twin.
      const normalized = text.normalize('NFKC').toLowerCase().replace(/\s+/g, '')
      const risky = find(normalized, RISKY)
      if (risky !== null) return { suggest: 'risky', label: risky }
      const review = find(normalized, REVIEW)
      if (review !== null) return { suggest: 'review', label: review }
      return { suggest: 'pass', label: 100 }
    },
  }
}
