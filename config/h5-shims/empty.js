// Stands in for a polyfill the H5 build's browsers (package.json browserslist: ES modules, so
// fetch and AbortController are built in) never need; see config/index.ts.
export {}
