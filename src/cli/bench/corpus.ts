import { readFileSync } from 'node:fs';
import { slug } from 'github-slugger';
import { blobId, STAMP_LENGTH, TRANSLATION_ROOT } from '../../i18n/translations.ts';
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

/** Word lists in English and Chinese, pair by pair: a Chinese article translates its English twin sentence by sentence. */
type Pair = readonly [en: string, zh: string];
const SUBJECTS: readonly Pair[] = [
  ['the host', '主播端'],
  ['the viewer', '观众端'],
  ['the caller', '主叫方'],
  ['the speaker', '发言人'],
  ['the encoder', '编码器'],
  ['the jitter buffer', '抖动缓冲区'],
  ['the relay', '中继服务器'],
  ['the SFU', 'SFU'],
  ['the mobile network', '移动网络'],
  ['the receiver', '接收端'],
  ['the TURN server', 'TURN 服务器'],
  ['the capture pipeline', '采集管线'],
];
const VERBS: readonly Pair[] = [
  ['drops', '丢弃'],
  ['delays', '推迟'],
  ['retransmits', '重传'],
  ['conceals', '隐藏'],
  ['measures', '测量'],
  ['buffers', '缓存'],
  ['throttles', '限制'],
  ['mixes', '混合'],
  ['forwards', '转发'],
  ['encodes', '编码'],
  ['decodes', '解码'],
  ['reports', '上报'],
];
const OBJECTS: readonly Pair[] = [
  ['packets during 12 % loss', '12 % 丢包期间的数据包'],
  ['frames after a network handover', '网络切换之后的视频帧'],
  ['audio during double-talk', '双讲时的音频'],
  ['keyframes on subscribe', '订阅时的关键帧'],
  ['the round-trip time', '往返时延'],
  ['the uplink bitrate', '上行码率'],
  ['video at 720p and 30 fps', '720p、30 fps 的视频'],
  ['Opus at 32 kbps', '32 kbps 的 Opus 音频'],
  ['jitter spikes of 70 ms', '70 ms 的抖动尖峰'],
  ['the first frame', '首帧'],
  ['echo from the loudspeaker', '扬声器传来的回声'],
  ['candidate pairs over TCP 443', '经由 TCP 443 的候选地址对'],
];
const TAIL: readonly Pair[] = [
  ['on weak Wi-Fi', '在信号弱的 Wi-Fi 下'],
  ['in co-hosted shows', '在连麦直播中'],
  ['during PK battles', '在 PK 对战时'],
  ['for users abroad', '对海外用户来说'],
  ['on low-end Android phones', '在低端安卓手机上'],
  ['behind corporate firewalls', '在企业防火墙后面'],
  ['while the app is in the background', '当应用处于后台时'],
  ['after an SDK upgrade', '在 SDK 升级之后'],
  ['at peak hours', '在高峰时段'],
  ['over a managed backbone', '经由托管骨干网'],
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

/** Site path of the article at `index` (from 0) of any corpus. */
export function articlePathAt(index: number): string {
  return `/${sectionOf(index)}/article-${FIRST_NUMBER + index}/`;
}

/** Path of the article in the middle of a corpus of `n`: the page the benchmark weighs. */
export function sampleArticlePath(n: number): string {
  return articlePathAt(Math.floor(n / 2));
}

/**
 * Paths of `count` articles spread evenly over a corpus of `n` (all of them when `count` ≥ `n`),
 * each one a step further so that the sample covers every section and type, not one
 * section a step of 5 or 10 would land on.
 */
export function articleSample(n: number, count: number): string[] {
  const taken = Math.min(n, count);
  return Array.from({ length: taken }, (_, position) =>
    articlePathAt((Math.floor((position * n) / taken) + (taken < n ? position : 0)) % n),
  );
}

/** A Chinese paragraph as a tenth of the articles have: about 150 characters. */
const ZH_PARAGRAPH = [
  '用户反馈直播时画面{0}，我们先在观众端查看入站统计，再对比主播端的上行码率和帧率。',
  '如果只有部分地区出现{0}，通常是链路或运营商的问题；如果所有人同时出现，就按故障处理并提交工单。',
  '处理{0}时，请同时收集两端的日志、getStats 数据和出现问题的准确时间（UTC），这样售后可以快速定位。',
  '在语聊房和连麦场景中，{0}往往和{1}有关，建议先复现，再逐项排查采集、网络和播放三个环节。',
];

export type CorpusLanguage = 'en' | 'zh';

export interface CorpusOptions {
  seed?: number;
  /**
   * `['en', 'zh']` publishes the site in Chinese too: every article and troubleshooter
   * gets a current translation under `zh/`, sentence by sentence from the same word
   * lists. The English files are byte for byte those of the English-only corpus (only
   * `site.yaml` differs), so the two builds compare the same articles.
   */
  languages?: readonly CorpusLanguage[];
}

/** A text in both languages: what the generator writes into an article and into its translation. */
interface Both {
  en: string;
  zh: string;
}

/** Chinese typesetting: a space between Han characters and Latin letters or digits. */
function spaced(text: string): string {
  return text.replace(/(\p{Script=Han})([A-Za-z0-9])/gu, '$1 $2').replace(/([A-Za-z0-9%])(\p{Script=Han})/gu, '$1 $2');
}

const HEADINGS_ZH: Record<string, string> = {
  Symptom: '症状',
  'Likely causes': '可能原因',
  'How to confirm': '如何确认',
  Fix: '解决方法',
  'How to verify': '如何验证',
  'Why does this happen?': '为什么会这样？',
  'How do I measure it?': '怎么测量？',
  'What should I change first?': '先改什么？',
  'When do I open a ticket?': '什么时候提交工单？',
  'Before you start': '开始之前',
  Steps: '操作步骤',
  'Verify it works': '确认已经生效',
  'If it still fails': '如果仍然不行',
};

const TABLE: Both = {
  en: [
    '| Metric | Field | Good | Bad |',
    '| --- | --- | --- | --- |',
    '| Round-trip time | `currentRoundTripTime` | 150 ms or less | 300 ms or more |',
    '| Packet loss | `packetsLost` | 2 % or less | 10 % or more |',
    '| Jitter | `jitter` | 30 ms or less | 60 ms or more |',
    '| Frame rate | `framesPerSecond` | 24 fps or more | 10 fps or less |',
  ].join('\n'),
  zh: [
    '| 指标 | 字段 | 良好 | 较差 |',
    '| --- | --- | --- | --- |',
    '| 往返时延 | `currentRoundTripTime` | 不超过 150 ms | 300 ms 及以上 |',
    '| 丢包率 | `packetsLost` | 不超过 2 % | 10 % 及以上 |',
    '| 抖动 | `jitter` | 不超过 30 ms | 60 ms 及以上 |',
    '| 帧率 | `framesPerSecond` | 24 fps 及以上 | 不超过 10 fps |',
  ].join('\n'),
};

/**
 * The benchmark's articles look like the real ones: about 800 words of prose in
 * headed sections, a table, two code samples, a list, links to other articles, and
 * in a tenth of them two paragraphs of Chinese. Every troubleshooting article is the
 * answer of some troubleshooter, as the content check requires. `options` may be the
 * seed alone.
 */
export function benchCorpus(n: number, options: number | CorpusOptions = {}): CorpusFile[] {
  const { seed = 42, languages = ['en'] } = typeof options === 'number' ? { seed: options } : options;
  const chineseSite = languages.includes('zh');
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const sentence = (): Both => {
    const [subject, subjectZh] = pick(SUBJECTS);
    const [verb, verbZh] = pick(VERBS);
    const [object, objectZh] = pick(OBJECTS);
    const [tail, tailZh] = pick(TAIL);
    return {
      en: `${capitalize(subject)} ${verb} ${object} ${tail}.`,
      zh: spaced(`${tailZh}，${subjectZh}${verbZh}${objectZh}。`),
    };
  };
  const paragraph = (count: number): Both => {
    const sentences = Array.from({ length: count }, sentence);
    return { en: sentences.map((s) => s.en).join(' '), zh: sentences.map((s) => s.zh).join('') };
  };
  const zhParagraph = () => pick(ZH_PARAGRAPH).replace('{0}', pick(ZH)).replace('{1}', pick(ZH));
  const files: CorpusFile[] = [
    {
      path: 'site.yaml',
      text: `url: https://bench.example.com\nproductName: Bench KB\nrepository: https://github.com/example/bench\nticketUrl: https://github.com/example/bench/issues/new\n${chineseSite ? `languages: [${languages.join(', ')}]\n` : ''}`,
    },
    // The real numbers: every site renders the writer components' examples from them.
    { path: 'numbers.yaml', text: readFileSync(new URL('../../../content/numbers.yaml', import.meta.url), 'utf8') },
    // The real glossary: search loads it with the first query, and pages carry its concept tokens.
    { path: 'glossary.yaml', text: readFileSync(new URL('../../../content/glossary.yaml', import.meta.url), 'utf8') },
  ];
  const translations: CorpusFile[] = [];
  /** The translation of an English file just written, stamped with that file's blob id so it is current. */
  const translate = (english: CorpusFile, text: (stamp: string) => string) => {
    if (!chineseSite) return;
    const stamp = blobId(Buffer.from(english.text, 'utf8')).slice(0, STAMP_LENGTH);
    translations.push({ path: `${TRANSLATION_ROOT}/${english.path}`, text: text(stamp) });
  };
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
    const [object, objectZh] = pick(OBJECTS);
    const [tail, tailZh] = pick(TAIL);
    const title: Both = {
      en: `${capitalize(object)} ${tail} (${number})`,
      zh: spaced(`${objectZh}：${tailZh}（${number}）`),
    };
    const code = index % 25 === 0 ? `\nerrorCodes: [${CODES[index % CODES.length]}_${number}]` : '';
    const headings: Both[] =
      type === 'troubleshooting'
        ? TROUBLESHOOTING_SECTIONS.map((section) => ({
            en: `${section.title} {#${section.anchor}}`,
            zh: `${HEADINGS_ZH[section.title]} {#${section.anchor}}`,
          }))
        : (type === 'faq'
            ? [
                'Why does this happen?',
                'How do I measure it?',
                'What should I change first?',
                'When do I open a ticket?',
              ]
            : ['Before you start', 'Steps', 'Verify it works', 'If it still fails']
          ).map((heading) => ({ en: heading, zh: `${HEADINGS_ZH[heading]} {#${slug(heading)}}` }));
    const samples = [
      "```js\nconst report = await pc.getStats();\nfor (const stats of report.values()) {\n  if (stats.type === 'inbound-rtp' && stats.kind === 'video') {\n    console.log(stats.framesPerSecond, stats.jitter, stats.packetsLost);\n  }\n}\n```",
      '```kotlin\nval audioManager = context.getSystemService(AudioManager::class.java)\naudioManager.mode = AudioManager.MODE_IN_COMMUNICATION\naudioManager.isSpeakerphoneOn = false\n```',
    ];
    const sections = headings.map((heading, position): Both => {
      let extra: Both = { en: '', zh: '' };
      if (position === 0) extra = { en: `\n\n${TABLE.en}`, zh: `\n\n${TABLE.zh}` };
      else if (position === 1) {
        const between = paragraph(2);
        extra = {
          en: `\n\n${samples[0]}\n\n${between.en}\n\n${samples[1]}`,
          zh: `\n\n${samples[0]}\n\n${between.zh}\n\n${samples[1]}`,
        };
      } else if (position === 2) {
        const items = [sentence(), sentence(), sentence()];
        const link = `(/kb/${linkTarget}/${anchor})`;
        extra = {
          en: `\n\n${items.map((item) => `- ${item.en}`).join('\n')}\n- See [the related fix]${link} for details.`,
          zh: `\n\n${items.map((item) => `- ${item.zh}`).join('\n')}\n- 详见[相关的解决方法]${link}。`,
        };
      }
      // A tenth of the English articles already quote Chinese; their translations keep it.
      const zh = chinese && position < 2 ? `\n\n${zhParagraph()}` : '';
      const first = paragraph(6);
      const second = paragraph(5);
      return {
        en: `## ${heading.en}\n\n${first.en}\n\n${second.en}${zh}${extra.en}`,
        zh: `## ${heading.zh}\n\n${first.zh}\n\n${second.zh}${zh}${extra.zh}`,
      };
    });
    const summary = [sentence(), sentence()];
    const keywords = [pick(TAGS), pick(ZH), pick(ZH)] as const;
    const frontmatter = [
      '---',
      `id: KB-${number}`,
      `title: ${JSON.stringify(title.en)}`,
      `summary: ${JSON.stringify(`${summary[0]!.en} ${summary[1]!.en}`.slice(0, 250))}`,
      `type: ${type}`,
      `platforms: [${PLATFORMS[index % PLATFORMS.length]}, ${PLATFORMS[(index + 3) % PLATFORMS.length]}]`,
      'sdk: "*"',
      `tags: [${[...new Set([keywords[0], TAGS[index % TAGS.length]])].join(', ')}]`,
      `keywords: [${keywords[1]}, ${keywords[2]}]${code}`,
      'updated: 2026-11-01',
      'reviewed: 2026-11-01',
      `related: [${related.map((id) => `KB-${id}`).join(', ')}]`,
      'sources:',
      '  - title: "W3C: Identifiers for WebRTC\'s Statistics API"',
      '    url: https://www.w3.org/TR/webrtc-stats/',
      '---',
    ].join('\n');
    const lead = paragraph(4);
    const english = {
      path: `guides/${sectionOf(index)}/article-${number}.mdx`,
      text: `${frontmatter}\n\n${lead.en}\n\n${sections.map((section) => section.en).join('\n\n')}\n`,
    };
    files.push(english);
    translate(english, (stamp) =>
      [
        '---',
        `id: KB-${number}`,
        `title: ${JSON.stringify(title.zh)}`,
        `summary: ${JSON.stringify(summary[0]!.zh + summary[1]!.zh)}`,
        `keywords: [${keywords[1]}, ${keywords[2]}]`,
        'translation:',
        `  source: "${stamp}"`,
        '---',
        '',
        lead.zh,
        '',
        `${sections.map((section) => section.zh).join('\n\n')}\n`,
      ].join('\n'),
    );
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
    const symptom = sentence();
    const keyword = pick(ZH);
    const english = {
      path: `troubleshooting/symptom-${tree + 1}.yaml`,
      text: `title: Synthetic symptom ${tree + 1}\nsymptom: ${symptom.en}\nscenarios: [${SECTION_IDS[tree % 4]}]\nkeywords: [${keyword}]\nstart: where\nnodes:\n  where:\n    type: question\n    question: Which cause fits?\n    options:\n${options}\n      - label: None of these\n        ticket: true\n${nodes}\n`,
    };
    files.push(english);
    translate(english, (stamp) => {
      const labels = results.map((_, index) => `      - 原因 ${index + 1}`).join('\n');
      const titles = results.map((_, index) => `  cause-${index + 1}:\n    title: 可能的原因 ${index + 1}`).join('\n');
      return `translation:\n  source: "${stamp}"\ntitle: 合成症状 ${tree + 1}\nsymptom: ${symptom.zh}\nkeywords: [${keyword}]\nnodes:\n  where:\n    question: 哪个原因符合？\n    options:\n${labels}\n      - 以上都不是\n${titles}\n`;
    });
  }
  return [...files, ...translations];
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
