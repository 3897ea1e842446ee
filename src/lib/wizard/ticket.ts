/**
 * The pre-filled support ticket. Pure: the ticket page renders it at build time
 * (blank lines, works without JavaScript) and again in the browser as the user
 * answers, so both always say the same thing.
 */

export const SEVERITIES = [
  {
    level: 'P0',
    name: 'Service down',
    when: 'Nobody can join, publish or hear/see anyone: the core service is down for all users.',
    response: '15 minutes',
    resolution: 'Service restored within 1 hour',
  },
  {
    level: 'P1',
    name: 'Major feature broken',
    when: 'A main feature fails for many users, such as video on one platform or every call in one region.',
    response: '30 minutes',
    resolution: 'Restored within 4 hours',
  },
  {
    level: 'P2',
    name: 'Some users affected',
    when: 'Some users, devices or networks see failures or poor quality; most calls work.',
    response: '2 hours',
    resolution: 'Fixed within 24 hours',
  },
  {
    level: 'P3',
    name: 'Minor or question',
    when: 'Normal use is not affected: a question, a cosmetic issue or a feature request.',
    response: '1 business day',
    resolution: 'Scheduled',
  },
] as const;

export type SeverityLevel = (typeof SEVERITIES)[number]['level'];

/** What support needs from every ticket, whatever the platform. */
export const COMMON_ATTACHMENTS = [
  'Channel or room id, and the user ids on both sides of the problem',
  'Start time of the call and the time the problem began, in UTC',
  'A getStats() dump or a screenshot of the quality metrics (RTT, packet loss, jitter, frame rate) during the problem',
] as const;

/** Logs to attach, by platform id. Unknown platforms get the common list only. */
export const PLATFORM_ATTACHMENTS: Readonly<Record<string, readonly string[]>> = {
  android: [
    'Logcat captured while reproducing: `adb logcat -v threadtime > logcat.txt`',
    'Device model and Android version: `adb shell getprop ro.product.model` and `ro.build.version.release`',
    'The SDK log file from the app’s files directory',
  ],
  ios: [
    'Device console log while reproducing (Xcode → Devices and Simulators → Open Console, or Console.app)',
    'Device model and iOS version',
    'The SDK log file from the app container (Xcode → Download Container)',
  ],
  web: [
    'A dump from chrome://webrtc-internals (Create dump) taken during the call',
    'The browser console log, and the browser name and version',
  ],
  windows: ['The SDK log files, Windows version, and the names of the camera and audio devices in use'],
  macos: ['The SDK log files, macOS version, and the names of the camera and audio devices in use'],
  linux: ['The SDK log files, distribution and kernel version, and the audio server (PulseAudio or PipeWire)'],
  electron: ['The Electron and Chromium versions, the main-process log and a chrome://webrtc-internals dump'],
  flutter: ['The plugin version, and the native log of the device (logcat on Android, Xcode console on iOS)'],
  'react-native': ['The package version, and the native log of the device (logcat on Android, Xcode console on iOS)'],
  unity: ['The Unity version, the Player log, and the native log of the device'],
  server: ['Server logs around the time, with request ids and HTTP status codes, in UTC'],
};

/** The ticket's sentences in one language: severities and the logs to attach. */
export interface TicketWording {
  severities: Readonly<Record<SeverityLevel, { name: string; when: string; response: string; resolution: string }>>;
  commonAttachments: readonly string[];
  /** By platform id; unknown platforms get the common list only. */
  platformAttachments: Readonly<Record<string, readonly string[]>>;
}

/** The English wording, from the lists above. */
export const TICKET_WORDING: TicketWording = {
  severities: Object.fromEntries(SEVERITIES.map(({ level, ...text }) => [level, text])) as TicketWording['severities'],
  commonAttachments: COMMON_ATTACHMENTS,
  platformAttachments: PLATFORM_ATTACHMENTS,
};

export interface TicketAnswer {
  question: string;
  answer: string;
}

