// babel-preset-taro builds the app; under NODE_ENV=test it emits CommonJS, so jest reuses it.
module.exports = {
  presets: [['taro', { framework: 'react', ts: true, compiler: 'webpack5' }]],
}
