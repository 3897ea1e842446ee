/**
 * The pre-call check page: runs each check in turn, hands the measurements to
 * src/lib/diagnose/precall.ts for grading, and renders the graded results and
 * the report. Nothing here decides a grade.
 */
import { fill } from '../../i18n/fill.ts';
import { fromConfig, fromEndpointJson, fromText, toText, type IceServer } from '../../lib/diagnose/ice-servers.ts';
import {
  CHECK_LINKS,
  cameraResult,
  codecSupport,
  codecsResult,
  iceResult,
  loopbackResult,
  micResult,
  tallyCandidates,
  type CheckResult,
  type LoopbackSecond,
} from '../../lib/diagnose/precall.ts';
import { checkText, precallMarkdown } from '../../lib/diagnose/report.ts';
import { collectEnvironment } from './checks/environment.ts';
import {
  canChooseOutput,
  listDevices,
  measureCamera,
  measureMicrophone,
  openMedia,
  playTone,
} from './checks/devices.ts';
import { gather } from './checks/network.ts';
import { runLoopback } from './checks/loopback.ts';
import { el, readIsland, resultCard, table } from './dom.ts';
import { showReport } from './report-panel.ts';

const island = readIsland();
const t = island.strings.precall;
const root = document.querySelector<HTMLElement>('[data-precall]')!;
const status = root.querySelector<HTMLElement>('[data-status]')!;
const startButton = root.querySelector<HTMLButtonElement>('[data-start]')!;
const results = new Map<CheckResult['id'], CheckResult>();

const ICE_TIMEOUT_S = 10;
const LOOPBACK_S = 6;
const ORDER: CheckResult['id'][] = [
  'webrtc',
  'secureContext',
  'permissions',
  'codecs',
  'devices',
  'camera',
  'microphone',
  'speaker',
  'ice',
  'loopback',
];
const SLOT: Record<CheckResult['id'], string> = {
  webrtc: 'environment',
  secureContext: 'environment',
  permissions: 'environment',
  codecs: 'environment',
  devices: 'devices',
  camera: 'devices',
  microphone: 'devices',
  speaker: 'devices',
  ice: 'network',
  loopback: 'loopback',
};

function slot(name: string): HTMLElement {
  return root.querySelector<HTMLElement>(`[data-slot="${name}"]`)!;
}

function show(result: CheckResult): void {
  results.set(result.id, result);
  const list = slot(SLOT[result.id]).querySelector<HTMLElement>('.checks')!;
  const card = resultCard(island, {
    id: result.id,
    title: t.checks[result.id],
    level: result.level,
    sentences: [
      checkText(island.strings, result),
      ...(result.notes ?? []).map((note) => checkText(island.strings, note)),
    ],
    link: result.link,
  });
  const existing = list.querySelector(`[data-check="${result.id}"]`);
  if (existing) existing.replaceWith(card);
  else {
    // Keep the cards in the order of the checks, whatever order they finish in.
    const after = [...list.children].find(
      (child) => ORDER.indexOf((child as HTMLElement).dataset.check as CheckResult['id']) > ORDER.indexOf(result.id),
    );
    list.insertBefore(card, after ?? null);
  }
}

function setStatus(text: string): void {
  status.textContent = text;
}

function updateReport(): void {
  const ordered = ORDER.flatMap((id) => (results.has(id) ? [results.get(id)!] : []));
  const markdown = precallMarkdown(island.strings, island.links, {
    results: ordered,
    userAgent: navigator.userAgent,
    when: new Date().toISOString().replace('T', ' ').slice(0, 16) + ' UTC',
  });
  showReport({ kind: 'precall', title: t.report.heading, createdAt: new Date().toISOString(), markdown });
}

