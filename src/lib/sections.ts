/**
 * The four scenarios the knowledge base is organised by, plus the cross-scenario
 * support reference. This is the only place scenario facts live: pages, search
 * filters, the wizard and the content check all read them from here.
 *
 * The `id` is also the folder under `content/guides/` and the URL segment.
 */
import { type SectionId } from '../schemas/vocabulary.ts';

export interface Section {
  id: SectionId;
  /** Full name, used as the page title. */
  name: string;
  /** Short name for the header navigation. */
  navLabel: string;
  /** Chinese names, shown under the title and indexed, so that 语聊房 finds the voice rooms page. */
  zhName: string;
  /** One line: what this scenario is and what it needs. */
  pitch: string;
  /** The latency budget that decides whether the experience feels live. */
  latencyTarget: string;
  /** What brings developers of this scenario to support, most common first. */
  typicalProblems: readonly string[];
  /** SVG path data (24×24 viewBox, stroked) for the scenario icon. */
  icon: string;
}

export const SECTIONS: Readonly<Record<SectionId, Section>> = {
  'show-streaming': {
    id: 'show-streaming',
    navLabel: 'Show streaming',
    name: 'Show streaming',
    zhName: '秀场直播 连麦 PK',
    pitch:
      'One host broadcasting to many viewers, with co-hosting and PK battles: image quality and smoothness decide whether viewers stay.',
    latencyTarget: 'Under 500 ms host to viewer; under 300 ms between co-hosts who talk to each other.',
    typicalProblems: [
      'Viewers see stutter or a frozen picture',
      'Image is soft or blocky on the viewer side',
      'Slow first frame when a viewer opens the room',
      'Echo or delay when a co-host joins',
      'Beauty filters overheat mid-range phones',
    ],
    icon: 'M4 7h11v10H4z M15 10l5-3v10l-5-3',
  },
  'one-to-one': {
    id: 'one-to-one',
    navLabel: '1v1 video',
    name: '1v1 video social',
    zhName: '1v1 视频社交 视频通话',
    pitch:
      'Two people on a private video call: the call must connect fast and feel face to face, even on a weak mobile network.',
    latencyTarget: 'Connect in under 1 s (600 ms is the best case worldwide); under 300 ms mouth to ear.',
    typicalProblems: [
      'Call takes seconds to connect or fails to connect',
      'Lips and voice drift apart',
      'Picture freezes on mobile networks',
      'Black screen on one side',
      'Low-end phones heat up with beauty or background blur on',
    ],
    icon: 'M8 8a3 3 0 1 0 0.01 0 M16 8a3 3 0 1 0 0.01 0 M3 20c0-3 2.5-5 5-5s5 2 5 5 M11 20c0-3 2.5-5 5-5s5 2 5 5',
  },
  'voice-rooms': {
    id: 'voice-rooms',
    navLabel: 'Voice rooms',
    name: 'Voice chat rooms',
    zhName: '语聊房 语音房 麦位',
    pitch:
      'Audio-only rooms where a few people on mic seats talk and many listen: echo, howling and who is allowed to publish are the daily questions.',
    latencyTarget:
      'Under 300 ms speaker to listener for natural turn-taking; above 400 ms people talk over each other.',
    typicalProblems: [
      'Echo or howling when two phones are in the same room',
      'One side hears nothing',
      'Voice sounds robotic or cuts out',
      'Bluetooth headset switches to low-quality call audio',
      'Music sounds thin or pumps in speech mode',
    ],
    icon: 'M12 3a3 3 0 0 1 3 3v5a3 3 0 0 1-6 0V6a3 3 0 0 1 3-3z M5 11a7 7 0 0 0 14 0 M12 18v3',
  },
  'going-overseas': {
    id: 'going-overseas',
    navLabel: 'Overseas',
    name: 'Going overseas',
    zhName: '出海 海外 跨国',
    pitch:
      'Users spread across countries and carriers: pick regions well, route around congested links, and meet local data-protection law.',
    latencyTarget:
      'Best-case connect under 600 ms anywhere; cross-continent one-way delay under 400 ms over a managed backbone.',
    typicalProblems: [
      'High latency between users on different continents',
      'Calls fail or stutter on one country’s carrier',
      'Codec support differs across devices in a market',
      'Personal data must stay in a region',
      'Nobody on call when the users’ night is your day',
    ],
    icon: 'M12 3a9 9 0 1 0 0.01 0 M3 12h18 M12 3c3 3.5 3 14.5 0 18 M12 3c-3 3.5-3 14.5 0 18',
  },
  general: {
    id: 'general',
    navLabel: 'Reference',
    name: 'Support reference',
    zhName: '售后 工单 故障等级 错误码',
    pitch:
      'For every scenario: severity levels and response times, how to file a ticket that gets solved, logs, metrics and error codes.',
    latencyTarget: 'P0 incidents get a first response within 15 minutes, around the clock.',
    typicalProblems: [
      'Which severity is this incident?',
      'What to put in a ticket',
      'Where each platform keeps its logs',
      'What a metric or an error code means',
    ],
    icon: 'M12 3l8 4v5c0 5-3.5 8-8 9-4.5-1-8-4-8-9V7z M9 12l2 2 4-4',
  },
};