export interface TicketInput {
  symptom: string;
  /** The reporter's scenario, as picked on the form (blank until then). */
  scenario: string;
  /** The scenarios the troubleshooter covers, named beside a blank scenario line so support can see the choice. */
  scenarioOptions?: readonly string[];
  /** Platform id from the answers, or what the user typed. */
  platform?: string;
  platformLabel?: string;
  network?: string;
  scope?: string;
  since?: string;
  sdkVersion?: string;
  /** The error code the app shows or logs, as the reporter typed it. */
  errorCode?: string;
  /** The code's page on this site, when the typed code is a known one. */
  errorCodeUrl?: string;
  severity?: SeverityLevel;
  /** What the reporter did, one step a line. */
  steps?: string;
  expected?: string;
  actual?: string;
  /** Releases, SDK upgrades, config or region changes just before it started. */
  changed?: string;
  answers: readonly TicketAnswer[];
  /** Link back to the troubleshooter with the answers, so support can replay them. */
  wizardUrl?: string;
  /** Markdown section with the diagnostics reports saved on this device (src/lib/diagnose/saved-reports.ts). */
  diagnostics?: string;
  /** The ticket's headings and field names in the page's language; English when missing. */
  labels?: TicketLabels;
  /** Severities and logs to attach in the page's language; English when missing. */
  wording?: TicketWording;
}

/** Every heading and field name the ticket writes: a Chinese page writes a Chinese ticket. */
export const TICKET_LABELS = {
  symptom: 'Symptom',
  scenario: 'Scenario',
  severity: 'Severity',
  platform: 'Platform',
  sdkVersion: 'SDK version',
  errorCode: 'Error code',
  errorCodePage: 'what it means',
  network: 'Network',
  scope: 'Who is affected',
  since: 'Since when',
  answers: 'Answers from the troubleshooter',
  none: '(none)',
  path: 'Troubleshooter path',
  happened: 'What happened',
  steps: 'Steps to reproduce',
  expected: 'What you expected',
  actual: 'What happened instead',
  changed: 'What changed recently (release, SDK upgrade, config, region)',
  attached: 'Attached',
  oneOf: 'one of',
  on: 'on',
};

export type TicketLabels = typeof TICKET_LABELS;

const BLANK = '____';

/** What the troubleshooter answers already say, before the reporter types anything. */
export interface TicketPrefill {
  platform?: string;
  network?: string;
  scope?: string;
  since?: string;
  /** An outage answer (`severity` in the tree) preselects P0 or P1. */
  severity?: SeverityLevel;
}

/**
 * Questions that name a ticket `field` fill that line: the platform by its id (when
 * it is one of `platforms`), the others with the answer as the user read it; the
 * last outage answer sets the severity.
 */
export function ticketPrefill(
  trail: readonly { field?: string; value?: string; label: string; severity?: SeverityLevel }[],
  platforms: readonly string[],
): TicketPrefill {
  const prefill: TicketPrefill = {};
  for (const step of trail) {
    if (step.severity) prefill.severity = step.severity;
    if (step.field === 'platform') {
      if (step.value && platforms.includes(step.value)) prefill.platform = step.value;
    } else if (step.field === 'network' || step.field === 'scope' || step.field === 'since') {
      prefill[step.field] = step.label;
    }
  }
  return prefill;
}

function field(value: string | undefined): string {
  return value?.trim() ? value.trim().replace(/\s*\n\s*/g, ' ') : BLANK;
}

/** A free-text answer under its label: on the same line when short, indented under it when it has lines. */
function block(label: string, value: string | undefined): string[] {
  const text = (value ?? '').replace(/\r\n?/g, '\n').trim();
  if (!text) return [`- ${label}: ${BLANK}`];
  const lines = text.split('\n').map((line) => line.trimEnd());
  if (lines.length === 1) return [`- ${label}: ${lines[0]}`];
  return [`- ${label}:`, ...lines.map((line) => (line ? `  ${line}` : ''))];
}

function scenarioLine(input: TicketInput): string {
  if (input.scenario.trim()) return input.scenario.trim();
  const options = input.scenarioOptions ?? [];
  const labels = input.labels ?? TICKET_LABELS;
  return options.length > 1 ? `${BLANK} (${labels.oneOf}: ${options.join(', ')})` : field(options[0]);
}

