import { readFileSync } from 'node:fs';
import { ARTICLE_TYPES, PLATFORMS, type ArticleType } from '../../schemas/article.ts';
import { TROUBLESHOOTING_SECTIONS } from '../../schemas/vocabulary.ts';
import { SECTION_IDS, type SectionId } from '../../schemas/vocabulary.ts';

/**
 * A deterministic synthetic knowledge base for the benchmark: realistic MDX
 * (frontmatter, headings, a table, code in two languages, links to other
 * articles), across every scenario and type, a tenth of it with Chinese text,
 * plus troubleshooting trees. The same `n` always gives the same files.
 */
export interface CorpusFile {
  path: string;
  text: string;
}

/** Mulberry32: small, fast and good enough to pick words reproducibly. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SUBJECTS = [
  'the host',
  'the viewer',
  'the caller',
  'the speaker',
  'the encoder',
  'the jitter buffer',
  'the relay',
  'the SFU',
  'the mobile network',
  'the receiver',
  'the TURN server',
  'the capture pipeline',
];
const VERBS = [
  'drops',
  'delays',
  'retransmits',
  'conceals',
  'measures',
  'buffers',
  'throttles',
  'mixes',
  'forwards',
  'encodes',
  'decodes',
  'reports',
];
const OBJECTS = [
  'packets during 12 % loss',
  'frames after a network handover',
  'audio during double-talk',
  'keyframes on subscribe',
  'the round-trip time',
  'the uplink bitrate',
  'video at 720p and 30 fps',
  'Opus at 32 kbps',
  'jitter spikes of 70 ms',
  'the first frame',
  'echo from the loudspeaker',
  'candidate pairs over TCP 443',
];
const TAIL = [
  'on weak Wi-Fi',
  'in co-hosted shows',
  'during PK battles',
  'for users abroad',
  'on low-end Android phones',
  'behind corporate firewalls',
  'while the app is in the background',
  'after an SDK upgrade',
  'at peak hours',
  'over a managed backbone',
];
const ZH = [
  '卡顿',
  '回声',
  '啸叫',
  '延迟',
  '首帧',
  '黑屏',
  '丢包',
  '连麦',
  '出海',
  '弱网',
  '美颜',
  '蓝牙',
  '麦位',
  '降噪',
  '抖动',
  '码率',
  '帧率',
  '音画不同步',
  '弱网对抗',
  '回声消除',
];
const ZH_SENTENCES = [
  '用户反馈直播时画面{0}，需要检查上行{1}。',
  '语聊房出现{0}时，先确认{1}是否开启。',
  '海外用户{0}明显，建议对比各地区的{1}。',
  '连麦过程中如果{0}，请收集日志并查看{1}。',
];
const TAGS = [
  'stutter',
  'echo',
  'latency',
  'bitrate',
  'first-frame',
  'bluetooth',
  'permissions',
  'ice',
  'codecs',
  'regions',
  'monitoring',
  'logs',
  'aec',
  'mic-seats',
  'network',
  'cpu',
];
const CODES = ['E_CAPTURE', 'E_ICE', 'E_TOKEN', 'E_DECODE', 'E_ROUTE'];

const FIRST_NUMBER = 10001;
const sectionOf = (index: number): SectionId => SECTION_IDS[index % SECTION_IDS.length]!;

/** Path of the article in the middle of a corpus of `n`: the page the benchmark weighs. */
export function sampleArticlePath(n: number): string {
  const index = Math.floor(n / 2);
  return `/${sectionOf(index)}/article-${FIRST_NUMBER + index}/`;
}

/** A Chinese paragraph as a tenth of the articles have: about 150 characters. */
const ZH_PARAGRAPH = [
  '用户反馈直播时画面{0}，我们先在观众端查看入站统计，再对比主播端的上行码率和帧率。',
  '如果只有部分地区出现{0}，通常是链路或运营商的问题；如果所有人同时出现，就按故障处理并提交工单。',
  '处理{0}时，请同时收集两端的日志、getStats 数据和出现问题的准确时间（UTC），这样售后可以快速定位。',
  '在语聊房和连麦场景中，{0}往往和{1}有关，建议先复现，再逐项排查采集、网络和播放三个环节。',
];

/**
 * The benchmark's articles look like the real ones: about 800 words of prose in
 * headed sections, a table, two code samples, a list, links to other articles, and
 * in a tenth of them two paragraphs of Chinese. Every troubleshooting article is the
 * answer of some troubleshooter, as the content check requires.
 */
