// Draws the tabBar and button icons (WeChat's tabBar takes PNG only, not SVG) from the SVG
// shapes below with Chromium, into src/assets/icons/. Run after changing a shape:
//   npx tsx scripts/make-icons.ts
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { launchBrowser } from '../tests/e2e/browser'

const GREY = '#8a8a8a'
const RED = '#e4393c'

const SHAPES: Record<string, (color: string) => string> = {
  home: (c) => `<path d="M12 38 L40 14 L68 38 V68 H48 V50 H32 V68 H12 Z" fill="none" stroke="${c}" stroke-width="6" stroke-linejoin="round"/>`,
  category: (c) => `<g fill="none" stroke="${c}" stroke-width="6"><rect x="12" y="12" width="22" height="22" rx="4"/><rect x="46" y="12" width="22" height="22" rx="4"/><rect x="12" y="46" width="22" height="22" rx="4"/><circle cx="57" cy="57" r="11"/></g>`,
  cart: (c) => `<g fill="none" stroke="${c}" stroke-width="6" stroke-linejoin="round" stroke-linecap="round"><path d="M8 14 H18 L26 52 H62 L70 24 H22"/></g><circle cx="30" cy="64" r="5" fill="${c}"/><circle cx="58" cy="64" r="5" fill="${c}"/>`,
  me: (c) => `<g fill="none" stroke="${c}" stroke-width="6"><circle cx="40" cy="28" r="14"/><path d="M12 70 C14 52 26 46 40 46 C54 46 66 52 68 70" stroke-linecap="round"/></g>`,
}

async function main(): Promise<void> {
  const browser = await launchBrowser()
  const page = await browser.newPage({ viewport: { width: 81, height: 81 }, deviceScaleFactor: 1 })
  const out = path.resolve(__dirname, '../src/assets/icons')
  for (const [name, shape] of Object.entries(SHAPES)) {
    for (const [suffix, color] of [['', GREY], ['-active', RED]] as const) {
      const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="81" height="81" viewBox="0 0 80 80">${shape(color)}</svg>`
      await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`)
      const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: 81, height: 81 } })
      writeFileSync(path.join(out, `${name}${suffix}.png`), png)
    }
  }
  await browser.close()
  console.log(`icons written to ${out}`)
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
