/**
 * `npm run build`: builds the site into a staging folder next to `dist/` and moves it
 * into place only when every step succeeded (content check, render, both search
 * indexes, redirects, manifest). A failed, interrupted or concurrent build leaves the
 * previous `dist/` exactly as it was.
 *
 * `KB_OUT_DIR` names the final folder (default `dist`); the other `KB_*` variables
 * pass through to Astro.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { acquireLock, BuildLockedError, isAlive } from './shared/build-lock.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const finalDir = resolve(ROOT, process.env.KB_OUT_DIR ?? 'dist');
const staging = `${finalDir}.staging-${process.pid}`;
const previous = `${finalDir}.previous-${process.pid}`;

/** What a complete build has; missing any of them means a step silently did nothing. */
const REQUIRED = [
  'index.html',
  '404.html',
  'pagefind/pagefind-entry.json',
  'pagefind-zh/pagefind-entry.json',
  '_redirects',
  'sitemap-index.xml',
];

function removeAbandonedStaging(): void {
  const prefix = `${basename(finalDir)}.staging-`;
  for (const name of readdirSync(dirname(finalDir))) {
    const pid = Number(name.slice(prefix.length));
    if (name.startsWith(prefix) && Number.isInteger(pid) && !isAlive(pid)) {
      rmSync(join(dirname(finalDir), name), { recursive: true, force: true });
    }
  }
}

function runAstro(): Promise<number> {
  const astro = join(ROOT, 'node_modules/.bin/astro');
  const child = spawn(astro, ['build'], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, KB_OUT_DIR: staging } });
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  process.on('SIGINT', forward).on('SIGTERM', forward);
  return new Promise((done) => {
    child.on('close', (code, signal) => {
      process.off('SIGINT', forward).off('SIGTERM', forward);
      done(code ?? (signal ? 128 + 2 : 1));
    });
  });
}

let release: (() => void) | undefined;
try {
  // One lock per checkout, not per output folder: Astro keeps its prerender bundle and
  // generated types in the project's own `.astro/`, which two builds would share.
  release = acquireLock(join(ROOT, '.kb-build.lock'));
} catch (error) {
  if (!(error instanceof BuildLockedError)) throw error;
  console.error(`\n${error.message}\n`);
  process.exit(1);
}

let status = 1;
try {
  removeAbandonedStaging();
  status = await runAstro();
  const missing = status === 0 ? REQUIRED.filter((file) => !existsSync(join(staging, file))) : [];
  if (status === 0 && missing.length > 0) {
    console.error(`\nThe build finished without ${missing.join(', ')}; dist/ was not replaced.\n`);
    status = 1;
  }
  if (status === 0) {
    if (existsSync(finalDir)) renameSync(finalDir, previous);
    renameSync(staging, finalDir);
    rmSync(previous, { recursive: true, force: true });
  } else {
    console.error(
      `\nBuild failed (exit ${status}); ${existsSync(finalDir) ? 'the previous dist/ is unchanged' : 'nothing was published'}.\n`,
    );
  }
} finally {
  rmSync(staging, { recursive: true, force: true });
  release?.();
}
process.exit(status);
