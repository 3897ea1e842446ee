/**
 * Progressive enhancement of troubleshooter pages. Without JavaScript every step
 * still works (options are links). With it, the answers so far travel in `?a=`:
 * they become a trail you can step back through, every onward link carries them,
 * and the ticket page turns them into a pre-filled ticket.
 */
import {
  answersBefore,
  decodeAnswers,
  encodeAnswers,
  replayAnswers,
  type Answer,
  type CompiledTree,
  type TrailStep,
} from '../lib/wizard/replay.ts';
import {
  ticketMarkdown,
  ticketOpenUrl,
  ticketPlainText,
  type SeverityLevel,
  type TicketInput,
} from '../lib/wizard/ticket.ts';
import { confirmCopy, copyText } from './copy.ts';
import { readReports, reportsMarkdown } from '../lib/diagnose/saved-reports.ts';

const root = document.querySelector<HTMLElement>('[data-wizard]');
const treeJson = root?.querySelector('[data-wizard-tree]')?.textContent;

if (root && treeJson) {
  const tree = JSON.parse(treeJson) as CompiledTree;
  const base = document.body.dataset.base ?? '/';
  const kind = root.dataset.stepKind;
  const node = root.dataset.stepNode ?? '';
  const segment = root.dataset.stepSegment ?? '';
  const trail = validTrail(
    tree,
    replayAnswers(tree, decodeAnswers(new URLSearchParams(location.search).get('a'))),
    kind,
    node,
    segment,
  );
  const answers: Answer[] =
    kind === 'question' ? answersBefore(trail, node) : trail.map(({ node: n, option }) => ({ node: n, option }));

  const withAnswers = (path: string, list: readonly Answer[]) =>
    list.length > 0 ? `${path}?a=${encodeAnswers(list)}` : path;
  const stepUrl = (stepSegment: string) => `${base}troubleshoot/${tree.id}/${stepSegment}`;

  renderTrail(trail.slice(0, answers.length), (step) =>
    withAnswers(stepUrl(step.segment), answersBefore(trail, step.node)),
  );

  for (const link of root.querySelectorAll<HTMLAnchorElement>('a[data-answer]')) {
    const [answerNode = '', option = ''] = (link.dataset.answer ?? '').split('.');
    link.href = withAnswers(link.pathname, [...answers, { node: answerNode, option }]);
  }
  for (const link of root.querySelectorAll<HTMLAnchorElement>('a[data-wizard-keep]')) {
    link.href = withAnswers(link.pathname, answers);
  }

  setupShare(root);
  const form = root.querySelector<HTMLFormElement>('[data-ticket-form]');
  if (form) setupTicket(root, form, tree, trail, withAnswers(stepUrl(segment), answers));
}

/**
 * Keeps the replayed answers only if they lead to this page; a link shared from
 * another step, or edited by hand, shows no trail rather than a wrong one.
 */
function validTrail(
  tree: CompiledTree,
  trail: TrailStep[],
  kind: string | undefined,
  node: string,
  segment: string,
): TrailStep[] {
  if (kind === 'ticket') return trail;
  if (kind === 'question') {
    const before = answersBefore(trail, node);
    if (before.length === 0) return node === tree.start ? trail : [];
    const last = trail[before.length - 1]!;
    const option = tree.questions[last.node]?.options.find((candidate) => candidate.id === last.option);
    return option?.next === node ? trail : [];
  }
  const last = trail.at(-1);
  const option = last && tree.questions[last.node]?.options.find((candidate) => candidate.id === last.option);
  return option && segment.startsWith(option.segment) ? trail : [];
}

