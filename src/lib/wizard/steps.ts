import type { Tree } from '../../schemas/tree.ts';
import { getNode, getStartNode, optionId, optionTarget } from './graph.ts';
import { walkedPath, type Answer } from './replay.ts';

/**
 * Every step of a tree is a static page under `/troubleshoot/<tree>/`:
 * - the start question at the tree's own path, other questions at `<node>/`;
 * - a result node at `<node>/`, an answer that names articles at `<node>/<option>/`;
 *   "Did this fix it? No" moves to the next article at `…/2/`, `…/3/`;
 * - the ticket at `ticket/`.
 * These plain pages are what search engines and shared "step" links see. Each is
 * built again for every walk that reaches it, with the answers so far as folders in
 * front of the segment (`treeWalks`, `walkedPath` in replay.ts): those are the pages
 * the options link to, so answers travel without JavaScript.
 */
export type Step =
  | { kind: 'question'; node: string; segment: string }
  | {
      kind: 'result';
      /** The result node, or the question whose answer names articles. */
      node: string;
      /** Set when the articles come from an answer rather than a result node. */
      option?: string;
      segment: string;
      articles: readonly string[];
      /** 1-based position of the article this page recommends. */
      index: number;
      title?: string;
      body?: string;
      /** Segment of the next page when this article did not help: the next article or the ticket. */
      nextSegment: string;
    }
  | { kind: 'ticket'; segment: string };

export const TICKET_SEGMENT = 'ticket/';

export function treePath(treeId: string): string {
  return `/troubleshoot/${treeId}/`;
}

export function stepPath(treeId: string, segment: string): string {
  return `${treePath(treeId)}${segment}`;
}

export function questionSegment(tree: Tree, nodeId: string): string {
  return nodeId === tree.start ? '' : `${nodeId}/`;
}

/** Where an answer leads, as a segment under the tree path. */
export function optionSegment(tree: Tree, nodeId: string, option: Parameters<typeof optionId>[0]): string {
  const target = optionTarget(option);
  if (target.kind === 'ticket') return TICKET_SEGMENT;
  if (target.kind === 'articles') return `${nodeId}/${optionId(option)}/`;
  const next = getNode(tree, target.node);
  return next?.type === 'question' ? questionSegment(tree, target.node) : `${target.node}/`;
}

function resultSteps(
  base: Omit<Extract<Step, { kind: 'result' }>, 'index' | 'segment' | 'nextSegment'>,
  firstSegment: string,
): Step[] {
  return base.articles.map((_, position) => {
    const index = position + 1;
    const segment = index === 1 ? firstSegment : `${firstSegment}${index}/`;
    const nextSegment = index < base.articles.length ? `${firstSegment}${index + 1}/` : TICKET_SEGMENT;
    return { ...base, index, segment, nextSegment };
  });
}

/** All pages of a tree, the start first. Only reachable, valid trees are rendered. */
export function treeSteps(tree: Tree): Step[] {
  const steps: Step[] = [];
  for (const [nodeId, node] of Object.entries(tree.nodes)) {
    if (node.type === 'question') {
      steps.push({ kind: 'question', node: nodeId, segment: questionSegment(tree, nodeId) });
      for (const option of node.options) {
        if (option.articles) {
          steps.push(
            ...resultSteps(
              { kind: 'result', node: nodeId, option: optionId(option), articles: option.articles },
              optionSegment(tree, nodeId, option),
            ),
          );
        }
      }
    } else {
      steps.push(
        ...resultSteps(
          { kind: 'result', node: nodeId, articles: node.articles, title: node.title, body: node.body },
          `${nodeId}/`,
        ),
      );
    }
  }
  steps.push({ kind: 'ticket', segment: TICKET_SEGMENT });
  return steps.sort((a, b) => Number(b.segment === '') - Number(a.segment === ''));
}

/** A step page together with the answers that led to it. */
export interface WalkedStep {
  step: Step;
  answers: Answer[];
}

export function walkedStepPath(treeId: string, walk: WalkedStep): string {
  return walkedPath(treeId, walk.answers, walk.step.segment);
}

/**
 * Every answer-carrying page of a tree: each question reached after at least one
 * answer, each article of each result, and the ticket, once per walk that reaches
 * them (the ticket also from every question and result on the way, for "None of
 * these fit" and "No"). Trees are acyclic once validated, so this ends.
 */
export function treeWalks(tree: Tree): WalkedStep[] {
  const plain = treeSteps(tree);
  const bySegment = new Map(plain.map((step) => [step.segment, step]));
  const ticket = bySegment.get(TICKET_SEGMENT)!;
  /** The result pages from `segment` on: the best article, then each "next best". */
  const chain = (segment: string): Step[] => {
    const steps: Step[] = [];
    for (let step = bySegment.get(segment); step?.kind === 'result'; step = bySegment.get(step.nextSegment)) {
      steps.push(step);
    }
    return steps;
  };
  const walks: WalkedStep[] = [];
  const ending = (segment: string, answers: Answer[]) => {
    for (const step of chain(segment)) walks.push({ step, answers });
    walks.push({ step: ticket, answers });
  };
  const visit = (nodeId: string, answers: Answer[]) => {
    const node = getNode(tree, nodeId);
    if (!node) return;
    if (node.type === 'result') {
      ending(`${nodeId}/`, answers);
      return;
    }
    if (answers.length > 0) {
      walks.push({ step: bySegment.get(questionSegment(tree, nodeId))!, answers });
      walks.push({ step: ticket, answers });
    }
    for (const option of node.options) {
      const next = [...answers, { node: nodeId, option: optionId(option) }];
      const target = optionTarget(option);
      if (target.kind === 'node') visit(target.node, next);
      else if (target.kind === 'articles') ending(optionSegment(tree, nodeId, option), next);
      else walks.push({ step: ticket, answers: next });
    }
  };
  if (getStartNode(tree)) visit(tree.start, []);
  return walks;
}

export interface TreePath {
  answers: Answer[];
  ending: 'articles' | 'ticket';
}

/** Every distinct walk from the start to an ending (articles or ticket). Trees are acyclic once validated. */
export function enumeratePaths(tree: Tree): TreePath[] {
  const paths: TreePath[] = [];
  const walk = (nodeId: string, answers: Answer[]) => {
    const node = getNode(tree, nodeId);
    if (!node) return;
    if (node.type === 'result') {
      paths.push({ answers, ending: 'articles' });
      return;
    }
    for (const option of node.options) {
      const next = [...answers, { node: nodeId, option: optionId(option) }];
      const target = optionTarget(option);
      if (target.kind === 'node') walk(target.node, next);
      else paths.push({ answers: next, ending: target.kind });
    }
  };
  if (getStartNode(tree)) walk(tree.start, []);
  return paths;
}
