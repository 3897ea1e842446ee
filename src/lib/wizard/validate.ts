import type { Tree } from '../../schemas/tree.ts';
import { childNodeIds, getNode, getNodeOptions, optionId } from './graph.ts';

export interface TreeIssue {
  rule:
    | 'tree-start'
    | 'tree-unknown-node'
    | 'tree-unknown-article'
    | 'tree-cycle'
    | 'tree-unreachable'
    | 'tree-duplicate-label'
    | 'tree-option-id';
  /** The node the problem is in, when there is one. */
  nodeId?: string;
  /** Where in the YAML to point, e.g. `['nodes', 'network', 'options', 1, 'next']`. */
  path: (string | number)[];
  message: string;
}

/**
 * Graph checks that a schema cannot express. Each returns every problem it
 * finds, so a writer fixes a tree in one pass.
 */
export function validateTree(tree: Tree, articleIds: ReadonlySet<string>): TreeIssue[] {
  return [
    ...checkStart(tree),
    ...checkReferences(tree, articleIds),
    ...checkShapes(tree),
    ...checkCycles(tree),
    ...checkReachability(tree),
  ];
}

function checkStart(tree: Tree): TreeIssue[] {
  if (getNode(tree, tree.start)) return [];
  return [
    {
      rule: 'tree-start',
      path: ['start'],
      message: `\`start\` points to node "${tree.start}", which does not exist; known nodes: ${Object.keys(tree.nodes).join(', ')}`,
    },
  ];
}

function checkReferences(tree: Tree, articleIds: ReadonlySet<string>): TreeIssue[] {
  const issues: TreeIssue[] = [];
  const unknownArticles = (nodeId: string, ids: readonly string[], path: (string | number)[]) => {
    ids.forEach((id, index) => {
      if (!articleIds.has(id)) {
        issues.push({
          rule: 'tree-unknown-article',
          nodeId,
          path: [...path, index],
          message: `node "${nodeId}" recommends ${id}, which is not a published article; check the id or publish the article`,
        });
      }
    });
  };
  for (const [nodeId, node] of Object.entries(tree.nodes)) {
    if (node.type === 'result') {
      unknownArticles(nodeId, node.articles, ['nodes', nodeId, 'articles']);
      continue;
    }
    node.options.forEach((option, index) => {
      const path = ['nodes', nodeId, 'options', index];
      if (option.next !== undefined && !getNode(tree, option.next)) {
        issues.push({
          rule: 'tree-unknown-node',
          nodeId,
          path: [...path, 'next'],
          message: `option "${option.label}" of node "${nodeId}" leads to node "${option.next}", which does not exist`,
        });
      }
      if (option.articles) unknownArticles(nodeId, option.articles, [...path, 'articles']);
    });
  }
  return issues;
}

/** Longest answer id: it is a folder name in every step address that follows the answer. */
export const MAX_OPTION_ID = 100;

function checkShapes(tree: Tree): TreeIssue[] {
  const issues: TreeIssue[] = [];
  for (const [nodeId, node] of Object.entries(tree.nodes)) {
    // At least two answers and at least one article are schema rules (schemas/tree.ts).
    if (node.type === 'result') continue;
    const seen = new Map<string, number>();
    node.options.forEach((option, index) => {
      const id = optionId(option);
      if (id === '' || id.length > MAX_OPTION_ID) {
        issues.push({
          rule: 'tree-option-id',
          nodeId,
          path: ['nodes', nodeId, 'options', index, 'label'],
          message: `answer "${option.label}" of question "${nodeId}" ${id === '' ? 'has no letters or digits to make an id from' : `makes an id of ${id.length} characters`}; step addresses carry it, so give the answer a short \`value\` (lowercase letters, digits, hyphens)`,
        });
      }
      for (const key of new Set([`label:${option.label.trim().toLowerCase()}`, `id:${optionId(option)}`])) {
        const first = seen.get(key);
        if (first === undefined) {
          seen.set(key, index);
        } else {
          issues.push({
            rule: 'tree-duplicate-label',
            nodeId,
            path: ['nodes', nodeId, 'options', index, 'label'],
            message: `question "${nodeId}" has two options labelled "${option.label}" (options ${first + 1} and ${index + 1}); each answer must be distinct`,
          });
          break;
        }
      }
    });
  }
  return issues;
}

/** Depth-first search with colours: meeting a node that is still open closes a cycle. */
function checkCycles(tree: Tree): TreeIssue[] {
  const issues: TreeIssue[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const reported = new Set<string>();

  const visit = (nodeId: string) => {
    state.set(nodeId, 'open');
    stack.push(nodeId);
    for (const child of childNodeIds(tree, nodeId)) {
      if (!getNode(tree, child)) continue;
      if (state.get(child) === 'open') {
        const cycle = [...stack.slice(stack.indexOf(child)), child];
        const key = [...cycle].sort().join(' ');
        if (!reported.has(key)) {
          reported.add(key);
          const optionIndex = getNodeOptions(tree, nodeId).findIndex((option) => option.next === child);
          issues.push({
            rule: 'tree-cycle',
            nodeId,
            path: ['nodes', nodeId, 'options', optionIndex, 'next'],
            message: `answers loop back: ${cycle.join(' → ')}; a troubleshooter must always move forward`,
          });
        }
      } else if (!state.has(child)) {
        visit(child);
      }
    }
    stack.pop();
    state.set(nodeId, 'done');
  };

  for (const nodeId of [tree.start, ...Object.keys(tree.nodes)]) {
    if (getNode(tree, nodeId) && !state.has(nodeId)) visit(nodeId);
  }
  return issues;
}

function checkReachability(tree: Tree): TreeIssue[] {
  if (!getNode(tree, tree.start)) return [];
  const reached = new Set<string>([tree.start]);
  const queue = [tree.start];
  for (let nodeId = queue.shift(); nodeId !== undefined; nodeId = queue.shift()) {
    for (const child of childNodeIds(tree, nodeId)) {
      if (getNode(tree, child) && !reached.has(child)) {
        reached.add(child);
        queue.push(child);
      }
    }
  }
  return Object.keys(tree.nodes)
    .filter((nodeId) => !reached.has(nodeId))
    .map((nodeId) => ({
      rule: 'tree-unreachable' as const,
      nodeId,
      path: ['nodes', nodeId],
      message: `node "${nodeId}" cannot be reached from the start node "${tree.start}"; link an option to it or delete it`,
    }));
}
