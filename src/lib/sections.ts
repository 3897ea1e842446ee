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
  /** The same texts for Chinese pages, as Chinese developers name the scenario. */
  zh: Pick<Section, 'name' | 'navLabel' | 'pitch' | 'latencyTarget' | 'typicalProblems'>;
}

/** A section's texts in a page's language. */
export function sectionText(
  section: Section,
  locale: 'en' | 'zh',
): Pick<Section, 'name' | 'navLabel' | 'pitch' | 'latencyTarget' | 'typicalProblems'> {
  return locale === 'zh' ? section.zh : section;
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
    zh: {
      navLabel: '秀场直播',
      name: '秀场直播（连麦、PK）',
      pitch: '一个主播对很多观众，带连麦和 PK：画质和流畅度决定观众留不留。',
      latencyTarget: '主播到观众 500 ms 以内；互相对话的连麦主播之间 300 ms 以内。',
      typicalProblems: [
        '观众端卡顿或画面定格',
        '观众端画面糊、有马赛克',
        '进房首帧慢',
        '连麦后有回声或延迟',
        '美颜让中端机发烫',
      ],
    },
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
    zh: {
      navLabel: '1v1 视频',
      name: '1v1 视频社交',
      pitch: '两个人私密视频通话：接通要快、要有面对面的感觉，弱网下也一样。',
      latencyTarget: '1 秒内接通（全球最好情况约 600 ms）；嘴到耳 300 ms 以内。',
      typicalProblems: [
        '接通要好几秒或接不通',
        '音画不同步',
        '移动网络下画面卡住',
        '一端黑屏',
        '低端机开美颜或背景虚化发烫',
      ],
    },
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
    zh: {
      navLabel: '语聊房',
      name: '语聊房',
      pitch: '纯语音房间，几个人上麦说话、很多人听：回声、啸叫和谁能上麦是每天都会遇到的问题。',
      latencyTarget: '说话人到听众 300 ms 以内才能自然接话；超过 400 ms 就会互相抢话。',
      typicalProblems: [
        '同一房间两台手机有回声或啸叫',
        '一方听不到声音',
        '声音发闷像机器人或断断续续',
        '蓝牙耳机切到低音质通话模式',
        '语音模式下音乐发薄、忽大忽小',
      ],
    },
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
    zh: {
      navLabel: '出海',
      name: '出海',
      pitch: '用户分布在不同国家和运营商：选好区域、绕开拥塞链路，并遵守当地数据保护法规。',
      latencyTarget: '任何地区最好情况 600 ms 内接通；跨洲单向延迟经专线骨干网 400 ms 以内。',
      typicalProblems: [
        '跨洲用户之间延迟高',
        '某个国家的运营商下通话失败或卡顿',
        '同一市场设备的编解码支持不一',
        '个人数据必须留在本地区',
        '用户的夜里正是你的白天，没人值班',
      ],
    },
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
    zh: {
      navLabel: '售后参考',
      name: '售后支持参考',
      pitch: '所有场景通用：故障等级和响应时间、怎样提一个能被解决的工单、日志、指标和错误码。',
      latencyTarget: 'P0 故障 15 分钟内首次响应，全天候。',
      typicalProblems: ['这次故障算哪个等级？', '工单里要写什么', '各平台的日志在哪', '某个指标或错误码是什么意思'],
    },
  },
};
