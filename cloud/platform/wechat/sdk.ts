// The slice of wx-server-sdk the adapters use. openapi is a Proxy: any path is an API name,
// keys go camelCase → snake_case, and a non-zero errcode is thrown as `errCode`.
export interface WxCloud {
  init(options: { env: unknown }): void
  getWXContext(): { OPENID?: string; SOURCE?: string; ENV?: string; CLIENTIP?: string; CLIENTIPV6?: string }
  DYNAMIC_CURRENT_ENV: unknown
  openapi: any
  cloudPay: any
  uploadFile(options: { cloudPath: string; fileContent: Buffer }): Promise<{ fileID: string }>
  downloadFile(options: { fileID: string }): Promise<{ fileContent: Buffer }>
  /** A cloud file id → a URL anyone can download (for a while, for private files). */
  getTempFileURL(options: { fileList: string[] }): Promise<{
    fileList: Array<{ fileID: string; tempFileURL: string; status: number; errMsg: string }>
  }>
}
