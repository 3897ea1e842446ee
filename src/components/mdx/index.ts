/**
 * Writer components by name, for `<Content components={…} />`: every `.astro`
 * file in this folder and `diagrams/`. Articles use them without an import, and
 * the content check reads the same folder to know which tags exist.
 */
const modules = import.meta.glob<{ default: unknown }>(['./*.astro', './diagrams/*.astro'], { eager: true });

export const writerComponents: Record<string, unknown> = Object.fromEntries(
  Object.entries(modules).map(([path, module]) => [
    path
      .split('/')
      .at(-1)!
      .replace(/\.astro$/, ''),
    module.default,
  ]),
);
