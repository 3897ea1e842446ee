import type { Numbers } from '../../schemas/numbers.ts';
import { callCharts, type ChartData } from './charts.ts';
import type { DumpModel, PeerConnectionModel } from './dump.ts';
import { callFindings, callMetrics, type Finding, type Metric } from './findings.ts';
import { growth, objectsOfType } from './series.ts';
import { sessionSummary, type SessionSummary } from './session.ts';

/**
 * A dump, analysed: per peer connection its session, graded metrics, findings
 * and charts. Pure and serialisable, so the worker computes it and the page only
 * renders it.
 */

export interface PeerConnectionAnalysis {
  id: string;
  session: SessionSummary;
  /** Bytes sent and received over the dump: which connection carried the call. */
  mediaBytes: number;
  metrics: Metric[];
  findings: Finding[];
  charts: ChartData[];
}

export interface DumpAnalysis {
  userAgent: string;
  peerConnections: PeerConnectionAnalysis[];
}

function mediaBytes(pc: PeerConnectionModel): number {
  return [...objectsOfType(pc, 'outbound-rtp'), ...objectsOfType(pc, 'inbound-rtp')].reduce(
    (sum, rtp) => sum + Math.max(0, growth(rtp, 'bytesSent') ?? 0) + Math.max(0, growth(rtp, 'bytesReceived') ?? 0),
    0,
  );
}

export function analysePeerConnection(
  pc: PeerConnectionModel,
  numbers: Numbers,
  maxPoints?: number,
): PeerConnectionAnalysis {
  const session = sessionSummary(pc);
  const metrics = callMetrics(pc, session, numbers);
  return {
    id: pc.id,
    session,
    mediaBytes: mediaBytes(pc),
    metrics,
    findings: callFindings(pc, session, metrics),
    charts: callCharts(pc, maxPoints),
  };
}

/** Peer connections that carried media come first, the busiest first. */
export function analyseDump(model: DumpModel, numbers: Numbers, maxPoints?: number): DumpAnalysis {
  return {
    userAgent: model.userAgent,
    peerConnections: model.peerConnections
      .map((pc) => analysePeerConnection(pc, numbers, maxPoints))
      .sort((a, b) => b.mediaBytes - a.mediaBytes),
  };
}
