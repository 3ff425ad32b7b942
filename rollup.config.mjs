/**
 * Drop-in bundles for a script tag, built from the ES modules that `tsc` writes to dist/:
 * dist/cdn/back-pain-widgets.js with every widget, and one file per widget. Each is whole on its
 * own (Lit included); English texts are a separate chunk in dist/cdn/locales/, fetched only when
 * a widget shows English.
 */
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyTemplates from '@lit-labs/rollup-plugin-minify-html-literals';

/** Tag name of each widget and the module that registers it. */
export const widgets = {
  'back-pain-redflags': 'dist/redflags/define.js',
  'back-pain-treatments': 'dist/treatments/define.js',
  'back-pain-faq': 'dist/faq/define.js',
  'recovery-timeline': 'dist/recovery-timeline/define.js',
  'lifting-tips': 'dist/lifting-tips/define.js',
  'back-pain-risk-factors': 'dist/risk-factors/define.js',
  'back-pain-myths': 'dist/myths/define.js',
  'walking-program': 'dist/walking-program/define.js',
  'back-pain-selfcare': 'dist/selfcare/define.js',
  'back-pain-check': 'dist/check/define.js',
};

const bundle = (input, name) => ({
  input,
  plugins: [
    // Whitespace and comments inside html`` and css`` templates are bytes too. The closing
    // slashes must stay: an svg`` fragment without them nests each shape in the one before.
    minifyTemplates({ failOnError: true, options: { minifyOptions: { keepClosingSlash: true } } }),
    nodeResolve({ exportConditions: ['production'] }),
    terser({ module: true, ecma: 2022, compress: { passes: 2 }, format: { comments: false } }),
  ],
  output: {
    dir: 'dist/cdn',
    format: 'es',
    entryFileNames: `${name}.js`,
    chunkFileNames: `locales/[name]-[hash].js`,
  },
  onwarn(warning, warn) {
    if (warning.code === 'THIS_IS_UNDEFINED') return;
    warn(warning);
  },
});

export default [
  bundle('dist/index.js', 'back-pain-widgets'),
  ...Object.entries(widgets).map(([tag, input]) => bundle(input, tag)),
];
