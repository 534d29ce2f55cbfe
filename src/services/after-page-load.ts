// Work that can wait until the page has shown (e.g. reporting the visit) waits here. In the
// Mini Program (and for tsc and jest) there is nothing to wait for; Taro picks
// after-page-load.h5.ts for the H5 build.
export function afterPageLoad(): Promise<void> {
  return Promise.resolve()
}
