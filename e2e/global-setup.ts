/**
 * Builds the site from `content/` once per run, with `npm run build`'s own script,
 * into a temporary folder, and serves it on a free port: the journeys always test
 * the site just built, never an old `dist/` or a server left running. The teardown
 * stops the server and deletes the folder.
 */
import { join } from 'node:path';
import { buildSite, ROOT, scratch, serveStatic } from '../src/cli/shared/site-build.ts';

export default async function globalSetup(): Promise<(() => Promise<void>) | void> {
  if (process.env.KB_E2E_PROJECT === 'builds') return;
  const work = scratch('kb-e2e-site-');
  const build = await buildSite({ content: join(ROOT, 'content'), workDir: work.dir });
  if (build.status !== 0) {
    work.remove();
    throw new Error(`The site did not build, so no journey can run:\n${build.output.slice(-6000)}`);
  }
  const server = await serveStatic(build.outDir);
  process.env.KB_E2E_URL = server.url;
  process.env.KB_E2E_DIST = build.outDir;
  return async () => {
    await server.close();
    work.remove();
  };
}
