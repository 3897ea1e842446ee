/**
 * The content the built site was made from, as the same site model the build and
 * the check make of it, so tests state expectations in terms of articles and routes
 * rather than copied strings.
 */
import { loadContent, siteModelOf } from '../src/lib/content-model.ts';

export const model = loadContent();
export const siteModel = siteModelOf(model);
export const { catalog, trees } = siteModel;

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

/** The Chinese text of an article (content/zh/guides/), by KB id. */
export function chineseArticle(id: string) {
  const found = model.translations.articles.find((source) => source.data?.id === id)?.data;
  if (!found) throw new Error(`No Chinese translation of ${id}`);
  return found;
}

/** The Chinese text of a troubleshooter (content/zh/troubleshooting/). */
export function chineseTree(id: string) {
  const found = model.translations.trees.find((source) => source.id === id)?.data;
  if (!found) throw new Error(`No Chinese translation of troubleshooter ${id}`);
  return found;
}