async function checkEnvironment(): Promise<void> {
  const environment = await collectEnvironment();
  show(
    environment.missing.length > 0
      ? {
          id: 'webrtc',
          level: 'bad',
          key: 'webrtcNo',
          params: { missing: environment.missing.join(', ') },
          link: CHECK_LINKS.webrtc,
        }
      : { id: 'webrtc', level: 'good', key: 'webrtcYes' },
  );
  show({
    id: 'secureContext',
    level: environment.secure ? 'good' : 'bad',
    key: environment.secure ? 'secureYes' : 'secureNo',
    link: CHECK_LINKS.permissions,
  });
  showPermissions(environment.permissions.camera, environment.permissions.microphone);
  const send = codecSupport(environment.send);
  const receive = codecSupport(environment.receive);
  show(codecsResult(send, receive));
  const c = t.codecTable;
  const yesNo = (value: boolean | undefined) => (value === undefined ? c.unknown : value ? c.yes : c.no);
  const names = [...new Set([...send.names, ...receive.names])];
  const hardware = (name: string) => environment.hardware.find((entry) => name.toUpperCase().startsWith(entry.codec));
  slot('environment')
    .querySelector('[data-codec-table]')!
    .replaceChildren(
      table(
        c.caption,
        [c.codec, c.send, c.receive, c.decode, c.encode],
        names.map((name) => {
          const info = hardware(name);
          return [
            name,
            yesNo(send.names.includes(name)),
            yesNo(receive.names.includes(name)),
            `${yesNo(info?.decode?.smooth)} / ${yesNo(info?.decode?.powerEfficient)}`,
            `${yesNo(info?.encode?.smooth)} / ${yesNo(info?.encode?.powerEfficient)}`,
          ];
        }),
      ),
    );
}

function showPermissions(camera: string, microphone: string, error?: { name: string }): void {
  const states = t.results.permissionStates as Record<string, string>;
  const denied = camera === 'denied' || microphone === 'denied' || error?.name === 'NotAllowedError';
  show({
    id: 'permissions',
    level: denied ? 'bad' : camera === 'granted' && microphone === 'granted' ? 'good' : 'info',
    key: 'permissions',
    params: { camera: states[camera] ?? camera, microphone: states[microphone] ?? microphone },
    notes: denied ? [{ key: 'permissionDenied' }] : [],
    link: error
      ? { ...CHECK_LINKS.permissions, error: { api: 'getusermedia', code: error.name } }
      : CHECK_LINKS.permissions,
  });
}

async function checkDevices(): Promise<MediaStream | undefined> {
  const opened = await openMedia();
  const devices = await listDevices();
  const count = (kind: MediaDeviceKind) => devices.filter((device) => device.kind === kind).length;
  const kinds = t.deviceKinds as Record<string, string>;
  slot('devices')
    .querySelector('[data-device-list]')!
    .replaceChildren(
      ...devices.map((device) =>
        el(
          'li',
          {},
          `${kinds[device.kind] ?? device.kind}${island.strings.common.punctuation.colon}`,
          device.label || t.unnamedDevice,
        ),
      ),
    );
  const cameras = count('videoinput');
  const microphones = count('audioinput');
  show({
    id: 'devices',
    level: opened.error
      ? 'bad'
      : cameras + microphones === 0
        ? 'bad'
        : cameras === 0 || microphones === 0
          ? 'degraded'
          : 'good',
    key: cameras + microphones === 0 ? 'devicesNone' : 'devices',
    params: { cameras, microphones, speakers: count('audiooutput') },
    notes: opened.error ? [{ key: 'gumError', params: { ...opened.error } }] : [],
    link: {
      ...CHECK_LINKS.permissions,
      ...(opened.error ? { error: { api: 'getusermedia', code: opened.error.name } } : {}),
    },
  });
  if (opened.error?.name === 'NotAllowedError') {
    const current = results.get('permissions')?.params ?? {};
    showPermissions(String(current.camera ?? 'unknown'), String(current.microphone ?? 'unknown'), opened.error);
  }
  fillOutputs(devices);
  return opened.stream;
}

async function checkCamera(stream: MediaStream | undefined): Promise<void> {
  const track = stream?.getVideoTracks()[0];
  if (!track) {
    show({ id: 'camera', level: 'skipped', key: 'cameraNone' });
    return;
  }
  const video = slot('devices').querySelector<HTMLVideoElement>('[data-preview]')!;
  video.hidden = false;
  show(cameraResult(await measureCamera(track, video), island.numbers));
}

