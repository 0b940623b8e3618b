import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'admin-ui/dist/', 'db/migrations/', 'test-results/', 'bench/.cache/', 'data/', 'docs/'] },
  js.configs.recommended,
  // Type-aware rules catch what the plain preset cannot: floating promises in Express handlers,
  // values typed `any` leaking out of JSON.parse or req.body, async functions passed where a
  // callback's result is ignored. The project service reuses tsconfig.json, so lint and tsc agree.
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node, ...globals.browser },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      'no-console': 'off',
      // LIKE goes through db/like.ts, which escapes the searched text and names its ESCAPE character.
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'drizzle-orm', importNames: ['like', 'ilike', 'notLike', 'notIlike'], message: 'Use containsText() from db/like.ts.' }] },
      ],
    },
  },
  // Plain JS config files are outside the TypeScript program: lint them without type information.
  { files: ['**/*.{js,mjs,cjs}'], ...tseslint.configs.disableTypeChecked },
  {
    files: ['admin-ui/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat['recommended-latest'],
  },
  // Every date-time on screen is in the staff member's chosen zone, with the zone's name (issue 8):
  // the browser's own zone and format would differ from one desk to the next.
  {
    files: ['admin-ui/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='toLocaleString'][callee.object.type='NewExpression'][callee.object.callee.name='Date']",
          message: 'Format instants with useFormatInstant() (common/timeZone.ts) and calendar days with CalendarDayField / formatDay.',
        },
        {
          selector: 'CallExpression[callee.property.name=/^toLocale(Date|Time)String$/]',
          message: 'Format instants with useFormatInstant() (common/timeZone.ts) and calendar days with CalendarDayField / formatDay.',
        },
      ],
    },
  },
);
