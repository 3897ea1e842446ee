/**
 * Answers in the URL (`?a=platform.android~network.wifi`) and the trail they make.
 * Works on a compiled tree (plain JSON the page embeds), so the browser replays
 * answers with exactly the code the build uses, without the schema or slugger.
 */
export interface CompiledOption {
  id: string;
  label: string;
  value?: string;
  /** Node id this answer leads to, when it leads to another question or a result node. */
  next?: string;
  /** Page segment the answer links to, under the tree path. */
  segment: string;
}

export interface CompiledQuestion {
  question: string;
  field?: string;
  segment: string;
  options: CompiledOption[];
}

export interface CompiledTree {
  id: string;
  title: string;
  symptom: string;
  scenarios: string[];
  start: string;
  questions: Record<string, CompiledQuestion>;
}

export interface Answer {
  node: string;
  option: string;
}

export function encodeAnswers(answers: readonly Answer[]): string {
  return answers.map((answer) => `${answer.node}.${answer.option}`).join('~');
}

export function decodeAnswers(value: string | null | undefined): Answer[] {
  if (!value) return [];
  return value.split('~').flatMap((pair) => {
    const [node, option, ...rest] = pair.split('.');
    return node && option && rest.length === 0 ? [{ node, option }] : [];
  });
}

export interface TrailStep extends Answer {
  question: string;
  label: string;
  value?: string;
  field?: string;
  /** Segment of the question's page, to step back to it. */
  segment: string;
}

/**
 * Replays answers from the start question and keeps the longest prefix that is a
 * real walk through the tree, so a hand-edited or outdated URL never shows a
 * trail that could not have happened.
 */
export function replayAnswers(tree: CompiledTree, answers: readonly Answer[]): TrailStep[] {
  const trail: TrailStep[] = [];
  let current: string | undefined = tree.start;
  for (const answer of answers) {
    const question: CompiledQuestion | undefined = current === undefined ? undefined : tree.questions[current];
    if (!question || answer.node !== current) break;
    const option: CompiledOption | undefined = question.options.find((candidate) => candidate.id === answer.option);
    if (!option) break;
    trail.push({
      ...answer,
      question: question.question,
      label: option.label,
      value: option.value,
      field: question.field,
      segment: question.segment,
    });
    current = option.next;
  }
  return trail;
}

/** The answers up to (not including) the question at `node`: what "step back" keeps. */
export function answersBefore(trail: readonly TrailStep[], node: string): Answer[] {
  const index = trail.findIndex((step) => step.node === node);
  return (index === -1 ? trail : trail.slice(0, index)).map(({ node: n, option }) => ({ node: n, option }));
}
