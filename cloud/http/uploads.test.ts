import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import type { Server } from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { DATABASE_KIND, openTestDatabase } from '../../tests/support/test-db'
import type { Database } from '../db/client'
import { registry } from '../functions'
import { localPlatform } from '../platform/local'
import { createHttpApp } from './app'
import { MAX_UPLOAD_BYTES, sniffImage } from './uploads'
import { serveHttp } from '../../tests/support/http-server'

// The smallest valid PNG: one transparent pixel.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
)
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00])

describe(`local photo uploads (${DATABASE_KIND})`, () => {
  let database: Database
  let dataDir: string
  let server: Server
  let base: string

  beforeAll(async () => {
    database = await openTestDatabase()
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'xd-uploads-'))
    const handle = createHttpApp({ db: database.db, registry, platform: localPlatform(), production: false, webRoot: null, uploadsDir: dataDir })
    ;({ server, base } = await serveHttp(handle))
  })
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve))
    await database.close()
    rmSync(dataDir, { recursive: true, force: true })
  })

  const upload = (body: Buffer | string, headers: Record<string, string> = { 'x-openid': 'uploader' }) =>
    fetch(`${base}/files/uploads`, { method: 'POST', headers: { 'content-type': 'image/png', ...headers }, body: typeof body === 'string' ? body : new Uint8Array(body) })

  it('stores an image and serves it back at the returned path, with its real type', async () => {
    const res = await upload(PNG)
    expect(res.status).toBe(200)
    const { ok, data } = await res.json()
    expect(ok).toBe(true)
    expect(data.url).toMatch(/^\/files\/uploads\/\d{4}-\d{2}\/[A-Za-z0-9]{16}\.png$/)
    const back = await fetch(base + data.url)
    expect(back.status).toBe(200)
    expect(back.headers.get('content-type')).toBe('image/png')
    expect(back.headers.get('x-content-type-options')).toBe('nosniff')
    expect(Buffer.from(await back.arrayBuffer()).equals(PNG)).toBe(true)
  })

  it('the stored path is accepted as a product photo', async () => {
    const { data } = await (await upload(JPEG)).json()
    expect(data.url.endsWith('.jpg')).toBe(true)
    const store = await (
      await fetch(`${base}/fn/merchant`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-openid': 'uploader' },
        body: JSON.stringify({ action: 'openStore', data: { name: '上传小店', logo: data.url } }),
      })
    ).json()
    expect(store).toMatchObject({ ok: true, data: { logo: data.url } })
  })

  it('refuses anonymous uploads, files that are not images (whatever they claim) and empty bodies', async () => {
    const before = readdirSync(dataDir, { recursive: true }).length
    expect((await upload(PNG, {})).status).toBe(401)
    for (const body of ['<svg onload="alert(1)"/>', '<html><script>alert(1)</script></html>', '']) {
      const res = await upload(body)
      expect(res.status).toBe(400)
      expect((await res.json()).error.code).toBe('VALIDATION_FAILED')
    }
    expect(readdirSync(dataDir, { recursive: true }).length).toBe(before)
  })

  it('refuses files over the cap', async () => {
    const big = Buffer.concat([PNG, Buffer.alloc(MAX_UPLOAD_BYTES)])
    const res = await upload(big)
    expect(res.status).toBe(400)
    expect((await res.json()).error.details.maxBytes).toBe(MAX_UPLOAD_BYTES)
  })

  it('keeps a spreadsheet for the product import but never serves it back', async () => {
    const xlsx = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(64)])
    const sheet = await (await upload(xlsx, { 'x-openid': 'uploader', 'content-type': 'application/octet-stream' })).json()
    expect(sheet.data.url).toMatch(/^\/files\/uploads\/\d{4}-\d{2}\/[A-Za-z0-9]{16}\.xlsx$/)
    const csv = await (await upload('商品名称,价格（元）,库存\n杯子,12.9,3\n', { 'x-openid': 'uploader', 'content-type': 'text/csv' })).json()
    expect(csv.data.url).toMatch(/\.csv$/)
    expect((await fetch(base + sheet.data.url)).status).toBe(404)
    expect((await fetch(base + csv.data.url)).status).toBe(404)
    // Text is a sheet only when it says so: markup sent as an image is still refused.
    expect((await upload('商品名称,价格\n')).status).toBe(400)
  })

  it('serves nothing outside stored uploads', async () => {
    for (const probe of ['/files/uploads/../../etc/passwd', '/files/uploads/2026-01/aaaaaaaaaaaaaaaa.png', '/files/uploads/2026-01/x.svg']) {
      expect((await fetch(base + probe)).status).toBe(404)
    }
  })

  it('sniffImage knows the four formats by their bytes', () => {
    expect(sniffImage(PNG)).toBe('png')
    expect(sniffImage(JPEG)).toBe('jpg')
    expect(sniffImage(Buffer.from('GIF89a....'))).toBe('gif')
    expect(sniffImage(Buffer.from('RIFF\0\0\0\0WEBPVP8 '))).toBe('webp')
    expect(sniffImage(Buffer.from('<svg/>'))).toBeNull()
  })
})