function renderTrail(steps: readonly TrailStep[], backUrl: (step: TrailStep) => string): void {
  const nav = document.querySelector<HTMLElement>('[data-wizard-trail]');
  const list = nav?.querySelector('[data-wizard-trail-list]');
  if (!nav || !list || steps.length === 0) return;
  list.replaceChildren(
    ...steps.map((step) => {
      const item = document.createElement('li');
      const answer = document.createElement('span');
      answer.className = 'answer';
      answer.textContent = step.label;
      const change = document.createElement('a');
      change.href = backUrl(step);
      change.textContent = 'change';
      change.setAttribute('aria-label', `Change answer to: ${step.question}`);
      item.append(`${step.question} `, answer, ' (', change, ')');
      return item;
    }),
  );
  nav.hidden = false;
}

function setupShare(root: HTMLElement): void {
  const button = root.querySelector<HTMLButtonElement>('[data-copy-share]');
  const link = root.querySelector<HTMLElement>('[data-share-link]');
  if (!button || !link) return;
  button.hidden = false;
  button.addEventListener('click', async () =>
    confirmCopy(button, await copyText(link.textContent ?? ''), root.querySelector<HTMLElement>('[data-copy-status]')),
  );
}

function setupTicket(
  root: HTMLElement,
  form: HTMLFormElement,
  tree: CompiledTree,
  trail: readonly TrailStep[],
  wizardPath: string,
): void {
  const preview = root.querySelector<HTMLElement>('[data-ticket-preview]')!;
  const open = root.querySelector<HTMLAnchorElement>('[data-ticket-open]')!;
  const manual = root.querySelector<HTMLTextAreaElement>('[data-ticket-manual]') ?? undefined;
  const status = root.querySelector<HTMLElement>('[data-copy-status]');
  const labels = JSON.parse(form.dataset.platformLabels ?? '{}') as Record<string, string>;
  const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;

  // Answers to questions that name a ticket field fill that field; the user can still edit it.
  for (const step of trail) {
    const input = step.field ? field(step.field) : null;
    if (!input) continue;
    if (input instanceof HTMLSelectElement) {
      if ([...input.options].some((option) => option.value === step.value)) input.value = step.value ?? '';
    } else {
      input.value = step.label;
    }
  }

  const readInput = (): TicketInput => {
    const platform = field('platform')?.value || undefined;
    const severity = (form.querySelector<HTMLInputElement>('input[name="severity"]:checked')?.value || undefined) as
      SeverityLevel | undefined;
    return {
      symptom: tree.title,
      scenario: tree.scenarios.join(', '),
      platform,
      platformLabel: platform ? labels[platform] : undefined,
      network: field('network')?.value,
      scope: field('scope')?.value,
      since: field('since')?.value,
      sdkVersion: field('sdkVersion')?.value,
      severity,
      answers: trail.map((step) => ({ question: step.question, answer: step.label })),
      wizardUrl: new URL(wizardPath, location.origin).toString(),
      diagnostics: savedDiagnostics(root),
    };
  };

  const update = () => {
    const input = readInput();
    preview.textContent = ticketMarkdown(input);
    open.href = ticketOpenUrl(form.dataset.ticketUrl ?? open.href, input).url;
  };
  form.addEventListener('input', update);
  document.addEventListener('kb-diagnose-reports', update);
  form.addEventListener('change', update);
  update();

  for (const button of root.querySelectorAll<HTMLButtonElement>('[data-copy-ticket]')) {
    button.hidden = false;
    button.addEventListener('click', async () => {
      const input = readInput();
      const text = button.dataset.copyTicket === 'text' ? ticketPlainText(input) : ticketMarkdown(input);
      confirmCopy(button, await copyText(text, manual), status);
    });
  }
}

/** Reports of /diagnose/ pages saved on this device, as the ticket's last section (see WizardDiagnostics). */
function savedDiagnostics(root: HTMLElement): string {
  const heading = root.querySelector<HTMLElement>('[data-ticket-diagnostics]')?.dataset.heading;
  if (!heading) return '';
  try {
    return reportsMarkdown(readReports(localStorage), heading);
  } catch {
    return '';
  }
}
