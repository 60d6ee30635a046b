// @ts-check
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import importX from 'eslint-plugin-import-x';

/**
 * The folders of src/lib/ from the bottom up: a module may import its own folder and the folders before it,
 * never one after it. common/ imports nothing of lib/; import/ may use everything. Adding a folder means
 * choosing its place here.
 */
const LIB_LAYERS = [
  'common',
  'content',
  'issues',
  'articles',
  'tables',
  'units',
  'rankings',
  'search',
  'site',
  'authoring',
  'validation',
  'import',
];

/** One zone per folder: nothing from src/lib/ except the folders at or below it. */
const layerZones = LIB_LAYERS.map((folder, index) => ({
  target: `./src/lib/${folder}`,
  from: './src/lib',
  except: LIB_LAYERS.slice(0, index + 1).map((allowed) => `./${allowed}`),
  message: `src/lib/${folder} may import only ${LIB_LAYERS.slice(0, index + 1).join(', ')} (see LIB_LAYERS in eslint.config.js).`,
}));

/** Pure logic knows nothing of pages, Astro's loaders, the build's integrations, browser code or scripts. */
const pureLibZone = {
  target: './src/lib',
  from: [
    './src/pages',
    './src/components',
    './src/layouts',
    './src/data',
    './src/integrations',
    './src/client',
    './scripts',
  ],
  message:
    'src/lib holds pure logic: it must not import pages, components, loaders, integrations, browser code or scripts.',
};

/** Browser code and the site never reach into the entry points' helpers. */
const scriptsZone = {
  target: './src',
  from: './scripts',
  message: 'src/ must not import from scripts/: move shared logic into src/lib.',
};

export default tseslint.config(
  { ignores: ['dist/', '.build/', '.astro/', 'node_modules/', 'content/', 'tests/fixtures/'] },
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    files: ['**/*.ts', '**/*.mjs', '**/*.js', '**/*.astro'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.mjs', '.js', '.astro'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.mjs', '.js'], 'astro-eslint-parser': ['.astro'] },
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': ['error', { zones: [...layerZones, pureLibZone, scriptsZone] }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Prettier keeps code to 120 columns; this also holds comments. Strings stay whole (a message is found by
      // searching for it), and so do URLs and regular expressions.
      'max-len': [
        'error',
        {
          code: 120,
          ignoreStrings: true,
          ignoreTemplateLiterals: true,
          ignoreRegExpLiterals: true,
          ignoreUrls: true,
          // Chinese prose in a page: a line break inside it would show as a space between characters.
          ignorePattern: '^\\s*[\\u3000-\\u303f\\u4e00-\\u9fff\\uff00-\\uffef]',
        },
      ],
    },
  },
);
