/**
 * `npm run diagnose:record`: records the dumps the analyser is tested with. It runs
 * loopback calls in the test Chromium (fake camera and microphone) and saves each
 * dump through chrome://webrtc-internals's own "Download the webrtc-internals dump"
 * button, compressed as current Chrome writes it. So the fixtures are real dumps,
 * byte for byte what a user attaches, not a re-creation of the format.
 *
 *   npm run diagnose:record                 all scenarios
 *   npm run diagnose:record -- --only audio-only --seconds 10
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Page } from 'playwright';
import { CHROMIUM } from './shared/chromium.ts';
import { ROOT } from './shared/site-build.ts';

export const FIXTURE_DIR = join(ROOT, 'src/lib/diagnose/fixtures');

interface Scenario {
  /** File name without `.json.gz`. */
  name: string;
  video: boolean;
  /** Cap on the video sender's bitrate, applied with RTCRtpSender.setParameters once connected. */
  maxVideoBitrate?: number;
}

const SCENARIOS: Scenario[] = [
  { name: 'healthy', video: true },
  { name: 'bandwidth-starved', video: true, maxVideoBitrate: 80_000 },
  { name: 'audio-only', video: false },
];

const { values } = parseArgs({
  options: { only: { type: 'string' }, seconds: { type: 'string', default: '30' } },
});
const seconds = Number(values.seconds);
const chosen = SCENARIOS.filter((scenario) => !values.only || scenario.name === values.only);
if (chosen.length === 0) throw new Error(`--only takes one of: ${SCENARIOS.map((s) => s.name).join(', ')}`);

/** Runs in the page: a call between two peer connections, kept open so webrtc-internals keeps sampling it. */
async function startLoopback(scenario: Scenario): Promise<void> {
  const stream = await navigator.mediaDevices.getUserMedia({
    audio: true,
    video: scenario.video ? { width: 640, height: 360, frameRate: 30 } : false,
  });
  const caller = new RTCPeerConnection();
  const callee = new RTCPeerConnection();
  caller.addEventListener('icecandidate', (event) => void (event.candidate && callee.addIceCandidate(event.candidate)));
  callee.addEventListener('icecandidate', (event) => void (event.candidate && caller.addIceCandidate(event.candidate)));
  for (const track of stream.getTracks()) caller.addTrack(track, stream);
  callee.addEventListener('track', (event) => {
    const element = document.createElement(event.track.kind === 'video' ? 'video' : 'audio');
    element.srcObject = event.streams[0] ?? null;
    element.muted = true;
    element.autoplay = true;
    document.body.append(element);
  });
  await caller.setLocalDescription();
  await callee.setRemoteDescription(caller.localDescription!);
  await callee.setLocalDescription();
  await caller.setRemoteDescription(callee.localDescription!);
  if (scenario.maxVideoBitrate) {
    const sender = caller.getSenders().find((candidate) => candidate.track?.kind === 'video')!;
    const parameters = sender.getParameters();
    for (const encoding of parameters.encodings) encoding.maxBitrate = scenario.maxVideoBitrate;
    await sender.setParameters(parameters);
  }
  (window as unknown as { calls: RTCPeerConnection[] }).calls = [caller, callee];
}

async function record(page: Page, internals: Page, scenario: Scenario): Promise<Buffer> {
  // A secure origin without a server: 127.0.0.1 counts as potentially trustworthy.
  await page.route('http://127.0.0.1:9/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Loopback</title>' }),
  );
  await page.goto('http://127.0.0.1:9/');
  await page.evaluate(startLoopback, scenario);
  await page.waitForTimeout(seconds * 1000);
  await internals.bringToFront();
  const details = internals.locator('details', { has: internals.locator('#dump-click-target') });
  if (!(await details.evaluate((element) => (element as HTMLDetailsElement).open))) {
    await details.locator('summary').click();
  }
  await internals.locator('#dump-checkbox').check();
  const [download] = await Promise.all([
    internals.waitForEvent('download'),
    internals.locator('#dump-click-target').click(),
  ]);
  if (!download.suggestedFilename().endsWith('.gz'))
    throw new Error(`expected a .gz dump, got ${download.suggestedFilename()}`);
  return readFileSync(await download.path());
}

mkdirSync(FIXTURE_DIR, { recursive: true });
for (const scenario of chosen) {
  // A browser per scenario: webrtc-internals lists every peer connection the browser has seen.
  const browser = await chromium.launch({
    ...CHROMIUM,
    args: [...CHROMIUM.args, '--use-fake-device-for-media-stream=fps=30', '--use-fake-ui-for-media-stream'],
  });
  try {
    const context = await browser.newContext({ acceptDownloads: true });
    const internals = await context.newPage();
    await internals.goto('chrome://webrtc-internals');
    const page = await context.newPage();
    process.stdout.write(`${scenario.name}: ${seconds} s call… `);
    const dump = await record(page, internals, scenario);
    const file = join(FIXTURE_DIR, `${scenario.name}.json.gz`);
    writeFileSync(file, dump);
    console.log(`${file} (${Math.round(dump.byteLength / 1024)} kB)`);
  } finally {
    await browser.close();
  }
}
