import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

// The layer rule: shared/ runs unchanged in Node, a Web Worker and the renderer,
// so it may import neither Electron, Node built-ins, React nor anything DOM-bound.
const sharedForbidden = [
  { group: ['electron', 'electron/*'], message: 'shared/ må ikke importere Electron.' },
  {
    group: [
      'node:*',
      'fs',
      'fs/*',
      'path',
      'os',
      'child_process',
      'stream',
      'zlib',
      'crypto',
      'url',
      'worker_threads',
      'buffer',
      'util',
      'events',
    ],
    message: 'shared/ må ikke importere Node built-ins.',
  },
  {
    group: ['react', 'react-dom', 'react-dom/*', 'ag-grid-*', 'zustand', 'zustand/*'],
    message: 'shared/ må ikke importere UI-biblioteker.',
  },
  {
    group: [
      '../electron/*',
      '../../electron/*',
      '../renderer/*',
      '../../renderer/*',
      '../../../electron/*',
      '../../../renderer/*',
    ],
    message: 'shared/ må ikke importere fra electron/ eller renderer/.',
  },
];

/**
 * The import order inside shared/: a folder may import the folders listed for it (and itself), nothing else.
 * Keep in step with the table in DEVELOPERS.md.
 */
const SHARED_LAYERS = {
  model: [],
  numbers: ['model'],
  workbook: ['model', 'numbers'],
  calc: ['model'],
  project: ['model'],
  ipc: ['model'],
  budget: ['model', 'numbers', 'workbook'],
  proposals: ['model', 'numbers', 'workbook', 'budget'],
  season: ['model', 'numbers', 'workbook', 'calc', 'proposals'],
  catalogue: ['model', 'numbers', 'workbook', 'calc', 'project', 'season'],
};

const rendererHostOnly = {
  group: ['electron', 'electron/*', 'node:*'],
  message: 'renderer/ taler kun med værten gennem kontrakten.',
};

export default tseslint.config(
  { ignores: ['node_modules', 'out', 'dist', 'release', 'test/.tmp', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // `x as unknown as T` switches the type checker off; narrow with a type guard, `satisfies` or a typed
    // declaration instead. Tests may still build odd shapes on purpose.
    files: ['**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}', 'test/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "TSAsExpression[expression.type='TSAsExpression'][expression.typeAnnotation.type='TSUnknownKeyword']",
          message: "Ingen 'as unknown as': brug en type guard, satisfies eller en typet erklæring.",
        },
      ],
    },
  },
  {
    files: ['**/*.mjs', '**/*.cjs', 'eslint.config.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
  // The layer rule inside shared/ (DEVELOPERS.md's table): each folder may import only these, and itself.
  ...Object.entries(SHARED_LAYERS).map(([folder, allowed]) => ({
    files: [`shared/${folder}/**/*.ts`],
    ignores: ['shared/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...sharedForbidden,
            {
              group: Object.keys(SHARED_LAYERS)
                .filter((other) => other !== folder && !allowed.includes(other))
                .flatMap((other) => [`../${other}/*`, `../../${other}/*`, `../../../${other}/*`]),
              message: `shared/${folder}/ må kun importere fra ${allowed.length > 0 ? allowed.map((a) => `shared/${a}/`).join(', ') : 'sig selv'} (se DEVELOPERS.md).`,
            },
          ],
        },
      ],
    },
  })),
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'no-restricted-imports': ['error', { patterns: [rendererHostOnly] }],
    },
  },
  {
    // The workbook writer (exceljs, ~1 MB) belongs in the worker; the page's own bundle stays small.
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/src/worker/**', 'renderer/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            rendererHostOnly,
            {
              group: ['exceljs', '**/shared/catalogue/index.ts', '**/shared/catalogue/build.ts'],
              message:
                'Projektmappen skrives i workeren; siden bruger shared/catalogue/contents.ts og names.ts.',
            },
          ],
        },
      ],
    },
  },
);
