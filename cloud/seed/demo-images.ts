// Demo product photos drawn as small SVG illustrations, so the demo store needs no downloads
// and no binary files in the repo. Served by the local cloud at /files/demo/<key>.svg.

const SHAPES: Record<string, string> = {
  shop: '<path d="M90 150l30-60h160l30 60z" fill="#fff"/><g fill="#e4393c"><path d="M120 90h40l-10 60h-60zM200 90h40l10 60h-60zM280 90l30 60h-60l-10-60z" opacity=".85"/></g><rect x="110" y="150" width="180" height="140" fill="#fff"/><rect x="180" y="210" width="40" height="80" fill="#e4393c" opacity=".8"/>',
  dress: '<path d="M165 70h70l-10 50 55 170H120l55-170z" fill="#fff" opacity=".92"/><circle cx="170" cy="190" r="9" fill="#f28ba8"/><circle cx="220" cy="230" r="9" fill="#f28ba8"/><circle cx="200" cy="170" r="7" fill="#8bc6f2"/><circle cx="160" cy="255" r="7" fill="#8bc6f2"/><circle cx="240" cy="270" r="8" fill="#f2d58b"/>',
  mug: '<rect x="120" y="110" width="130" height="160" rx="18" fill="#fff"/><path d="M250 150h25a30 30 0 0 1 0 70h-25" stroke="#fff" stroke-width="16" fill="none"/><path d="M150 90c0-20 20-20 20-40M190 90c0-20 20-20 20-40" stroke="#fff" stroke-width="8" fill="none" opacity=".7"/>',
  beans: '<g fill="#6b3e26"><ellipse cx="160" cy="160" rx="34" ry="46" transform="rotate(-25 160 160)"/><ellipse cx="240" cy="170" rx="34" ry="46" transform="rotate(20 240 170)"/><ellipse cx="200" cy="245" rx="34" ry="46" transform="rotate(-70 200 245)"/></g><g stroke="#c89b7b" stroke-width="6" fill="none"><path d="M150 125c20 25 0 50 18 75"/><path d="M250 135c-20 25 0 50-18 75"/><path d="M165 240c25-18 50 8 75-10"/></g>',
  jar: '<rect x="140" y="95" width="120" height="34" rx="8" fill="#fff"/><rect x="125" y="125" width="150" height="170" rx="28" fill="#fff" opacity=".92"/><path d="M160 200c20-30 60-30 80 0-10 45-70 45-80 0z" fill="#e84a5f"/><path d="M195 175c5-12 15-14 22-10" stroke="#3c8d2f" stroke-width="7" fill="none"/>',
  tshirt: '<path d="M150 80l-70 40 25 55 30-15v140h130V160l30 15 25-55-70-40c-5 25-25 35-50 35s-45-10-50-35z" fill="#fff"/><circle cx="200" cy="190" r="26" fill="#ffb703"/>',
  basket: '<path d="M110 160h180l-25 130H135z" fill="#fff"/><path d="M140 160c0-60 120-60 120 0" stroke="#fff" stroke-width="12" fill="none"/><g stroke="#d4a373" stroke-width="6"><path d="M125 200h150M130 235h140M135 270h130"/></g>',
  tea: '<path d="M200 80c70 40 70 150 0 220-70-70-70-180 0-220z" fill="#fff"/><path d="M200 110v170M200 160l-30-25M200 200l35-30M200 240l-30-25" stroke="#52b788" stroke-width="7" fill="none"/>',
  candle: '<rect x="150" y="150" width="100" height="140" rx="12" fill="#fff"/><path d="M200 150v-22" stroke="#333" stroke-width="5"/><path d="M200 70c22 25 18 50 0 55-18-5-22-30 0-55z" fill="#ffd166"/><rect x="150" y="200" width="100" height="26" fill="#f4a261"/>',
  bag: '<rect x="120" y="140" width="160" height="160" rx="10" fill="#fff"/><path d="M160 140v-30a40 40 0 0 1 80 0v30" stroke="#fff" stroke-width="12" fill="none"/><text x="200" y="238" font-size="30" text-anchor="middle" fill="#6d6875" font-family="sans-serif">TOTE</text>',
  grain: '<g fill="#fff"><ellipse cx="200" cy="110" rx="16" ry="26"/><ellipse cx="170" cy="150" rx="16" ry="26" transform="rotate(-30 170 150)"/><ellipse cx="230" cy="150" rx="16" ry="26" transform="rotate(30 230 150)"/><ellipse cx="170" cy="200" rx="16" ry="26" transform="rotate(-30 170 200)"/><ellipse cx="230" cy="200" rx="16" ry="26" transform="rotate(30 230 200)"/></g><path d="M200 120v180" stroke="#fff" stroke-width="8"/>',
  vase: '<path d="M175 80h50v40c45 30 50 120 15 175h-80c-35-55-30-145 15-175z" fill="#fff" opacity=".85"/><path d="M200 80c-10-30 10-45 0-60M200 80c20-25 40-20 45-40" stroke="#2d6a4f" stroke-width="6" fill="none"/><circle cx="245" cy="40" r="14" fill="#ff8fab"/><circle cx="200" cy="20" r="12" fill="#ffc8dd"/>',
  scarf: '<path d="M120 110h160v60H120z" fill="#fff"/><path d="M200 170h60v130h-60z" fill="#fff" opacity=".9"/><g stroke="#bc4749" stroke-width="8"><path d="M120 130h160M120 155h160M200 200h60M200 240h60"/></g><path d="M205 300v20M220 300v20M235 300v20M250 300v20" stroke="#fff" stroke-width="5"/>',
}

const PALETTES: Array<[string, string]> = [
  ['#ff9a9e', '#fecfef'],
  ['#a1c4fd', '#c2e9fb'],
  ['#d4a373', '#faedcd'],
  ['#f6d365', '#fda085'],
  ['#84fab0', '#8fd3f4'],
  ['#cfd9df', '#e2ebf0'],
  ['#b7e4c7', '#52b788'],
  ['#fbc2eb', '#a6c1ee'],
]

export const DEMO_IMAGE_KEYS = Object.keys(SHAPES)

/** An SVG of the given shape on one of the palettes; `variant` picks the palette. */
export function demoImageSvg(key: string, variant = 0): string | null {
  const shape = SHAPES[key]
  if (!shape) return null
  const [from, to] = PALETTES[Math.abs(variant) % PALETTES.length]
  return `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="400" viewBox="0 0 400 400"><defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${from}"/><stop offset="1" stop-color="${to}"/></linearGradient></defs><rect width="400" height="400" fill="url(#g)"/>${shape}</svg>`
}

/** Path of a demo image as stored on products; `n` selects the palette. */
export function demoImagePath(key: string, n = 0): string {
  return `/files/demo/${key}-${n}.svg`
}

/** Parses a demo image file name back into its key and palette; null for anything else. */
export function parseDemoImageName(name: string): { key: string; variant: number } | null {
  const match = /^([a-z]+)-(\d{1,2})\.svg$/.exec(name)
  if (!match || !SHAPES[match[1]]) return null
  return { key: match[1], variant: Number(match[2]) }
}
