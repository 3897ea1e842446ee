import { z } from 'astro/zod';
import { sourceSchema } from './sources.ts';

/**
 * `content/numbers.yaml`: every threshold and reference number the knowledge base
 * stands behind, once. Articles (through `<Threshold>`, `<Value>` and `<MetricTable>`),
 * troubleshooter texts (through `{{id}}` placeholders), the metrics glossary and the
 * diagnostics grade with these and only these.
 */

export const UNITS = ['ms', 's', 'min', 'h', '%', 'fps', 'kbps', 'Mbps', 'MOS', 'dB', 'B', 'kHz', 'km'] as const;
export type Unit = (typeof UNITS)[number];

/** How far to trust a number: a standard's figure, a platform default, or our rule of thumb. */
export const BASES = ['standard', 'default', 'rule-of-thumb', 'typical'] as const;
export type Basis = (typeof BASES)[number];

const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase words joined by hyphens, e.g. "packet-loss"');

const common = {
  name: z.string().min(2).describe('What is measured, in English, e.g. "Packet loss".'),
  zh: z.string().min(1).describe('The same in Chinese, as developers write it, e.g. "丢包率".'),
  unit: z.enum(UNITS).describe('Unit every value of this entry is written in.'),
  basis: z
    .enum(BASES)
    .describe(
      '`standard` (a spec or regulation says so), `default` (a platform or library behaves so), `rule-of-thumb` (our judgement: labelled as such wherever it is shown) or `typical` (a common range, not a limit).',
    ),
  note: z.string().optional().describe('One sentence of context shown with the number.'),
  sources: z.array(sourceSchema).default([]).describe('Where the number comes from; required unless `rule-of-thumb`.'),
  terms: z
    .array(z.string().min(2))
    .default([])
    .describe(
      'Words that name this number in prose (English and Chinese, lowercase): the check flags a sentence that restates the number by hand next to one of them.',
    ),
};

/**
 * Three contiguous bands. Lower is better: good below `good`, bad above `bad`,
 * degraded from `good` to `bad` inclusive. Higher is better: good at or above
 * `good`, bad below `bad`, degraded from `bad` up to (not including) `good`.
 */
export const thresholdSchema = z
  .strictObject({
    ...common,
    better: z.enum(['lower', 'higher']).describe('Which direction is better.'),
    good: z.number().describe('Boundary between good and degraded.'),
    bad: z.number().describe('Boundary between degraded and bad.'),
    field: z.string().optional().describe('The getStats field or app timing it is read from.'),
    definition: z.string().optional().describe('How to compute it, when it is not a single field.'),
  })
  .refine((entry) => (entry.better === 'lower' ? entry.good < entry.bad : entry.good > entry.bad), {
    message: 'bands overlap: with `better: lower`, `good` must be below `bad` (and above it with `better: higher`)',
  })
  .refine((entry) => entry.basis === 'rule-of-thumb' || entry.sources.length > 0, {
    message: 'a threshold that is not a rule of thumb needs `sources`',
    path: ['sources'],
  });

/** One number or one range (`min`–`max`), e.g. the ICE failure timeout or the bitrate for 720p. */
export const valueSchema = z
  .strictObject({
    ...common,
    value: z.number().optional().describe('The number, when it is one number.'),
    min: z.number().optional().describe('Lower end, when it is a range.'),
    max: z.number().optional().describe('Upper end, when it is a range.'),
    approx: z.boolean().default(false).describe('Shown with "≈": the number is approximate.'),
  })
  .refine(
    (entry) =>
      (entry.value !== undefined) !== (entry.min !== undefined && entry.max !== undefined) &&
      (entry.min === undefined) === (entry.max === undefined),
    { message: 'give either `value`, or both `min` and `max`' },
  )
  .refine((entry) => entry.min === undefined || entry.max === undefined || entry.min < entry.max, {
    message: '`min` must be below `max`',
  })
  .refine((entry) => entry.basis === 'rule-of-thumb' || entry.sources.length > 0, {
    message: 'a number that is not a rule of thumb needs `sources`',
    path: ['sources'],
  });

export const numbersSchema = z.strictObject({
  thresholds: z.record(idSchema, thresholdSchema).describe('Good / degraded / bad bands by id.'),
  values: z.record(idSchema, valueSchema).describe('Single numbers and ranges by id.'),
});

export type Threshold = z.infer<typeof thresholdSchema>;
export type NumberValue = z.infer<typeof valueSchema>;
export type Numbers = z.infer<typeof numbersSchema>;
export type Level = 'good' | 'degraded' | 'bad';
