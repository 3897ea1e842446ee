import { z } from 'astro/zod';
import { PLATFORMS } from './article.ts';

/**
 * The writer components: the one list of what MDX may use besides a few HTML
 * elements. The renderer (`components/mdx/index.ts`), the content check and the
 * writers' reference page (`/writing/`) all read it. Each entry's `props` schema
 * is what the check validates attribute values against.
 */
export interface WriterComponent {
  props: z.ZodObject;
  /** Whether the component wraps content (`<Callout>…</Callout>`) or stands alone (`<Value id="…" />`). */
  children: boolean;
  /** What it is for, in one line: CONTRIBUTING's table and `/writing/` show it. */
  use: string;
  /** When not to use it. */
  notFor?: string;
  /** Diagrams sit inside a `<Figure>` and carry their own text alternative. */
  diagram?: boolean;
}

const none = z.strictObject({});
const text = (what: string) => z.string().min(1).max(200).describe(what);
const diagram = (use: string): WriterComponent => ({ props: none, children: false, use, diagram: true });

export const WRITER_COMPONENTS = {
  Callout: {
    props: z.strictObject({
      type: z.enum(['note', 'tip', 'warning', 'danger']).optional().describe('Defaults to `note`.'),
      title: text('Short title after the label.').optional(),
    }),
    children: true,
    use: 'One thing the reader must not miss: note, tip, warning or danger.',
    notFor: 'Whole sections; more than two per article.',
  },
  Steps: {
    props: none,
    children: true,
    use: 'A procedure done in order: wrap a Markdown `1.` list.',
    notFor: 'Lists of causes or options.',
  },
  PlatformTabs: {
    props: none,
    children: true,
    use: 'The same step in several platforms: `<PlatformTab>` children. The reader’s choice is remembered across pages.',
    notFor: 'Content that does not differ by platform.',
  },
  PlatformTab: {
    props: z.strictObject({ platform: z.enum(PLATFORMS).describe('Platform id.') }),
    children: true,
    use: 'One platform’s version, inside `<PlatformTabs>`.',
  },
  Figure: {
    props: z.strictObject({
      caption: text('What the figure shows.'),
      src: text('Image in `public/`, e.g. `/images/x.png`; or wrap a Markdown image instead.').optional(),
      alt: text('Text alternative of `src`.').optional(),
      width: z.number().int().positive().optional().describe('Pixel width of `src`.'),
      height: z.number().int().positive().optional().describe('Pixel height of `src`.'),
    }),
    children: true,
    use: 'A screenshot (`![alt](./shot.png)` inside) or a diagram component, with a caption.',
    notFor: 'Decorative images.',
  },
  Badge: {
    props: z.strictObject({ variant: z.enum(['info', 'success', 'warning', 'danger']).optional() }),
    children: true,
    use: 'A short status next to text, such as "Deprecated" or an API level.',
    notFor: 'Emphasis in sentences.',
  },
  MetricTable: {
    props: z.strictObject({
      ids: text('Threshold ids of `content/numbers.yaml`, separated by spaces.'),
      caption: text('What the table is for.'),
    }),
    children: false,
    use: 'Good, degraded and bad bands of metrics, from `content/numbers.yaml`.',
    notFor: 'Other tables: use Markdown tables.',
  },
  Threshold: {
    props: z.strictObject({ id: text('`rtt`, or one band: `rtt.good`, `rtt.degraded`, `rtt.bad`.') }),
    children: false,
    use: 'A threshold from `content/numbers.yaml` inline, e.g. "> 10 %".',
    notFor: 'Numbers that are not shared thresholds.',
  },
  Value: {
    props: z.strictObject({ id: text('Value id of `content/numbers.yaml`, e.g. `ice-failed`.') }),
    children: false,
    use: 'A reference number from `content/numbers.yaml` inline, e.g. "≈ 15 s".',
  },
  ErrorCode: {
    props: z.strictObject({
      code: text('The code as developers see it: `NotReadableError`, `1006`, `!pri`.'),
      api: text('The API’s file name in `content/errors/`, when several APIs share the code.').optional(),
    }),
    children: false,
    use: 'An error code in prose, linked to its page; the check fails on an unknown code.',
    notFor: 'Codes inside code samples.',
  },
  CallSetupTimeline: diagram('Timeline of a 1v1 call setup after Accept, against the best-case budget.'),
  CohostTopology: diagram('Co-hosting topology: hosts, SFU, mixer and CDN, with latency per leg.'),
  CrossRegionPath: diagram('Public internet vs managed backbone between two continents.'),
  EchoPath: diagram('Where acoustic echo comes from and the howling loop between two devices.'),
  FirstFrameTimeline: diagram('Phases of a viewer’s first frame on a 0–1 s axis.'),
  MediaPipeline: diagram('The media pipeline from capture to render, with the metric of each stage.'),
  MicSeatStates: diagram('State machine of one mic seat in a voice room.'),
} satisfies Record<string, WriterComponent>;

export type WriterComponentName = keyof typeof WRITER_COMPONENTS;

export function isWriterComponent(name: string): name is WriterComponentName {
  return Object.hasOwn(WRITER_COMPONENTS, name);
}

/**
 * HTML elements MDX may use, with the attributes each may carry. Everything else
 * (scripts, frames, forms, links and images as tags, `style`, event handlers) is refused.
 */
export const HTML_ELEMENTS: Readonly<Record<string, readonly string[]>> = {
  kbd: [],
  sub: [],
  sup: [],
  br: [],
  wbr: [],
  mark: [],
  abbr: ['title'],
  details: ['open'],
  summary: [],
  span: ['lang'],
};
