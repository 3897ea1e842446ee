/**
 * Answers in the URL and the trail they make. Every step page exists once per walk
 * that reaches it, with the answers so far in its path, one folder per answer:
 * `/troubleshoot/video-stutter/who.one-sender/sender-scenario.a-person-in-a-1v1-call/call-limitation/`
 * (a folder with a dot is an answer, `<node>.<option>`; node ids and option ids
 * have none). So the trail, the onward links and the ticket carry the answers in
 * static HTML, with or without JavaScript. The older `?a=node.option~node.option`
 * form is still read, by the browser, to forward old shared links.
 *
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
  /** Set when this answer means an outage: the ticket opens with this severity. */
  severity?: 'P0' | 'P1';
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

/** The answers as path folders, `who.one-sender/sender-scenario.host/`, or `` for none. */
export function answersSegment(answers: readonly Answer[]): string {
  return answers.map((answer) => `${answer.node}.${answer.option}/`).join('');
}

/** A step page of `treeId` reached with `answers`: `/troubleshoot/<tree>/<answers…>/<segment>`. */
export function walkedPath(treeId: string, answers: readonly Answer[], segment: string): string {
  return `/troubleshoot/${treeId}/${answersSegment(answers)}${segment}`;
}

/** Splits a step path below the tree (`who.everyone/ticket/`) into its answers and the plain step segment. */
export function splitStepPath(rest: string): { answers: Answer[]; segment: string } {
  const folders = rest.split('/').filter(Boolean);
  const count = folders.findIndex((folder) => !folder.includes('.'));
  const answerFolders = count === -1 ? folders : folders.slice(0, count);
  const segment = count === -1 ? '' : `${folders.slice(count).join('/')}/`;
  return { answers: decodeAnswers(answerFolders.join('~')), segment };
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
  severity?: 'P0' | 'P1';
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
      ...(option.severity ? { severity: option.severity } : {}),
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
