/**
 * Writer components by name, for `<Content components={…} />`: the catalog in
 * `schemas/components.ts` says which exist, this file finds their modules. Articles
 * use them without an import. A component file missing from the catalog, or a
 * catalog entry without a file, stops the build here.
 */
import { WRITER_COMPONENTS } from '../../schemas/components.ts';

const modules = import.meta.glob<{ default: unknown }>(['./*.astro', './diagrams/*.astro'], { eager: true });

const byName = new Map(
  Object.entries(modules).map(([path, module]) => [
    path
      .split('/')
      .at(-1)!
      .replace(/\.astro$/, ''),
    module.default,
  ]),
);

const catalog = Object.keys(WRITER_COMPONENTS);
const stray = [...byName.keys()].filter((name) => !catalog.includes(name));
const missing = catalog.filter((name) => !byName.has(name));
if (stray.length > 0 || missing.length > 0) {
  throw new Error(
    `Writer components and src/schemas/components.ts disagree: ${[
      ...stray.map((name) => `${name}.astro is not in the catalog`),
      ...missing.map((name) => `${name} has no .astro file`),
    ].join('; ')}`,
  );
}

export const writerComponents: Record<string, unknown> = Object.fromEntries(byName);
