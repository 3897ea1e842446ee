import type { Tree } from '../../schemas/tree.ts';
import { optionId } from './graph.ts';
import type { CompiledTree } from './replay.ts';
import { optionSegment, questionSegment } from './steps.ts';

/** The parts of a tree the browser needs to replay answers, with option ids and page segments resolved. */
export function compileTree(id: string, tree: Tree, scenarioNames: readonly string[]): CompiledTree {
  const questions: CompiledTree['questions'] = {};
  for (const [nodeId, node] of Object.entries(tree.nodes)) {
    if (node.type !== 'question') continue;
    questions[nodeId] = {
      question: node.question,
      field: node.field,
      segment: questionSegment(tree, nodeId),
      options: node.options.map((option) => ({
        id: optionId(option),
        label: option.label,
        value: option.value,
        next: option.next,
        segment: optionSegment(tree, nodeId, option),
        ...(option.severity ? { severity: option.severity } : {}),
      })),
    };
  }
  return { id, title: tree.title, symptom: tree.symptom, scenarios: [...scenarioNames], start: tree.start, questions };
}
