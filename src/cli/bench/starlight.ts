/**
 * The same articles built with Starlight, for `npm run bench -- --compare-starlight`.
 * Starlight and the Astro version we use are installed once into a temporary folder
 * (never into this project); each corpus is written there as Starlight docs with the
 * same Markdown bodies, titles and descriptions, and built with `astro build`, which
 * includes Starlight's own Pagefind pass.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import type { CorpusFile } from './corpus.ts';
import { ROOT } from '../shared/site-build.ts';

export const STARLIGHT_VERSION = '0.42.6';
const NODE_BIN = join(ROOT, 'node_modules/node/bin');

const astroVersion = () =>
  (JSON.parse(readFileSync(join(ROOT, 'node_modules/astro/package.json'), 'utf8')) as { version: string }).version;

/** Installs Starlight with our Astro version into `dir`; returns what was installed. */
export function installStarlight(dir: string): { astro: string; starlight: string } {
  const versions = { astro: astroVersion(), starlight: STARLIGHT_VERSION };
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({
      name: 'starlight-bench',
      private: true,
      type: 'module',
      dependencies: { astro: versions.astro, '@astrojs/starlight': versions.starlight },
    }),
  );
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
export default defineConfig({ site: 'https://bench.example.com', integrations: [starlight({ title: 'Bench KB' })] });
`,
  );
  mkdirSync(join(dir, 'src'), { recursive: true });
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
  );
  const install = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: dir,
    env: { ...process.env, PATH: `${NODE_BIN}:${process.env.PATH}` },
    encoding: 'utf8',
  });
  if (install.status !== 0) throw new Error(`installing Starlight failed:\n${install.stderr.slice(-3000)}`);
  return versions;
}

/** Writes our corpus's articles as Starlight docs (same body, title and description), replacing the last corpus. */
export function writeStarlightCorpus(dir: string, files: readonly CorpusFile[]): number {
  const docs = join(dir, 'src/content/docs');
  rmSync(docs, { recursive: true, force: true });
  mkdirSync(docs, { recursive: true });
  writeFileSync(join(docs, 'index.mdx'), '---\ntitle: Bench KB\n---\n\nThe same articles as our build.\n');
  let count = 0;
  for (const file of files) {
    const match = /^guides\/(.+)\.mdx$/.exec(file.path);
    const parts = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(file.text);
    if (!match || !parts) continue;
    const data = parse(parts[1]!) as { title: string; summary: string };
    const frontmatter = `---\ntitle: ${JSON.stringify(data.title)}\ndescription: ${JSON.stringify(data.summary)}\n---\n`;
    const target = join(docs, `${match[1]}.mdx`);
    mkdirSync(dirname(target), { recursive: true });
    // Pinned anchors (`## Fix {#fix}`) are our Markdown's heading attributes; Starlight's MDX
    // reads `{…}` as an expression, and makes the same ids from the heading text itself.
    writeFileSync(target, frontmatter + parts[2]!.replace(/ \{#[\w-]+\}$/gm, ''));
    count++;
  }
  return count;
}

/** `astro build` in `dir`, timed; the build's output goes to `dir/dist`. */
export async function buildStarlight(dir: string): Promise<{ status: number | null; wallMs: number; output: string }> {
  rmSync(join(dir, 'dist'), { recursive: true, force: true });
  rmSync(join(dir, 'node_modules/.astro'), { recursive: true, force: true });
  rmSync(join(dir, '.astro'), { recursive: true, force: true });
  const started = performance.now();
  const child = spawn(join(NODE_BIN, 'node'), [join(dir, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: dir,
    env: { ...process.env, NO_COLOR: '1', PATH: `${NODE_BIN}:${process.env.PATH}` },
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return { status, wallMs: performance.now() - started, output };
}
