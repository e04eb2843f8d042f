// The project's own code and content, as the bench uses them.
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** YAML content files imported as their data, as the site's build (@rollup/plugin-yaml) imports them. */
const yamlAsData = {
  name: 'yaml-as-data',
  setup(build) {
    build.onLoad({ filter: /\.yaml$/ }, async ({ path }) => {
      const { load } = await import('js-yaml');
      return {
        contents: `export default ${JSON.stringify(load(readFileSync(path, 'utf8')))};`,
        loader: 'js',
      };
    });
  },
};

/** The project's own TypeScript (share codes, workshop, rubric schema), bundled with esbuild for Node. */
export async function loadLib(root) {
  const { build } = await import('esbuild');
  const hasWorkshop = existsSync(join(root, 'src/lib/workshop/index.ts'));
  const contents = [
    "export { encodeShareCode, decodeShareCode, shareFragment } from './src/lib/share-code/index.ts';",
    "export { rubricSchema } from './src/lib/schema/rubric.ts';",
    "export { outlineOf } from './src/lib/outline.ts';",
    hasWorkshop ? "export { aggregateResponses, writeWorkshop } from './src/lib/workshop/index.ts';" : '',
  ].join('\n');
  // Written inside node_modules so that the packages it imports resolve as they do for the site.
  const out = join(root, 'node_modules/.cache/dcsa-bench/lib.mjs');
  mkdirSync(dirname(out), { recursive: true });
  await build({
    stdin: { contents, resolveDir: root, loader: 'ts' },
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    outfile: out,
    logLevel: 'error',
    plugins: [yamlAsData],
  });
  return import(`${pathToFileURL(out).href}?${Date.now()}`);
}

/** The site's rubrics in English, parsed as the build parses them. */
export async function loadRubrics(root, lib) {
  const { load } = await import('js-yaml');
  const dir = join(root, 'src/content/rubrics/en');
  return readdirSync(dir)
    .filter((file) => file.endsWith('.yaml'))
    .map((file) => ({
      id: file.replace(/\.yaml$/, ''),
      data: lib.rubricSchema.parse(load(readFileSync(join(dir, file), 'utf8'))),
    }));
}
