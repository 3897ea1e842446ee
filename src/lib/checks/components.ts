import { problemAt, type Rule } from './context.ts';

/** Lowercase names are HTML elements, which MDX renders as they are. */
const isComponentName = (name: string) => /^[A-Z]/.test(name);

export const components: Rule = {
  id: 'component',
  description:
    'JSX tags name a writer component from `src/components/mdx/` (a typo would fail the build with a vaguer error).',
  check: ({ model, components: known }) =>
    model.articles.flatMap((source) =>
      (source.facts?.components ?? [])
        .filter(({ name }) => isComponentName(name) && !known.has(name))
        .map(({ name, at }) =>
          problemAt(
            source,
            at,
            'component',
            `<${name}> is not a writer component${suggest(name, known)}; the list is in CONTRIBUTING.md`,
          ),
        ),
    ),
};

/** " (did you mean <Callout>?)" when a known name is one or two edits away. */
function suggest(name: string, known: ReadonlySet<string>): string {
  const best = [...known]
    .map((candidate) => ({ candidate, distance: editDistance(name.toLowerCase(), candidate.toLowerCase()) }))
    .sort((a, b) => a.distance - b.distance)[0];
  return best && best.distance <= 2 ? ` (did you mean <${best.candidate}>?)` : '';
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}
