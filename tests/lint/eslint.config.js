// The one ESLint configuration (flat config): typescript-eslint's recommended
// type-aware rules over src/ and tests/. Run by `npm run lint` (part of `npm test`).
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'artifacts/**', 'node_modules/**', '**/*.js', '!tests/lint/*.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node, ...globals.webextensions } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "AssignmentExpression[left.property.name='innerHTML']",
          message: 'Build DOM with shared/dom.ts; never assign HTML.',
        },
        {
          selector: "AssignmentExpression[left.property.name='outerHTML']",
          message: 'Build DOM with shared/dom.ts; never assign HTML.',
        },
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'webextension-polyfill',
              message: 'Import the browser from src/shared/browser-api.ts, the one seam.',
            },
          ],
        },
      ],
      eqeqeq: ['error', 'always'],
    },
  },
  { files: ['src/shared/browser-api.ts'], rules: { 'no-restricted-imports': 'off' } },
  // Code that runs in every page: the first localeCompare there builds a collator (20–25 ms, one task).
  {
    files: ['src/content/**', 'src/page-text/**', 'src/matcher/**', 'src/tooltip/**', 'src/background/**'],
    rules: {
      'no-restricted-properties': [
        'error',
        { property: 'localeCompare', message: 'Order ties with shared/order.ts (codeUnitOrder).' },
      ],
    },
  },
  // Ambient module declarations cannot import at top level (that would make them modules).
  { files: ['**/*.d.ts'], rules: { '@typescript-eslint/consistent-type-imports': 'off' } },
);
