// ESLint for the whole repo (src, cloud, tests, scripts, bench and the root config files), run
// by `npm run lint` and as a step of `npm test`. Syntax rules only: type-aware linting would
// repeat the work `tsc --noEmit` does, several times slower. Every rule switched off or tuned
// below says why; anything else a recommended set finds is fixed in the code.
import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  {
    // Build outputs (dist-cloud holds the bundled cloud functions), local databases and test
    // artefacts. Drizzle's generated migration meta is JSON, which ESLint does not read.
    ignores: ['dist*/**', '.data/**', '.swc/**', 'coverage/**', '.test-results/**'],
  },
  {
    // A disable comment that no longer suppresses anything fails the run instead of staying.
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    // The two classic hook rules. The plugin's v7 preset adds the React Compiler's rules, which
    // assume the compiler (this app does not run it), run it on every component (lint time
    // 22 s → 39 s of CPU) and here found only deliberate patterns: a ref written during render
    // to hold the latest callback (React 18 has no useEffectEvent; see use-load-on.ts), an
    // effect that resets what it shows before loading for a new id, and a Date.now() in a
    // useState argument (read on the first render only).
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      // An error, not the preset's warning: a stale value in an effect is a bug, and `npm test`
      // fails only on errors. usePagedList(fetcher, deps) takes its deps the way useCallback
      // does, so its call sites are checked the same way.
      'react-hooks/exhaustive-deps': ['error', { additionalHooks: '^usePagedList$' }],
    },
  },
  {
    rules: {
      // Kept, with tsc's convention: `_`-prefixed names are unused on purpose (a parameter an
      // interface requires, a property left out of a rest copy).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      // Text sanitisers and fixtures match control characters on purpose (NUL stripped before
      // jsonb, C0/C1 controls refused in user text); that is all this rule would find here.
      'no-control-regex': 'off',
      // Chinese UI text uses the ideographic space (U+3000) for alignment.
      'no-irregular-whitespace': ['error', { skipJSXText: true }],
      // A `let` that a signal or exit handler reads before it is assigned (scripts/with-postgres.ts)
      // cannot be a const: the handler would hit the temporal dead zone.
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
      // wx-server-sdk exists only inside WeChat's cloud: it is required lazily, where a bundle
      // first needs it, so tests and the local server never load it.
      '@typescript-eslint/no-require-imports': ['error', { allow: ['^wx-server-sdk$'] }],
    },
  },
  {
    // The untyped edges: wx-server-sdk's openapi/cloudPay proxies, the weapp 2D canvas node
    // (Taro types its context as a union the drawing calls do not fit), and the table of
    // operations, whose inputs differ (a parameter position: only `any` admits them all).
    files: [
      'cloud/platform/wechat/sdk.ts',
      'cloud/operation.ts',
      'src/services/canvas-2d.weapp.ts',
    ],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // Tests, fuzzers and benches drive the system from outside its types: they send wrongly
    // typed payloads on purpose and read untyped wire answers and WeChat globals. They load
    // fresh module instances (jest.isolateModules) and the bundled weapp outputs with require().
    files: ['**/*.test.{ts,tsx}', 'tests/**', 'bench/**'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
  {
    // babel.config.js and jest.config.js are CommonJS run by Node.
    files: ['**/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: globals.node },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
)