export function ticketTitle(input: TicketInput): string {
  const platform = input.platformLabel ?? input.platform;
  const on = (input.labels ?? TICKET_LABELS).on;
  return `[${input.severity ?? 'P?'}] ${input.symptom}${platform ? ` ${on} ${platform}` : ''}`;
}

export function ticketAttachments(platform: string | undefined, wording: TicketWording = TICKET_WORDING): string[] {
  const forPlatform =
    platform && Object.hasOwn(wording.platformAttachments, platform)
      ? wording.platformAttachments[platform]
      : undefined;
  return [...wording.commonAttachments, ...(forPlatform ?? [])];
}

export function ticketMarkdown(input: TicketInput): string {
  const wording = input.wording ?? TICKET_WORDING;
  const severity =
    input.severity && Object.hasOwn(wording.severities, input.severity)
      ? wording.severities[input.severity]
      : undefined;
  const labels = input.labels ?? TICKET_LABELS;
  const lines = [
    `## ${ticketTitle(input)}`,
    '',
    `- **${labels.symptom}:** ${input.symptom}`,
    `- **${labels.scenario}:** ${scenarioLine(input)}`,
    `- **${labels.severity}:** ${severity ? `${input.severity} (${severity.name}: ${severity.when})` : BLANK}`,
    `- **${labels.platform}:** ${field(input.platformLabel ?? input.platform)}`,
    `- **${labels.sdkVersion}:** ${field(input.sdkVersion)}`,
    `- **${labels.errorCode}:** ${field(input.errorCode)}${input.errorCode?.trim() && input.errorCodeUrl ? ` ([${labels.errorCodePage}](${input.errorCodeUrl}))` : ''}`,
    `- **${labels.network}:** ${field(input.network)}`,
    `- **${labels.scope}:** ${field(input.scope)}`,
    `- **${labels.since}:** ${field(input.since)}`,
    '',
    `### ${labels.answers}`,
    '',
    ...(input.answers.length > 0
      ? input.answers.map((answer) => `- ${answer.question} **${answer.answer}**`)
      : [`- ${labels.none}`]),
    ...(input.wizardUrl ? ['', `${labels.path}: ${input.wizardUrl}`] : []),
    '',
    `### ${labels.happened}`,
    '',
    ...block(labels.steps, input.steps),
    ...block(labels.expected, input.expected),
    ...block(labels.actual, input.actual),
    ...block(labels.changed, input.changed),
    '',
    `### ${labels.attached}`,
    '',
    ...ticketAttachments(input.platform, wording).map((item) => `- [ ] ${item}`),
    ...(input.diagnostics?.trim() ? ['', input.diagnostics.trim()] : []),
  ];
  return `${lines.join('\n')}\n`;
}

/** The same ticket without Markdown syntax, for forms and email. */
export function ticketPlainText(input: TicketInput): string {
  return ticketMarkdown(input)
    .replace(/^#{2,4} /gm, '')
    .replace(/\*\*(.*?)\*\*/g, '$1')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/^- \[ \] /gm, '[ ] ');
}

/** Longer pre-filled URLs are refused by browsers or trackers (GitHub answers 414 past about 8 kB). */
export const MAX_PREFILL_URL = 7500;

/**
 * The URL that opens a new ticket. GitHub's `issues/new` takes `title` and `body`;
 * other trackers get the plain URL and the user pastes the copied text. So does a
 * ticket too long for a URL: then only the title is filled in.
 */
export function ticketOpenUrl(ticketUrl: string, input: TicketInput): { url: string; prefilled: boolean } {
  const url = new URL(ticketUrl);
  if (url.hostname === 'github.com' && /\/issues\/new\/?$/.test(url.pathname)) {
    url.searchParams.set('title', ticketTitle(input));
    url.searchParams.set('body', ticketMarkdown(input));
    if (url.toString().length <= MAX_PREFILL_URL) return { url: url.toString(), prefilled: true };
    url.searchParams.delete('body');
    return { url: url.toString(), prefilled: false };
  }
  return { url: ticketUrl, prefilled: false };
}
