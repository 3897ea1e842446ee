/**
 * Build and serve a copy of the site from another content folder, as `npm run
 * build` and `npm run preview` would: used by the build tests and the benchmark.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ROOT = new URL('../../../', import.meta.url).pathname;
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

export interface BuildResult {
  status: number | null;
  output: string;
  outDir: string;
  env: NodeJS.ProcessEnv;
  /** Wall time of the build in milliseconds. */
  wallMs: number;
  /** Highest resident memory of the build and its child processes (Pagefind), in bytes. */
  peakRssBytes: number;
}

/** Builds the site from `content` into its own folder, with its own cache. */
export async function buildSite({ content, base }: { content: string; base?: string }): Promise<BuildResult> {
  const outDir = mkdtempSync(join(tmpdir(), 'kb-dist-'));
  const env = {
    ...process.env,
    KB_CONTENT_DIR: content,
    KB_OUT_DIR: outDir,
    KB_CACHE_DIR: mkdtempSync(join(tmpdir(), 'kb-cache-')),
    ...(base ? { KB_BASE: base } : {}),
    NO_COLOR: '1',
  };
  const started = performance.now();
  const child = spawn(ASTRO, ['build'], { cwd: ROOT, env });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  let peakRssBytes = 0;
  const sampler = setInterval(() => (peakRssBytes = Math.max(peakRssBytes, treeRss(child))), 100);
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearInterval(sampler);
  return { status, output, outDir, env, wallMs: performance.now() - started, peakRssBytes };
}

/** Resident memory of a process and all its descendants, read from /proc (Linux); 0 elsewhere. */
function treeRss(root: ChildProcess): number {
  if (!root.pid || process.platform !== 'linux') return 0;
  const parents = new Map<number, number>();
  for (const entry of readdirSafe('/proc')) {
    const pid = Number(entry);
    if (!Number.isInteger(pid)) continue;
    const stat = readSafe(`/proc/${pid}/stat`);
    const ppid = Number(stat?.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    if (ppid) parents.set(pid, ppid);
  }
  let total = 0;
  for (const pid of [root.pid, ...[...parents.keys()].filter((pid) => isDescendant(pid, root.pid!, parents))]) {
    const pages = Number(readSafe(`/proc/${pid}/statm`)?.split(' ')[1] ?? 0);
    total += pages * 4096;
  }
  return total;
}

function isDescendant(pid: number, ancestor: number, parents: Map<number, number>): boolean {
  for (let current = parents.get(pid); current; current = parents.get(current)) if (current === ancestor) return true;
  return false;
}

function readSafe(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

function readdirSafe(path: string): string[] {
  try {
    return readdirSync(path);
  } catch {
    return [];
  }
}

/** Serves a build with `astro preview` (base path included) until `stop()`. */
export async function serve(build: BuildResult, port: number): Promise<{ origin: string; stop: () => void }> {
  const server = spawn(ASTRO, ['preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: ROOT,
    env: build.env,
  });
  const origin = `http://127.0.0.1:${port}`;
  const base = build.env.KB_BASE ?? '/';
  for (let attempt = 0; attempt < 150; attempt++) {
    try {
      const response = await fetch(`${origin}${base}`);
      if (response.ok) return { origin, stop: () => server.kill() };
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  server.kill();
  throw new Error(`preview did not start on port ${port}`);
}
