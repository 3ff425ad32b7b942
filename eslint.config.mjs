import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'storybook-static/', 'custom-elements.json', 'test/frameworks/*/dist/', 'test/frameworks/*/.angular/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/best-practice'],
  {
    languageOptions: { globals: globals.browser },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true, argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'lit/no-invalid-html': 'error',
      'lit/attribute-value-entities': 'error',
      'lit/no-template-bind': 'error',
      'lit/no-useless-template-literals': 'error',
    },
  },
  {
    // Chai's property assertions (`expect(x).to.exist`) are expressions by design.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    files: ['*.mjs', 'scripts/**/*.mjs', 'bench/**/*.mjs', 'test/frameworks/*.mjs', '.storybook/**/*.ts'],
    languageOptions: { globals: globals.node },
  },
);
