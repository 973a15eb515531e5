// Lint rules, including the architecture: data/ and layout/ stay DOM-free
// (STYLE §1), and no code may turn data into markup (innerHTML, unsafeHTML).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import {configs as litConfigs} from 'eslint-plugin-lit';
import {configs as wcConfigs} from 'eslint-plugin-wc';
import globals from 'globals';

const domModules = [
  'lit',
  'lit/*',
  '@lit/*',
  '@lit-labs/*',
  'd3-selection',
  'd3-axis',
  'd3-zoom',
  'd3-transition',
];

export default tseslint.config(
  {ignores: ['dist/', 'node_modules/', 'storybook-static/', 'bench/results/', 'coverage/']},
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts'],
    extends: [litConfigs['flat/recommended'], wcConfigs['flat/recommended']],
    languageOptions: {globals: globals.browser},
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {name: 'lit/directives/unsafe-html.js', message: 'data is text'},
            {name: 'lit/directives/unsafe-svg.js', message: 'data is text'},
          ],
        },
      ],
      'no-restricted-properties': [
        'error',
        {property: 'innerHTML', message: 'untrusted text is text: use Lit templates'},
        {property: 'outerHTML', message: 'untrusted text is text: use Lit templates'},
        {property: 'insertAdjacentHTML', message: 'untrusted text is text: use Lit templates'},
      ],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    files: ['src/data/**/*.ts', 'src/layout/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {patterns: [{group: domModules, message: 'data/ and layout/ are DOM-free (STYLE §1)'}]},
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'matchMedia'],
    },
  },
  {
    files: ['demo/**/*.js'],
    languageOptions: {globals: globals.browser},
  },
  {
    files: ['test/**/*.ts', 'test/**/*.js', 'stories/**/*.ts'],
    languageOptions: {globals: {...globals.browser, ...globals.mocha}},
    rules: {
      '@typescript-eslint/no-unused-expressions': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: [
      '*.js',
      '*.ts',
      'scripts/**/*.mjs',
      'scripts/**/*.js',
      'bench/**/*.mjs',
      'bench/**/*.js',
      '.ci/**/*.js',
      'test/support/*.js',
    ],
    languageOptions: {globals: {...globals.node, ...globals.browser}},
  }
);
