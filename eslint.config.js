// Lint rules, including the house bans: no HTML-string DOM APIs anywhere, and
// no database access from content scripts (the database lives in the extension origin).
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const htmlSinks = ['innerHTML', 'outerHTML', 'insertAdjacentHTML', 'dangerouslySetInnerHTML'];
const htmlSinkMessage = 'Render page and data text as text: HTML-string DOM APIs are banned.';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'demo-output/**', 'test-results/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-properties': [
        'error',
        ...htmlSinks.map((property) => ({ property, message: htmlSinkMessage })),
        { object: 'document', property: 'write', message: htmlSinkMessage },
        { object: 'document', property: 'writeln', message: htmlSinkMessage },
      ],
      'no-restricted-syntax': [
        'error',
        ...htmlSinks.map((name) => ({
          selector: `:matches(Identifier, JSXIdentifier, Literal)[name='${name}'], Literal[value='${name}']`,
          message: htmlSinkMessage,
        })),
      ],
    },
  },
  {
    files: ['entrypoints/*.content/**', 'entrypoints/*.content.ts', 'lib/content/**', 'lib/page/**', 'components/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/lib/db', '**/lib/db/**', '@/lib/db', '@/lib/db/**', '~/lib/db/**', 'dexie'],
              message: 'Content scripts and views never open the database: ask the background.',
            },
          ],
        },
      ],
    },
  },
  {
    // The protocol is the contract both sides build on; importing the background from it closes an import circle.
    files: ['lib/messaging/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/background', '**/background/**', '@/lib/background/**', '~/lib/background/**'],
              message:
                'The message protocol never imports the background: move shared types to a types module (lib/scan/types.ts, lib/flags/types.ts).',
            },
          ],
        },
      ],
    },
  },
  // The ban list itself has to name what it bans.
  { files: ['eslint.config.js'], rules: { 'no-restricted-syntax': 'off' } },
);
