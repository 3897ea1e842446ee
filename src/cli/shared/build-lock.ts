import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';

/**
 * One build at a time per output folder: `dist.lock` holds the pid and start time of
 * the build that owns it. A lock whose process is gone (a crash, a killed terminal)
 * is taken over; a live one makes the second build stop with a clear message.
 */
export class BuildLockedError extends Error {}

export function acquireLock(path: string): () => void {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, JSON.stringify({ pid: process.pid, started: new Date().toISOString() }));
      closeSync(fd);
      return () => rmSync(path, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = readOwner(path);
      if (owner && isAlive(owner.pid)) {
        throw new BuildLockedError(
          `Another build (pid ${owner.pid}, started ${owner.started}) is running in this checkout. Wait for it to finish, or stop it; the dist/ it replaces is left as it was.`,
        );
      }
      rmSync(path, { force: true });
    }
  }
  throw new BuildLockedError(`Could not take the build lock ${path}`);
}

function readOwner(path: string): { pid: number; started: string } | undefined {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as { pid: number; started: string };
  } catch {
    return undefined;
  }
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
