/**
 * The content the built site was made from, read with the same code the build
 * uses, so tests state expectations in terms of articles rather than copied strings.
 */
import { buildCatalog } from '../src/lib/catalog.ts';
import { loadContent, validArticles, validTrees } from '../src/lib/content-model.ts';
import { treeArticleIds } from '../src/lib/wizard/graph.ts';

export const model = loadContent();
export const trees = validTrees(model);
export const catalog = buildCatalog(
  validArticles(model),
  trees.flatMap((tree) => treeArticleIds(tree.data)),
);

export function article(id: string) {
  const found = catalog.byId.get(id);
  if (!found) throw new Error(`No published article ${id}`);
  return found;
}

export function tree(id: string) {
  const found = trees.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`No troubleshooting tree ${id}`);
  return found;
}
