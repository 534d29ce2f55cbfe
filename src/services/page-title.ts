// Taro picks page-title.weapp.ts or page-title.h5.ts when building; this file is what tsc and
// jest see, and it behaves like H5. Every title set from data (store names, product and
// room titles, hashtags) goes through setPageTitle: src/services/markup-sinks.test.ts fails
// when anything else calls setNavigationBarTitle.
export { setPageTitle } from './page-title.h5'
