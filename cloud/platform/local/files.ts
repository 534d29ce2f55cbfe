// Local twin of cloud storage for the console's files. Exports are moved under
// <dir>/exports/<random token>/<name> and served at /files/exports/<token>/<name> until they
// expire (a day); uploads are read only from the uploads folder the HTTP upload route writes.
import { randomBytes } from 'node:crypto'
import { createReadStream, existsSync, mkdirSync, readFileSync, renameSync, copyFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import path from 'node:path'
import { AppError } from '../../../src/domain/errors'
import type { FileAdapter } from '../platform'

const EXPORT = /^\/files\/exports\/([A-Za-z0-9_-]{32})\/([A-Za-z0-9._-]{1,80}\.(csv|xlsx))$/
export const SHEET_UPLOAD = /^\/files\/uploads\/(\d{4}-\d{2})\/([A-Za-z0-9]{16}\.(xlsx|csv))$/

const TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const

export interface LocalFiles extends FileAdapter {
  /** Where the HTTP upload route stores files (DATA_DIR/uploads). */
  uploadsDir: string
  /** Answers GET /files/exports/…; false for anything else. */
  serve(req: IncomingMessage, res: ServerResponse, pathname: string): boolean
}

export function localFiles(options: { dir: string; uploadsDir: string; now?: () => Date }): LocalFiles {
  const now = options.now ?? (() => new Date())
  const exportsDir = path.join(options.dir, 'exports')
  return {
    uploadsDir: options.uploadsDir,
    async publishExport({ localPath, fileName, expiresAt }) {
      const token = randomBytes(24).toString('base64url')
      const folder = path.join(exportsDir, token)
      mkdirSync(folder, { recursive: true })
      const target = path.join(folder, fileName)
      try {
        renameSync(localPath, target)
      } catch {
        // Another file system (tmp on its own mount): copy, then drop the original.
        copyFileSync(localPath, target)
        rmSync(localPath, { force: true })
      }
      writeFileSync(path.join(folder, '.expires'), expiresAt.toISOString())
      return { url: `/files/exports/${token}/${fileName}` }
    },
    async readUpload(fileUrl, maxBytes) {
      const match = SHEET_UPLOAD.exec(fileUrl)
      if (!match) throw new AppError('VALIDATION_FAILED', '请先在本页上传 .xlsx 或 .csv 文件')
      const file = path.join(options.uploadsDir, match[1], match[2])
      if (!existsSync(file)) throw new AppError('VALIDATION_FAILED', '上传的文件不存在，请重新上传')
      if (statSync(file).size > maxBytes) throw new AppError('VALIDATION_FAILED', '文件过大')
      return readFileSync(file)
    },
    serve(req, res, pathname) {
      if (req.method !== 'GET' && req.method !== 'HEAD') return false
      const match = EXPORT.exec(pathname)
      if (!match) return false
      const folder = path.join(exportsDir, match[1])
      const file = path.join(folder, match[2])
      const expiry = path.join(folder, '.expires')
      if (!existsSync(file) || !existsSync(expiry)) return false
      if (new Date(readFileSync(expiry, 'utf8')).getTime() <= now().getTime()) {
        rmSync(folder, { recursive: true, force: true })
        return false
      }
      res.writeHead(200, {
        'content-type': TYPES[match[3] as keyof typeof TYPES],
        'content-length': String(statSync(file).size),
        'content-disposition': `attachment; filename="${match[2]}"`,
        'cache-control': 'private, no-store',
        'x-content-type-options': 'nosniff',
        'access-control-allow-origin': '*',
      })
      if (req.method === 'HEAD') res.end()
      else createReadStream(file).pipe(res)
      return true
    },
  }
}
