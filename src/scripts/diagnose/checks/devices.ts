/**
 * Camera, microphone and speakers: opens them and measures what they deliver.
 * Frame rate is counted with requestVideoFrameCallback (what was really painted),
 * level and clipping read from an AnalyserNode.
 */
import { CLIP_LEVEL, type CameraSamples, type MicSamples } from '../../../lib/diagnose/precall.ts';

export const REQUESTED = { width: 1280, height: 720, frameRate: 30 };

export interface Opened {
  stream?: MediaStream;
  /** `NotAllowedError`, `NotFoundError`…: the name links to the getUserMedia error pages. */
  error?: { name: string; message: string };
}

export async function openMedia(): Promise<Opened> {
  const video = {
    width: { ideal: REQUESTED.width },
    height: { ideal: REQUESTED.height },
    frameRate: { ideal: REQUESTED.frameRate },
  };
  try {
    return { stream: await navigator.mediaDevices.getUserMedia({ audio: true, video }) };
  } catch (first) {
    // One device may be missing or busy: try each alone so the other can still be tested.
    for (const constraints of [{ audio: true }, { video }]) {
      try {
        return { stream: await navigator.mediaDevices.getUserMedia(constraints), error: describe(first) };
      } catch {
        // Try the next.
      }
    }
    return { error: describe(first) };
  }
}

function describe(error: unknown): { name: string; message: string } {
  return error instanceof Error
    ? { name: error.name, message: error.message }
    : { name: 'Error', message: String(error) };
}

export async function listDevices(): Promise<MediaDeviceInfo[]> {
  try {
    return await navigator.mediaDevices.enumerateDevices();
  } catch {
    return [];
  }
}

export async function measureCamera(
  track: MediaStreamTrack,
  video: HTMLVideoElement,
  seconds = 2,
): Promise<CameraSamples> {
  video.srcObject = new MediaStream([track]);
  await video.play().catch(() => undefined);
  let frames = 0;
  const started = performance.now();
  const measured = await new Promise<number>((resolve) => {
    const done = () => resolve((frames * 1000) / (performance.now() - started));
    if (!('requestVideoFrameCallback' in video)) {
      setTimeout(() => resolve(track.getSettings().frameRate ?? 0), seconds * 1000);
      return;
    }
    const count = () => {
      frames += 1;
      if (performance.now() - started < seconds * 1000) video.requestVideoFrameCallback(count);
      else done();
    };
    video.requestVideoFrameCallback(count);
    // A camera that delivers nothing must not hang the check.
    setTimeout(done, seconds * 1000 + 1000);
  });
  const settings = track.getSettings();
  return {
    label: track.label,
    width: settings.width ?? video.videoWidth,
    height: settings.height ?? video.videoHeight,
    settingsFps: settings.frameRate,
    measuredFps: measured,
    requested: `${REQUESTED.width}×${REQUESTED.height}, ${REQUESTED.frameRate} fps`,
  };
}

/** Reads the microphone for a few seconds; `onLevel` gets the current RMS in dBFS for the meter. */
export async function measureMicrophone(
  track: MediaStreamTrack,
  onLevel: (db: number) => void,
  seconds = 3,
): Promise<MicSamples> {
  const context = new AudioContext();
  await context.resume().catch(() => undefined);
  const source = context.createMediaStreamSource(new MediaStream([track]));
  const analyser = context.createAnalyser();
  analyser.fftSize = 2048;
  source.connect(analyser);
  const buffer = new Float32Array(analyser.fftSize);
  const result: MicSamples & { windowRms: number[] } = { windowRms: [], samples: 0, clippedSamples: 0 };
  await new Promise<void>((resolve) => {
    const started = performance.now();
    const timer = setInterval(() => {
      analyser.getFloatTimeDomainData(buffer);
      let sum = 0;
      for (const sample of buffer) {
        sum += sample * sample;
        if (Math.abs(sample) >= CLIP_LEVEL) result.clippedSamples += 1;
      }
      result.samples += buffer.length;
      const rms = Math.sqrt(sum / buffer.length);
      result.windowRms.push(rms);
      onLevel(rms > 0 ? 20 * Math.log10(rms) : -100);
      if (performance.now() - started >= seconds * 1000) {
        clearInterval(timer);
        resolve();
      }
    }, 100);
  });
  source.disconnect();
  await context.close();
  return result;
}

export function canChooseOutput(): boolean {
  return typeof AudioContext !== 'undefined' && 'setSinkId' in AudioContext.prototype;
}

/** One second of 440 Hz at a comfortable level on the chosen output (or the default one). */
export async function playTone(sinkId: string): Promise<void> {
  const context = new AudioContext();
  if (sinkId && canChooseOutput()) {
    await (context as AudioContext & { setSinkId(id: string): Promise<void> }).setSinkId(sinkId);
  }
  const oscillator = context.createOscillator();
  const gain = context.createGain();
  oscillator.frequency.value = 440;
  gain.gain.value = 0.2;
  oscillator.connect(gain).connect(context.destination);
  oscillator.start();
  await new Promise((resolve) => setTimeout(resolve, 1000));
  oscillator.stop();
  await context.close();
}
