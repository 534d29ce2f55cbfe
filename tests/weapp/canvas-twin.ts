// WeChat's 2D canvas node (what `fields({ node: true })` hands back for <canvas type="2d">) for
// miniprogram-simulate, which has none. Like WeChat's: width and height are the drawing buffer,
// setting either clears it, getContext('2d') returns a context whose drawing we record, and a
// buffer over 4096 px a side is refused when exported (many phones refuse it).
export interface DrawnText {
  text: string
  x: number
  y: number
  font: string
}

export interface CanvasTwin {
  width: number
  height: number
  /** What was drawn since the buffer was last sized. */
  texts: DrawnText[]
  /** The pictures drawn (their sources), in order. */
  pictures: string[]
  rects: number
  getContext(kind: string): unknown
  createImage(): unknown
}

export const CANVAS_SIDE_LIMIT = 4096

export function createCanvasTwin(): CanvasTwin {
  let width = 300
  let height = 150
  const canvas: CanvasTwin = {
    get width() {
      return width
    },
    set width(value: number) {
      width = value
      clear()
    },
    get height() {
      return height
    },
    set height(value: number) {
      height = value
      clear()
    },
    texts: [],
    pictures: [],
    rects: 0,
    getContext(kind: string) {
      if (kind !== '2d') return null
      return {
        font: '10px sans-serif',
        fillStyle: '#000000',
        textBaseline: 'alphabetic',
        fillRect() {
          canvas.rects++
        },
        fillText(this: { font: string }, text: string, x: number, y: number) {
          canvas.texts.push({ text, x, y, font: this.font })
        },
        measureText: (text: string) => ({ width: text.length * 10 }),
        scale() {},
        drawImage(image: { src?: string; complete?: boolean }) {
          // WeChat draws nothing for a picture that has not loaded.
          if (image?.complete) canvas.pictures.push(image.src ?? '')
        },
      }
    },
    // Like WeChat's canvas Image: setting src loads it later, then onload (onerror for a
    // path that is not a local file, which a canvas cannot read).
    createImage: () => {
      const image: { src?: string; complete: boolean; onload?: () => void; onerror?: (e: unknown) => void } = { complete: false }
      let src = ''
      Object.defineProperty(image, 'src', {
        get: () => src,
        set(value: string) {
          src = value
          setTimeout(() => {
            if (/^(wxfile|http:\/\/tmp)/.test(value)) {
              image.complete = true
              image.onload?.()
            } else image.onerror?.({ errMsg: `image load fail: ${value}` })
          }, 0)
        },
      })
      return image
    },
  }
  function clear() {
    canvas.texts = []
    canvas.pictures = []
    canvas.rects = 0
  }
  return canvas
}
