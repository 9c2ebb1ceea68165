import path from 'node:path';

// The layers of docs/architecture.md, in one table: what each folder of src/ may import.
// A feature is its own layer (`features/labeling`), so features cannot import each other.
const LAYERS = {
  domain: ['domain'],
  db: ['domain', 'db'],
  workers: ['domain', 'db', 'lib', 'sync', 'workers'],
  queries: ['domain', 'db', 'lib', 'workers', 'sync', 'queries'],
  lib: ['domain', 'lib'],
  sync: ['domain', 'lib', 'sync'],
  ui: ['domain', 'lib', 'ui'],
  feature: ['domain', 'queries', 'ui', 'lib'],
  app: ['domain', 'queries', 'ui', 'lib', 'features/*', 'app'],
  cli: ['domain', 'cli'],
  root: ['domain', 'queries', 'ui', 'lib', 'app', 'root'],
};

// Packages that decide a layer's nature. Domain lists what it may use; the others what they may not.
const DOMAIN_PACKAGES = ['zod', 'papaparse', '@e965/xlsx'];
const REACT = /^(react|react-dom|zustand|wouter|@tanstack\/react-[a-z]+)(\/|$)/;
const FORBIDDEN_PACKAGES = {
  db: [REACT],
  workers: [REACT],
  sync: [REACT],
};
const DEXIE = /^dexie(\/|$)/;

const isTest = (file) => /\.test\.tsx?$/.test(file);

/** `domain`, `features/labeling`, `root` (src/main.tsx), `tests`, or null outside the project. */
function layerOf(file, cwd) {
  const rel = path.relative(cwd, file).split(path.sep);
  if (rel[0] === 'tests') return 'tests';
  if (rel[0] !== 'src') return null;
  if (rel.length === 2) return 'root';
  return rel[1] === 'features' ? `features/${rel[2]}` : rel[1];
}

function allowedTargets(layer, file) {
  const own = layer.startsWith('features/') ? [...LAYERS.feature, layer] : (LAYERS[layer] ?? []);
  if (!isTest(file)) return own;
  // Tests share helpers in tests/support; a screen's test arranges its data through the repositories.
  return layer.startsWith('features/') ? [...own, 'tests', 'db'] : [...own, 'tests'];
}

const matches = (allowed, target) =>
  allowed.includes(target) || (target.startsWith('features/') && allowed.includes('features/*'));

function packageProblem(layer, file, source) {
  if (DEXIE.test(source) && layer !== 'db') return 'Only src/db imports Dexie.';
  if (isTest(file)) return null;
  if (layer === 'domain') {
    const name = source.startsWith('@') ? source.split('/').slice(0, 2).join('/') : source.split('/')[0];
    return DOMAIN_PACKAGES.includes(name)
      ? null
      : `Domain code is pure TypeScript: it may import only ${DOMAIN_PACKAGES.join(', ')}.`;
  }
  const forbidden = FORBIDDEN_PACKAGES[layer] ?? [];
  return forbidden.some((re) => re.test(source)) ? `${layer}/ does not import ${source}.` : null;
}

const layerImports = {
  meta: {
    type: 'problem',
    docs: { description: 'Imports follow the layers of docs/architecture.md' },
    schema: [],
  },
  create(context) {
    const file = context.filename;
    const cwd = context.cwd;
    const layer = layerOf(file, cwd);
    if (layer === null || layer === 'tests') return {};
    function check(node, source) {
      if (typeof source !== 'string') return;
      if (!source.startsWith('.')) {
        const problem = packageProblem(layer, file, source);
        if (problem) context.report({ node, message: problem });
        return;
      }
      const target = layerOf(path.resolve(path.dirname(file), source.replace(/\?.*$/, '')), cwd);
      if (target === null || target === layer) return;
      if (!matches(allowedTargets(layer, file), target)) {
        context.report({ node, message: `${layer}/ may not import ${target}/ (docs/architecture.md).` });
      }
    }
    return {
      ImportDeclaration: (node) => check(node.source, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node.source, node.source.value),
      ExportAllDeclaration: (node) => check(node.source, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node.source, node.source.value),
    };
  },
};

export const layersPlugin = { rules: { 'layer-imports': layerImports } };