async function checkMicrophone(stream: MediaStream | undefined): Promise<void> {
  const track = stream?.getAudioTracks()[0];
  if (!track) {
    show({ id: 'microphone', level: 'skipped', key: 'microphoneNone' });
    return;
  }
  const meter = slot('devices').querySelector<HTMLMeterElement>('[data-meter]')!;
  meter.closest<HTMLElement>('[data-meter-row]')!.hidden = false;
  const samples = await measureMicrophone(track, (db) => {
    meter.value = Math.max(-100, db);
  });
  show(micResult(track.label, samples, island.numbers));
}

/* Speakers: a tone the user confirms. */
const speaker = root.querySelector<HTMLElement>('[data-speaker]')!;
const outputSelect = speaker.querySelector<HTMLSelectElement>('[data-output]')!;

function fillOutputs(devices: MediaDeviceInfo[]): void {
  const outputs = devices.filter((device) => device.kind === 'audiooutput' && device.deviceId !== 'default');
  outputSelect.replaceChildren(
    el('option', { value: '' }, t.results.speakerDefault),
    ...outputs.map((device) => el('option', { value: device.deviceId }, device.label || t.unnamedDevice)),
  );
}

function setupSpeaker(): void {
  if (!canChooseOutput()) speaker.querySelector<HTMLElement>('[data-no-sink]')!.hidden = false;
  speaker
    .querySelector<HTMLButtonElement>('[data-play]')!
    .addEventListener('click', () => void playTone(outputSelect.value).catch(() => undefined));
  for (const button of speaker.querySelectorAll<HTMLButtonElement>('[data-heard]')) {
    button.addEventListener('click', () => {
      const heard = button.dataset.heard === 'yes';
      const output = outputSelect.selectedOptions[0]?.textContent ?? t.results.speakerDefault;
      show({
        id: 'speaker',
        level: heard ? 'good' : 'bad',
        key: heard ? 'speakerYes' : 'speakerNo',
        params: { output },
        link: CHECK_LINKS.speaker,
      });
      if (!startButton.disabled) updateReport();
    });
  }
}

/* Network: the configured servers, or what the user typed. */
const serverForm = root.querySelector<HTMLFormElement>('[data-servers]')!;
const serverField = (name: string) => serverForm.elements.namedItem(name) as HTMLInputElement | HTMLTextAreaElement;
const configured = fromConfig(island.iceServers);
serverField('urls').value = toText(configured.servers, configured.endpoints);
const firstTurn = configured.servers.find((server) => server.username);
serverField('username').value = firstTurn?.username ?? '';
serverField('credential').value = firstTurn?.credential ?? '';

async function serversToTest(): Promise<{ servers: IceServer[]; problems: string[] }> {
  const typed = fromText(serverField('urls').value, serverField('username').value, serverField('credential').value);
  const problems = typed.invalid.map((entry) => fill(t.servers.invalid, { ...entry }));
  const servers = [...typed.servers];
  for (const endpoint of typed.endpoints) {
    try {
      const response = await fetch(endpoint, { credentials: 'omit' });
      servers.push(...fromEndpointJson(await response.json()));
    } catch (error) {
      problems.push(
        fill(t.servers.fetchFailed, { url: endpoint, message: error instanceof Error ? error.message : String(error) }),
      );
    }
  }
  return { servers, problems };
}

async function checkNetwork(): Promise<void> {
  const { servers, problems } = await serversToTest();
  serverForm.querySelector('[data-server-problems]')!.textContent = problems.join(' ');
  const gathering = await gather(servers, ICE_TIMEOUT_S * 1000);
  show(
    iceResult(
      {
        serverUrls: servers.flatMap((server) => server.urls),
        candidates: gathering.candidates,
        errors: gathering.errors,
        timedOut: gathering.timedOut,
        timeoutSeconds: ICE_TIMEOUT_S,
      },
      island.numbers,
    ),
  );
  const tally = tallyCandidates(gathering.candidates);
  const c = t.candidatesTable;
  slot('network')
    .querySelector('[data-candidates]')!
    .replaceChildren(
      table(
        c.caption,
        [c.type, c.protocol, c.count],
        Object.entries(tally.byProtocol).map(([protocol, count]) => {
          const [type, transport] = protocol.startsWith('relay/')
            ? ['relay', protocol.slice(6)]
            : ['host / srflx', protocol];
          return [type, transport, count];
        }),
      ),
    );
}

