/**
 * Reads and analyses a dump off the main thread, so a 50 MB file never blocks
 * typing or scrolling: gunzip, JSON, model, analysis, all pure functions of
 * src/lib/diagnose/. Only the analysis (findings, summaries, chart series of at
 * most a few thousand points) goes back to the page.
 */
import { analyseDump, type DumpAnalysis } from '../../lib/diagnose/analyse.ts';
import { DumpError, dumpText, parseDump } from '../../lib/diagnose/dump.ts';
import type { Numbers } from '../../schemas/numbers.ts';

export interface DumpRequest {
  file: Blob;
  numbers: Numbers;
}

export type DumpResponse =
  | { ok: true; analysis: DumpAnalysis }
  | { ok: false; code: DumpError['code'] | 'no-peer-connections' | 'unknown'; message: string };

self.addEventListener('message', async (event: MessageEvent<DumpRequest>) => {
  const reply = (response: DumpResponse) => self.postMessage(response);
  try {
    const bytes = new Uint8Array(await event.data.file.arrayBuffer());
    const model = parseDump(await dumpText(bytes));
    if (model.peerConnections.length === 0) {
      reply({ ok: false, code: 'no-peer-connections', message: '' });
      return;
    }
    reply({ ok: true, analysis: analyseDump(model, event.data.numbers) });
  } catch (error) {
    reply({
      ok: false,
      code: error instanceof DumpError ? error.code : 'unknown',
      message: error instanceof Error ? error.message : String(error),
    });
  }
});
