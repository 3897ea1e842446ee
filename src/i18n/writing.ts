import type { Locale } from './locales.ts';

/**
 * The prose of the writers' page (`/writing/`) by language: one template renders
 * either. Component names, file paths and MDX stay as they are in every language,
 * since writers type them. `{name}` marks where the page puts a link or code
 * (`splitParams`). The examples themselves are MDX files in
 * `src/components/mdx/examples/` (Chinese ones in its `zh/` folder).
 */
interface WritingText {
  title: string;
  description: string;
  /** `{link}`: CONTRIBUTING.md. */
  lead: string;
  source: string;
  result: string;
  diagrams: string;
  /** `{figure}`: the Figure tag; `{list}`: the diagram tags. */
  diagramsLead: string;
  /** By example file name (`1-callout.mdx` → `callout`): the component names and when to use them. */
  examples: Record<string, { title: string; when: string }>;
}

const en: WritingText = {
  title: 'Writer components',
  description: 'The components writers use in articles, with live examples and their MDX source.',
  lead: 'Use these in any article without an import. How to start and check an article is in {link}.',
  source: 'MDX',
  result: 'Result',
  diagrams: 'Diagrams',
  diagramsLead: 'Put a diagram inside a {figure}. Available: {list}',
  examples: {
    callout: {
      title: 'Callout',
      when: 'One thing the reader must not miss: note, tip, warning or danger. At most two per article.',
    },
    steps: { title: 'Steps', when: 'A procedure done in order. Wrap a Markdown numbered list.' },
    'platform-tabs': {
      title: 'PlatformTabs and PlatformTab',
      when: 'The same step in several platforms. Without JavaScript all platforms show; with it, the reader’s choice is remembered across pages.',
    },
    'metric-table': {
      title: 'MetricTable, Threshold and Value',
      when: 'Numbers from content/numbers.yaml: a table of good, degraded and bad bands, one band inline, or one reference number. Never type a threshold by hand.',
    },
    figure: {
      title: 'Figure',
      when: 'A diagram or a screenshot with a caption. Diagrams carry their own text alternative.',
    },
    badge: { title: 'Badge', when: 'A short status next to text, such as an API level or "Deprecated".' },
  },
};

const zh: WritingText = {
  title: '写作组件',
  description: '写文章时能直接用的组件，每个都配了实际渲染效果和对应的 MDX 源码。',
  lead: '文章里直接用这些组件就行，不用 import。新建文章、跑检查、翻译文章的流程见 {link}（英文）。',
  source: 'MDX',
  result: '渲染效果',
  diagrams: '示意图',
  diagramsLead: '示意图要放在 {figure} 里。目前可用：{list}',
  examples: {
    callout: {
      title: 'Callout',
      when: '读者绝对不能漏看的一句话：说明、提示、注意或警告。一篇文章最多用两个。',
    },
    steps: { title: 'Steps', when: '要按顺序做的操作步骤。把 Markdown 有序列表包在里面。' },
    'platform-tabs': {
      title: 'PlatformTabs 和 PlatformTab',
      when: '同一个步骤在各平台上的不同写法。没开 JavaScript 时所有平台都展开显示；开了之后，读者选过的平台在别的页面上也会记住。',
    },
    'metric-table': {
      title: 'MetricTable、Threshold 和 Value',
      when: '数值统一取自 content/numbers.yaml：可以是一张分良好、一般、差三档的表格，正文里的某一档阈值，或者单个参考值。阈值千万不要手写。',
    },
    figure: {
      title: 'Figure',
      when: '带图注的示意图或截图。示意图自带文字说明，读屏软件也能读到。',
    },
    badge: { title: 'Badge', when: '跟在文字后面的简短状态标记，比如 API 级别或“已废弃”。' },
  },
};

export const WRITING_TEXT: Readonly<Record<Locale, WritingText>> = { en, zh };
