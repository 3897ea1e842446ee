import { formatDate } from '../labels.ts';
import type { CheckContext } from './context.ts';
import { ageInDays } from './stale.ts';

/** Published articles past their review age, oldest first, grouped for owners to act on. */
export function staleReport({ catalog, config: site, today }: CheckContext): string {
  const stale = catalog.articles
    .map((article) => ({ article, age: ageInDays(article.data.reviewed, today) }))
    .filter(({ age }) => age > site.staleAfterDays)
    .sort((a, b) => b.age - a.age);
  if (stale.length === 0) return `Stale content: none (every article reviewed within ${site.staleAfterDays} days).`;
  const rows = stale.map(
    ({ article, age }) =>
      `${article.id.padEnd(9)} ${String(age).padStart(5)} days  ${formatDate(article.data.reviewed)}  ${article.data.owner.padEnd(16)} ${article.file}`,
  );
  return [
    `Stale content: ${stale.length} article(s) reviewed more than ${site.staleAfterDays} days ago`,
    `id        age         reviewed    owner            file`,
    ...rows,
  ].join('\n');
}