serverForm.addEventListener('submit', (event) => {
  event.preventDefault();
  const button = serverForm.querySelector<HTMLButtonElement>('button')!;
  button.disabled = true;
  setStatus(fill(t.running, { step: t.steps.network }));
  void checkNetwork()
    .then(() => {
      setStatus('');
      if (results.size > 1) updateReport();
    })
    .finally(() => (button.disabled = false));
});

async function checkLoopback(stream: MediaStream | undefined): Promise<void> {
  const track = stream?.getVideoTracks()[0];
  if (!track) {
    show({ id: 'loopback', level: 'skipped', key: 'loopbackNoVideo' });
    return;
  }
  const copy = track.clone();
  try {
    const samples = await runLoopback(copy, LOOPBACK_S, (second) =>
      setStatus(`${fill(t.running, { step: t.steps.loopback })} ${second}/${LOOPBACK_S} s`),
    );
    const { result, seconds } = loopbackResult(samples, island.numbers);
    show(result);
    renderLoopbackTable(seconds);
  } catch (error) {
    show({
      id: 'loopback',
      level: 'error',
      key: 'loopbackFailed',
      params: { message: error instanceof Error ? error.message : String(error) },
      link: CHECK_LINKS.ice,
    });
  } finally {
    copy.stop();
  }
}

function renderLoopbackTable(seconds: LoopbackSecond[]): void {
  const c = t.loopbackTable;
  const reasons = t.results.reasons as Record<string, string>;
  slot('loopback')
    .querySelector('[data-loopback-table]')!
    .replaceChildren(
      table(
        c.caption,
        [c.second, c.bitrate, c.fps, c.resolution, c.reason],
        seconds.map((second) => [
          second.t,
          second.kbps,
          second.fps ?? '–',
          second.width && second.height ? `${second.width}×${second.height}` : '–',
          second.reason ? (reasons[second.reason] ?? second.reason) : '–',
        ]),
      ),
    );
}

async function run(): Promise<void> {
  startButton.disabled = true;
  let stream: MediaStream | undefined;
  try {
    setStatus(fill(t.running, { step: t.steps.environment }));
    await checkEnvironment();
    setStatus(fill(t.running, { step: t.steps.devices }));
    stream = await checkDevices();
    setStatus(fill(t.running, { step: t.steps.camera }));
    await checkCamera(stream);
    setStatus(fill(t.running, { step: t.steps.microphone }));
    await checkMicrophone(stream);
    if (!results.has('speaker')) show({ id: 'speaker', level: 'skipped', key: 'speakerPending' });
    setStatus(fill(t.running, { step: t.steps.network }));
    await checkNetwork();
    setStatus(fill(t.running, { step: t.steps.loopback }));
    await checkLoopback(stream);
    const levels = [...results.values()].map((result) => result.level);
    const count = (level: string) => levels.filter((entry) => entry === level).length;
    setStatus(fill(t.done, { bad: count('bad') + count('error'), degraded: count('degraded'), good: count('good') }));
    updateReport();
  } catch (error) {
    setStatus(fill(t.failed, { message: error instanceof Error ? error.message : String(error) }));
  } finally {
    for (const track of stream?.getTracks() ?? []) track.stop();
    const video = root.querySelector<HTMLVideoElement>('[data-preview]');
    if (video) video.srcObject = null;
    startButton.disabled = false;
    startButton.textContent = t.restart;
  }
}

setupSpeaker();
startButton.hidden = false;
startButton.addEventListener('click', () => void run());