export function benchCorpus(n: number, seed = 42): CorpusFile[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const sentence = () => `${capitalize(pick(SUBJECTS))} ${pick(VERBS)} ${pick(OBJECTS)} ${pick(TAIL)}.`;
  const paragraph = (count: number) => Array.from({ length: count }, sentence).join(' ');
  const zhParagraph = () => pick(ZH_PARAGRAPH).replace('{0}', pick(ZH)).replace('{1}', pick(ZH));
  const files: CorpusFile[] = [
    {
      path: 'site.yaml',
      text: 'url: https://bench.example.com\nproductName: Bench KB\nrepository: https://github.com/example/bench\nticketUrl: https://github.com/example/bench/issues/new\n',
    },
    // The real numbers: every site renders the writer components' examples from them.
    { path: 'numbers.yaml', text: readFileSync(new URL('../../../content/numbers.yaml', import.meta.url), 'utf8') },
    // The real glossary: search loads it with the first query, and pages carry its concept tokens.
    { path: 'glossary.yaml', text: readFileSync(new URL('../../../content/glossary.yaml', import.meta.url), 'utf8') },
  ];
  const ids = Array.from({ length: n }, (_, index) => FIRST_NUMBER + index);
  const typeOf = (index: number): ArticleType =>
    ARTICLE_TYPES[Math.floor(index / SECTION_IDS.length) % ARTICLE_TYPES.length]!;
  const troubleshooting: number[] = [];

  ids.forEach((number, index) => {
    const type = typeOf(index);
    if (type === 'troubleshooting') troubleshooting.push(number);
    const chinese = index % 10 === 0;
    const related = [ids[(index + 1) % n], ids[(index + 7) % n]].filter((id) => id !== number);
    const linkTarget = ids[(index + 3) % n]!;
    const linkType = typeOf((index + 3) % n);
    const anchor = linkType === 'troubleshooting' ? '#fix' : '';
    const title = `${capitalize(pick(OBJECTS))} ${pick(TAIL)} (${number})`;
    const code = index % 25 === 0 ? `\nerrorCodes: [${CODES[index % CODES.length]}_${number}]` : '';
    const headings =
      type === 'troubleshooting'
        ? TROUBLESHOOTING_SECTIONS.map((section) => `${section.title} {#${section.anchor}}`)
        : type === 'faq'
          ? ['Why does this happen?', 'How do I measure it?', 'What should I change first?', 'When do I open a ticket?']
          : ['Before you start', 'Steps', 'Verify it works', 'If it still fails'];
    const table = [
      '| Metric | Field | Good | Bad |',
      '| --- | --- | --- | --- |',
      '| Round-trip time | `currentRoundTripTime` | 150 ms or less | 300 ms or more |',
      '| Packet loss | `packetsLost` | 2 % or less | 10 % or more |',
      '| Jitter | `jitter` | 30 ms or less | 60 ms or more |',
      '| Frame rate | `framesPerSecond` | 24 fps or more | 10 fps or less |',
    ].join('\n');
    const samples = [
      "```js\nconst report = await pc.getStats();\nfor (const stats of report.values()) {\n  if (stats.type === 'inbound-rtp' && stats.kind === 'video') {\n    console.log(stats.framesPerSecond, stats.jitter, stats.packetsLost);\n  }\n}\n```",
      '```kotlin\nval audioManager = context.getSystemService(AudioManager::class.java)\naudioManager.mode = AudioManager.MODE_IN_COMMUNICATION\naudioManager.isSpeakerphoneOn = false\n```',
    ];
    const body = headings
      .map((heading, position) => {
        const extra =
          position === 0
            ? `\n\n${table}`
            : position === 1
              ? `\n\n${samples[0]}\n\n${paragraph(2)}\n\n${samples[1]}`
              : position === 2
                ? `\n\n- ${sentence()}\n- ${sentence()}\n- ${sentence()}\n- See [the related fix](/kb/${linkTarget}/${anchor}) for details.`
                : '';
        const zh = chinese && position < 2 ? `\n\n${zhParagraph()}` : '';
        return `## ${heading}\n\n${paragraph(6)}\n\n${paragraph(5)}${zh}${extra}`;
      })
      .join('\n\n');
    const frontmatter = [
      '---',
      `id: KB-${number}`,
      `title: ${JSON.stringify(title)}`,
      `summary: ${JSON.stringify(`${sentence()} ${sentence()}`.slice(0, 250))}`,
      `type: ${type}`,
      `platforms: [${PLATFORMS[index % PLATFORMS.length]}, ${PLATFORMS[(index + 3) % PLATFORMS.length]}]`,
      'sdk: "*"',
      `tags: [${[...new Set([pick(TAGS), TAGS[index % TAGS.length]])].join(', ')}]`,
      `keywords: [${pick(ZH)}, ${pick(ZH)}]${code}`,
      'updated: 2026-11-01',
      'reviewed: 2026-11-01',
      `related: [${related.map((id) => `KB-${id}`).join(', ')}]`,
      'sources:',
      '  - title: "W3C: Identifiers for WebRTC\'s Statistics API"',
      '    url: https://www.w3.org/TR/webrtc-stats/',
      '---',
    ].join('\n');
    files.push({
      path: `guides/${sectionOf(index)}/article-${number}.mdx`,
      text: `${frontmatter}\n\n${paragraph(4)}\n\n${body}\n`,
    });
  });

  // About one tree per 100 articles; together their results list every troubleshooting article.
  const trees = Math.max(1, Math.floor(n / 100));
  for (let tree = 0; tree < trees; tree++) {
    const mine = troubleshooting.filter((_, position) => position % trees === tree).map((id) => `KB-${id}`);
    const results = Array.from({ length: Math.ceil(mine.length / 5) }, (_, index) =>
      mine.slice(index * 5, index * 5 + 5),
    );
    const options = results
      .map((_, index) => `      - label: Cause ${index + 1}\n        next: cause-${index + 1}`)
      .join('\n');
    const nodes = results
      .map(
        (articles, index) =>
          `  cause-${index + 1}:\n    type: result\n    title: Likely cause ${index + 1}\n    articles: [${articles.join(', ')}]`,
      )
      .join('\n');
    files.push({
      path: `troubleshooting/symptom-${tree + 1}.yaml`,
      text: `title: Synthetic symptom ${tree + 1}\nsymptom: ${sentence()}\nscenarios: [${SECTION_IDS[tree % 4]}]\nkeywords: [${pick(ZH)}]\nstart: where\nnodes:\n  where:\n    type: question\n    question: Which cause fits?\n    options:\n${options}\n      - label: None of these\n        ticket: true\n${nodes}\n`,
    });
  }
  return files;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
