import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = new URL('..', import.meta.url).pathname;
const ASTRO = join(ROOT, 'node_modules/.bin/astro');

/** A throwaway copy of `content/` to break, rename or extend without touching the real one. */
export function copyContent(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kb-content-'));
  cpSync(join(ROOT, 'content'), dir, { recursive: true });
  return dir;
}

export function editFile(file: string, edit: (text: string) => string): void {
  writeFileSync(file, edit(readFileSync(file, 'utf8')));
}

export interface BuildOptions {
  content: string;
  base?: string;
}

export interface BuildResult {
  status: number | null;
  output: string;
  outDir: string;
  env: NodeJS.ProcessEnv;
}

/** Builds the site from `content` into its own folder, with its own cache, as `npm run build` would. */
export function buildSite({ content, base }: BuildOptions): BuildResult {
  const outDir = mkdtempSync(join(tmpdir(), 'kb-dist-'));
  const env = {
    ...process.env,
    KB_CONTENT_DIR: content,
    KB_OUT_DIR: outDir,
    KB_CACHE_DIR: mkdtempSync(join(tmpdir(), 'kb-cache-')),
    ...(base ? { KB_BASE: base } : {}),
    NO_COLOR: '1',
  };
  const result = spawnSync(ASTRO, ['build'], { cwd: ROOT, env, encoding: 'utf8', timeout: 300_000 });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, outDir, env };
}

/** Serves a build with `astro preview` (base path included) until `stop()`. */
export async function serve(build: BuildResult, port: number): Promise<{ stop: () => void }> {
  const server = spawn(ASTRO, ['preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: ROOT,
    env: build.env,
  });
  const base = build.env.KB_BASE ?? '/';
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}${base}`);
      if (response.ok) return { stop: () => server.kill() };
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  server.kill();
  throw new Error(`preview did not start on port ${port}`);
}
