import { slug } from 'github-slugger';
import type { QuestionNode, Tree, TreeNode, TreeOption } from '../../schemas/tree.ts';

/** A tree with the id of its file (`video-stutter.yaml` → `video-stutter`). */
export interface WizardTree {
  id: string;
  file: string;
  data: Tree;
}

export type OptionTarget =
  { kind: 'node'; node: string } | { kind: 'articles'; articles: readonly string[] } | { kind: 'ticket' };

export function optionTarget(option: TreeOption): OptionTarget {
  if (option.next !== undefined) return { kind: 'node', node: option.next };
  if (option.articles !== undefined) return { kind: 'articles', articles: option.articles };
  return { kind: 'ticket' };
}

/** The option's id in URLs and answers: its `value`, or its label as a slug ("Below 2 %" → `below-2`). */
export function optionId(option: TreeOption): string {
  return option.value ?? slug(option.label).replace(/-{2,}/g, '-').replace(/^-|-$/g, '');
}

export function getNode(tree: Tree, nodeId: string): TreeNode | undefined {
  return Object.hasOwn(tree.nodes, nodeId) ? tree.nodes[nodeId] : undefined;
}

export function getStartNode(tree: Tree): TreeNode | undefined {
  return getNode(tree, tree.start);
}

export function isQuestion(node: TreeNode | undefined): node is QuestionNode {
  return node?.type === 'question';
}

export function getNodeOptions(tree: Tree, nodeId: string): readonly TreeOption[] {
  const node = getNode(tree, nodeId);
  return isQuestion(node) ? node.options : [];
}

/** Ids of the nodes a node leads to directly. */
export function childNodeIds(tree: Tree, nodeId: string): string[] {
  return getNodeOptions(tree, nodeId).flatMap((option) => (option.next === undefined ? [] : [option.next]));
}

/** Every article id the tree recommends, in order of appearance. */
export function treeArticleIds(tree: Tree): string[] {
  return Object.values(tree.nodes).flatMap((node) =>
    node.type === 'result' ? node.articles : node.options.flatMap((option) => option.articles ?? []),
  );
}

/**
 * Troubleshooters to offer next to an article: those that recommend it first,
 * then the others for its scenario. Capped, so an article page stays small.
 */
export function treesForArticle(
  trees: readonly WizardTree[],
  section: string,
  articleId: string,
  limit = 3,
): WizardTree[] {
  const recommends = trees.filter((tree) => treeArticleIds(tree.data).includes(articleId));
  const sameScenario = trees.filter(
    (tree) => !recommends.includes(tree) && (tree.data.scenarios as readonly string[]).includes(section),
  );
  return [...recommends, ...sameScenario].slice(0, limit);
}
