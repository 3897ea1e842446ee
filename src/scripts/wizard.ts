/**
 * Progressive enhancement of troubleshooter pages. Every step works without
 * JavaScript: the answers so far are in each page's path (lib/wizard/replay.ts), so
 * the trail, the onward links and the ticket are static HTML. This script:
 * - forwards an old `?a=` link to the page that carries those answers;
 * - sends the "Did this fix it?" vote when feedback is configured;
 * - copies the share link after "Yes, it is fixed";
 * - on the ticket, fills the text from the form as the reporter types, keeps what
 *   they typed in this browser across a reload, copies it, and updates "Open a new ticket".
 */
import {
  answersBefore,
  decodeAnswers,
  replayAnswers,
  walkedPath,
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
import { sendVote } from './feedback.ts';
import { codePage, expandCodeList, matchCodes, type CodeListApi, type CodePage } from '../lib/search/codes.ts';
import { ui } from './ui.ts';
import { readReports, reportsMarkdown } from '../lib/diagnose/saved-reports.ts';

/**
 * Links shared before answers moved into the path look like `…/viewer-loss/?a=who.x~where.y`.
 * If the answers really lead to this page, go to the page that carries them.
 */
function forwardOldLink(root: HTMLElement, tree: CompiledTree): void {
  const encoded = new URLSearchParams(location.search).get('a');
  if (!encoded) return;
  const kind = root.dataset.stepKind;
  const node = root.dataset.stepNode ?? '';
  const segment = root.dataset.stepSegment ?? '';
  const trail = validTrail(tree, replayAnswers(tree, decodeAnswers(encoded)), kind, node, segment);
  const answers: Answer[] =
    kind === 'question' ? answersBefore(trail, node) : trail.map(({ node: n, option }) => ({ node: n, option }));
  if (answers.length === 0) return;
  const base = (document.body.dataset.base ?? '/').replace(/\/$/, '');
  location.replace(`${base}${walkedPath(tree.id, answers, segment)}${location.hash}`);
}

/** Keeps the replayed answers only if they lead to this page; anything else forwards nowhere. */
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
    if (before.length === 0) return [];
    const last = trail[before.length - 1]!;
    const option = tree.questions[last.node]?.options.find((candidate) => candidate.id === last.option);
    return option?.next === node ? trail : [];
  }
  const last = trail.at(-1);
  const option = last && tree.questions[last.node]?.options.find((candidate) => candidate.id === last.option);
  return option && segment.startsWith(option.segment) ? trail : [];
}

function setupShare(root: HTMLElement): void {
  const button = root.querySelector<HTMLButtonElement>('[data-copy-share]');
  const link = root.querySelector<HTMLElement>('[data-share-link]');
  if (!button || !link) return;
  button.addEventListener('click', async () => confirmCopy(button, await copyText(link.textContent?.trim() ?? '')));
}

/** Every field of the ticket form, in the order the ticket reads them. */
const FIELDS = [
  'severity',
  'scenario',
  'platform',
  'sdkVersion',
  'errorCode',
  'network',
  'scope',
  'since',
  'steps',
  'expected',
  'actual',
  'changed',
] as const;
type FieldName = (typeof FIELDS)[number];
type Draft = { path: string; values: Partial<Record<FieldName, string>> };

/**
 * The page of a typed error code on this site, once the code list has loaded (the
 * search's own `/search/codes.json`, fetched the first time a code is typed): the
 * ticket then links support straight to what the code means.
 */
