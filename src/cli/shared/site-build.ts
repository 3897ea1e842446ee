/**
 * Build and serve a copy of the site from another content folder, exactly as
 * `npm run build` would (the atomic build, its check included): used by the
 * end-to-end tests and the benchmark. Every build gets its own output and cache
 * folders in one temporary directory, removed by `cleanup()`; servers listen on a
 * free port.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sirv from 'sirv';

export const ROOT = new URL('../../../', import.meta.url).pathname;
const BUILD = join(ROOT, 'src/cli/build.ts');
const NODE = join(ROOT, 'node_modules/.bin/node');

/** A temporary folder that `remove()` deletes; every helper here puts its files in one. */
export function scratch(prefix = 'kb-'): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A throwaway copy of `content/` to break, rename or extend without touching the real one. */
export function copyContent(into: string): string {
  const dir = join(into, 'content');
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
  /** Highest resident memory of the build and its child processes (Astro, Pagefind), in bytes. */
  peakRssBytes: number;
}

export interface BuildOptions {
  content: string;
  /** Folder for `out/` and `cache/`; a scratch folder of the caller, so it is cleaned up with it. */
  workDir: string;
  base?: string;
  env?: NodeJS.ProcessEnv;
  /** Called with the build process once it runs, e.g. to interrupt it. */
  onStart?: (child: ChildProcess) => void;
}

/** Builds the site from `content` with `npm run build`'s own script, into `workDir/out`. */
export async function buildSite({ content, workDir, base, env: extra, onStart }: BuildOptions): Promise<BuildResult> {
  const outDir = join(workDir, 'out');
  const env = {
    ...process.env,
    KB_CONTENT_DIR: content,
    KB_OUT_DIR: outDir,
    KB_CACHE_DIR: join(workDir, 'cache'),
    ...(base ? { KB_BASE: base } : {}),
    NO_COLOR: '1',
    ...extra,
  };
  const started = performance.now();
  const child = spawn(NODE, [BUILD], { cwd: ROOT, env });
  onStart?.(child);
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  let peakRssBytes = 0;
  const sampler = setInterval(() => (peakRssBytes = Math.max(peakRssBytes, treeRss(child))), 100);
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearInterval(sampler);
  return { status, output, outDir, env, wallMs: performance.now() - started, peakRssBytes };
}

export interface StaticServer {
  origin: string;
  /** `origin` plus the site's base path, e.g. `http://127.0.0.1:41234/help/`. */
  url: string;
  close: () => Promise<void>;
}

/**
 * Serves a built site like a static host: folders answer with their `index.html`,
 * unknown paths with the nearest `404.html` up the tree (`zh/404.html` under `/zh/`)
 * and status 404, the site under its base path. Listens on a free port of 127.0.0.1.
 */
export async function serveStatic(dir: string, base = '/'): Promise<StaticServer> {
  const files = sirv(dir, { dev: true, etag: false, extensions: ['html'] });
  const nearestNotFound = (path: string) => {
    const folders = path.split('?')[0]!.split('/').filter(Boolean);
    for (let depth = folders.length; depth >= 0; depth--) {
      const page = readFileSafe(join(dir, ...folders.slice(0, depth).map(decodeSafe), '404.html'));
      if (page) return page;
    }
    return undefined;
  };
  const server: Server = createServer((request, response) => {
    const url = request.url ?? '/';
    if (!url.startsWith(base)) {
      response.writeHead(404).end();
      return;
    }
    request.url = `/${url.slice(base.length)}`;
    files(request, response, () => {
      response
        .writeHead(404, { 'content-type': 'text/html; charset=utf-8' })
        .end(nearestNotFound(request.url ?? '/') ?? 'Not found');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: `${origin}${base}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A path segment as a file name; `..` and malformed escapes never leave the site folder. */
function decodeSafe(segment: string): string {
  try {
    const name = decodeURIComponent(segment);
    return name === '..' || name.includes('/') ? '_' : name;
  } catch {
    return '_';
  }
}

function readFileSafe(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** Resident memory of a process and all its descendants, read from /proc (Linux); 0 elsewhere. */
function treeRss(root: ChildProcess): number {
  if (!root.pid || process.platform !== 'linux') return 0;
  const parents = new Map<number, number>();
  for (const entry of readdirSafe('/proc')) {
    const pid = Number(entry);
    if (!Number.isInteger(pid)) continue;
    const stat = readFileSafe(`/proc/${pid}/stat`);
    const ppid = Number(stat?.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    if (ppid) parents.set(pid, ppid);
  }
  let total = 0;
  for (const pid of [root.pid, ...[...parents.keys()].filter((pid) => isDescendant(pid, root.pid!, parents))]) {
    const pages = Number(readFileSafe(`/proc/${pid}/statm`)?.split(' ')[1] ?? 0);
    total += pages * 4096;
  }
  return total;
}

function isDescendant(pid: number, ancestor: number, parents: Map<number, number>): boolean {
  for (let current = parents.get(pid); current; current = parents.get(current)) if (current === ancestor) return true;
  return false;
}

function readdirSafe(path: string): string[] {
  try {
    return readdirSync(path);
  } catch {
    return [];
  }
}
