import { describe, expect, it } from 'vitest';
import { analyseDump, type PeerConnectionAnalysis } from './analyse.ts';
import type { DumpModel, PeerConnectionModel, StatsObject } from './dump.ts';
import { fixtureModel, numbers } from './test-fixtures.ts';

const receiver = (model: DumpModel) =>
  model.peerConnections.find((pc) => Object.values(pc.stats).some((object) => object.type === 'inbound-rtp'))!;
const stream = (pc: PeerConnectionModel, type: string, kind: string) =>
  Object.values(pc.stats).find((object) => object.type === type && object.fields.kind?.values.at(-1) === kind)!;

/** Rewrites a cumulative counter of a real stream, sample by sample. */
function setCounter(object: StatsObject, field: string, value: (index: number, count: number) => number): void {
  const times = object.fields.timestamp!.values as number[];
  object.fields[field] = { times, values: times.map((_, index) => value(index, times.length)) };
}

const byId = (analysis: PeerConnectionAnalysis[]) => analysis.flatMap((pc) => pc.findings);

describe('findings on the recorded dumps', () => {
  it('healthy call: every metric graded good and nothing to report', async () => {
    const { peerConnections } = analyseDump(await fixtureModel('healthy'), numbers);
    expect(byId(peerConnections)).toEqual([]);
    const metrics = peerConnections.flatMap((pc) => pc.metrics);
    expect(new Set(metrics.map((metric) => metric.id))).toEqual(
      new Set([
        'rtt',
        'packet-loss',
        'jitter',
        'frame-rate',
        'freeze-rate',
        'concealment',
        'quality-limited',
        'encode-time',
      ]),
    );
    expect(metrics.filter((metric) => metric.level !== 'good')).toEqual([]);
    expect(peerConnections[0]!.session.codecsInUse).toEqual(['audio opus', 'video VP8']);
    expect(peerConnections[0]!.session.selectedPair?.relayed).toBe(false);
  });

  it('bandwidth-starved call: video was limited by bandwidth for most of the call and stayed at 180p', async () => {
    const { peerConnections } = analyseDump(await fixtureModel('bandwidth-starved'), numbers);
    const findings = byId(peerConnections);
    expect(findings.map((finding) => [finding.id, finding.level])).toEqual([['bandwidth-limited', 'bad']]);
    const [limited] = findings;
    expect(limited!.params.height).toBe(180);
    expect(limited!.params.seconds).toBeGreaterThanOrEqual(20);
    expect(limited!.params.percent).toBeGreaterThan(numbers.thresholds['quality-limited']!.bad);
    expect(limited!.link).toEqual({ article: 'KB-1203' });
  });

  it('audio-only call: audio metrics only, no video charts, nothing to report', async () => {
    const { peerConnections } = analyseDump(await fixtureModel('audio-only'), numbers);
    expect(byId(peerConnections)).toEqual([]);
    const metrics = peerConnections.flatMap((pc) => pc.metrics);
    expect(metrics.some((metric) => metric.kind === 'video')).toBe(false);
    expect(metrics.map((metric) => metric.id)).toContain('concealment');
    const charts = peerConnections.flatMap((pc) => pc.charts.map((chart) => chart.id));
    expect(charts).not.toContain('frame-rate');
    expect(charts).not.toContain('resolution');
    expect(peerConnections[0]!.session.media.map((media) => media.kind)).toEqual(['audio']);
  });
});

describe('findings on impaired versions of the healthy dump', () => {
  it('freezes under packet loss: counted, timed and linked to the freezes article', async () => {
    const model = await fixtureModel('healthy');
    const video = stream(receiver(model), 'inbound-rtp', 'video');
    const received = video.fields.packetsReceived!.values as number[];
    setCounter(video, 'packetsLost', (index) => Math.round(received[index]! * (12 / 88)));
    setCounter(video, 'freezeCount', (index, count) => Math.round((7 * index) / (count - 1)));
    setCounter(video, 'totalFreezesDuration', (index, count) => (18 * index) / (count - 1));
    const findings = byId(analyseDump(model, numbers).peerConnections);
    const freezes = findings.find((finding) => finding.id === 'freezes')!;
    expect(freezes.level).toBe('bad');
    expect(freezes.params).toMatchObject({ count: 7, seconds: 18, loss: 12 });
    expect(freezes.link.article).toBe('KB-1204');
    const loss = findings.find((finding) => finding.id === 'packet-loss')!;
    expect(loss).toMatchObject({ level: 'bad', params: { kind: 'video', percent: 12 } });
    expect(findings[0]!.level).toBe('bad');
  });

  it('no decoded frames: a black screen, linked to KB-1205', async () => {
    const model = await fixtureModel('healthy');
    setCounter(stream(receiver(model), 'inbound-rtp', 'video'), 'framesDecoded', () => 0);
    const findings = byId(analyseDump(model, numbers).peerConnections);
    expect(findings.find((finding) => finding.id === 'no-video-received')?.link.article).toBe('KB-1205');
  });

  it('CPU-limited encoder: linked to the overheating article', async () => {
    const model = await fixtureModel('healthy');
    const sender = model.peerConnections.find((pc) => pc !== receiver(model))!;
    const video = stream(sender, 'outbound-rtp', 'video');
    const durations = video.fields.qualityLimitationDurations!;
    durations.values = durations.values.map((_, index) => ({ none: 1, cpu: index, bandwidth: 0, other: 0 }));
    const findings = byId(analyseDump(model, numbers).peerConnections);
    expect(findings.find((finding) => finding.id === 'cpu-limited')).toMatchObject({
      level: 'bad',
      link: { article: 'KB-1215' },
    });
  });

  it('ICE failure and candidate errors from the update log, with their error codes', async () => {
    const model = await fixtureModel('audio-only');
    const pc = model.peerConnections[0]!;
    pc.events.push(
      {
        time: 0,
        type: 'onicecandidateerror',
        // As Chrome 156 logged a TURN server that did not answer.
        value:
          '{"url":"turn:192.0.2.2:3478?transport=udp","address":"0.0.0.x","port":47270,"host_candidate":"0.0.0.x:47270","error_text":"TURN allocate request timed out.","error_code":701}',
      },
      { time: 1, type: 'oniceconnectionstatechange', value: '"failed"' },
    );
    const findings = analyseDump(model, numbers).peerConnections.find((entry) => entry.id === pc.id)!.findings;
    expect(findings.map((finding) => finding.id)).toEqual(['ice-failed', 'candidate-error']);
    expect(findings[0]!.link.error).toEqual({ api: 'ice', code: 'ICE failed' });
    expect(findings[1]!.params).toEqual({
      code: 701,
      url: 'turn:192.0.2.2:3478?transport=udp',
      text: 'TURN allocate request timed out.',
    });
    expect(findings[1]!.link.error).toEqual({ api: 'ice', code: '701' });
  });
});