let codeList: CodePage[] | undefined;
let codeListLoading = false;
function codePageUrl(typed: string): string | undefined {
  if (!typed.trim()) return undefined;
  if (!codeList) {
    if (!codeListLoading) {
      codeListLoading = true;
      const base = document.body.dataset.base ?? '/';
      void fetch(`${base}search/codes.json`)
        .then((response) => (response.ok ? (response.json() as Promise<CodeListApi[]>) : []))
        .then((list) => {
          codeList = expandCodeList(list).map(codePage);
          document.dispatchEvent(new Event('kb-codes-loaded'));
        })
        .catch(() => undefined);
    }
    return undefined;
  }
  const [page] = matchCodes(typed, codeList).exact;
  if (!page) return undefined;
  const chinese = document.documentElement.lang.startsWith('zh');
  return new URL(
    `${document.body.dataset.base ?? '/'}${chinese ? 'zh' : ''}${page.path}`.replace(/\/\//g, '/'),
    location.origin,
  ).toString();
}

function setupTicket(root: HTMLElement, form: HTMLFormElement): void {
  const base = JSON.parse(form.querySelector('[data-ticket-base]')?.textContent ?? '{}') as TicketInput;
  const preview = root.querySelector<HTMLElement>('[data-ticket-preview]')!;
  const openLinks = [...root.querySelectorAll<HTMLAnchorElement>('[data-ticket-open]')];
  const note = root.querySelector<HTMLElement>('[data-ticket-open-note]');
  const manual = root.querySelector<HTMLTextAreaElement>('[data-ticket-manual]') ?? undefined;
  const status = root.querySelector<HTMLElement>('[data-copy-status]');
  const labels = JSON.parse(form.dataset.platformLabels ?? '{}') as Record<string, string>;
  const ticketUrl = form.dataset.ticketUrl ?? '';
  const key = form.dataset.ticketKey ?? 'kb-ticket';

  const read = (name: FieldName): string => {
    if (name === 'severity') return form.querySelector<HTMLInputElement>('input[name="severity"]:checked')?.value ?? '';
    const element = form.elements.namedItem(name);
    return element instanceof HTMLInputElement ||
      element instanceof HTMLSelectElement ||
      element instanceof HTMLTextAreaElement
      ? element.value
      : '';
  };
  const write = (name: FieldName, value: string) => {
    if (name === 'severity') {
      for (const radio of form.querySelectorAll<HTMLInputElement>('input[name="severity"]')) {
        radio.checked = radio.value === value;
      }
      return;
    }
    const element = form.elements.namedItem(name);
    if (element instanceof HTMLSelectElement) {
      if ([...element.options].some((option) => option.value === value)) element.value = value;
    } else if (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement) {
      element.value = value;
    }
  };

  // A reload (or a phone that dropped the tab) finds the draft again. On the same page
  // everything comes back; reached through other answers, the answers' own values win.
  const draft = loadDraft(key);
  if (draft) {
    const samePage = draft.path === location.pathname;
    for (const name of FIELDS) {
      const value = draft.values[name];
      if (value && (samePage || !read(name))) write(name, value);
    }
  }

  const readInput = (): TicketInput => {
    const platform = read('platform') || undefined;
    return {
      ...base,
      scenario: read('scenario') || base.scenario,
      platform,
      platformLabel: platform ? labels[platform] : undefined,
      network: read('network'),
      scope: read('scope'),
      since: read('since'),
      sdkVersion: read('sdkVersion'),
      errorCode: read('errorCode'),
      errorCodeUrl: codePageUrl(read('errorCode')),
      severity: (read('severity') || undefined) as SeverityLevel | undefined,
      steps: read('steps'),
      expected: read('expected'),
      actual: read('actual'),
      changed: read('changed'),
      wizardUrl: new URL(location.pathname, location.origin).toString(),
      diagnostics: savedDiagnostics(root),
    };
  };

  const update = () => {
    const input = readInput();
    preview.textContent = ticketMarkdown(input);
    const open = ticketOpenUrl(ticketUrl, input);
    for (const link of openLinks) link.href = open.url;
    if (note) note.textContent = open.prefilled ? note.dataset.prefilled! : note.dataset.paste!;
  };
  const save = () => {
    const values = Object.fromEntries(FIELDS.map((name) => [name, read(name)]).filter(([, value]) => value));
    storeDraft(key, { path: location.pathname, values });
  };
  form.addEventListener('input', () => {
    update();
    save();
  });
  document.addEventListener('kb-diagnose-reports', update);
  document.addEventListener('kb-codes-loaded', update);
  form.addEventListener('change', () => {
    update();
    save();
  });
  form.addEventListener('reset', () => {
    storeDraft(key, undefined);
    if (status) status.textContent = ui('ticket.cleared');
    // The reset itself runs after this event: read the form once it has.
    setTimeout(update);
  });
  update();

  for (const button of root.querySelectorAll<HTMLButtonElement>('[data-copy-ticket]')) {
    button.addEventListener('click', async () => {
      const input = readInput();
      const text = button.dataset.copyTicket === 'text' ? ticketPlainText(input) : ticketMarkdown(input);
      confirmCopy(button, await copyText(text, manual), status);
    });
  }
}

/** Drafts live in this browser only. Storage can be refused (private modes); then nothing is kept. */
function loadDraft(key: string): Draft | undefined {
  try {
    const draft = JSON.parse(localStorage.getItem(key) ?? 'null') as Draft | null;
    return draft && typeof draft.path === 'string' && typeof draft.values === 'object' ? draft : undefined;
  } catch {
    return undefined;
  }
}

function storeDraft(key: string, draft: Draft | undefined): void {
  try {
    if (draft && Object.keys(draft.values).length > 0) localStorage.setItem(key, JSON.stringify(draft));
    else localStorage.removeItem(key);
  } catch {
    // Not kept: the form still works for this visit.
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

// Last, so every declaration above is initialised when it runs.
const root = document.querySelector<HTMLElement>('[data-wizard]');

if (root) {
  const treeJson = root.querySelector('[data-wizard-tree]')?.textContent;
  if (treeJson) forwardOldLink(root, JSON.parse(treeJson) as CompiledTree);
  for (const link of root.querySelectorAll<HTMLAnchorElement>('a[data-vote]')) {
    link.addEventListener('click', () =>
      sendVote({ id: link.dataset.feedbackId, helpful: link.dataset.vote === 'yes' }),
    );
  }
  setupShare(root);
  const form = root.querySelector<HTMLFormElement>('[data-ticket-form]');
  if (form) setupTicket(root, form);
}
