import { z } from 'astro/zod';
import { kbIdSchema } from './article.ts';
import { sourceSchema } from './sources.ts';

/**
 * `content/errors/<api>.yaml`: the error codes of one API or platform, each with its
 * own page at `/errors/<api>/<code>/`. Text fields are plain sentences; `backticks`
 * mark code and are the only markup.
 */

const slug = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const line = (what: string) =>
  z
    .string()
    .min(3)
    .regex(/^[^\r\n]*$/, 'must be one line')
    .describe(what);
const sentences = (what: string) => z.array(line(what)).min(1).describe(what);

export const errorCodeSchema = z.strictObject({
  code: z
    .string()
    .min(1)
    .max(80)
    .regex(/^[^\s<>"'`]+(?: [^\s<>"'`]+)*$/, 'must be the code as the API reports it, without quotes or markup')
    .describe('The code as the API reports it: `NotReadableError`, `1006`, `ERROR_CAMERA_IN_USE`, `!pri`.'),
  slug: z
    .string()
    .regex(slug, 'must be lowercase words joined by hyphens, e.g. "not-readable-error"')
    .optional()
    .describe('URL segment; defaults to the code in lowercase with other characters as hyphens. Never change it.'),
  aliases: z
    .array(z.string().min(1).max(120))
    .default([])
    .describe(
      'Other ways developers see it: the symbolic name, the numeric value, the four-character code, a constant with its class prefix.',
    ),
  messages: z
    .array(z.string().min(3).max(200))
    .default([])
    .describe('Message texts people paste, verbatim (e.g. "Could not start video source").'),
  title: line('One line a developer understands: what went wrong.'),
  meaning: line('What the API says the code means, in one or two sentences.'),
  causes: sentences('Likely causes, most common first.'),
  confirm: sentences('How to confirm which cause it is: a log line, a field, a setting, a command.'),
  fix: sentences('What to do, for each cause.'),
  articles: z.array(kbIdSchema).default([]).describe('Articles that go deeper, best first.'),
  trees: z
    .array(z.string().regex(slug))
    .default([])
    .describe('Troubleshooters (file names in content/troubleshooting/) that cover the symptom.'),
  sources: z.array(sourceSchema).min(1, 'must cite the API’s own documentation').describe('The API’s documentation.'),
});

export const errorApiSchema = z.strictObject({
  name: line('Display name of the API or platform, e.g. "getUserMedia and getDisplayMedia".'),
  zh: z.string().min(1).describe('The same in Chinese.'),
  platform: z
    .enum(['web', 'android', 'ios', 'macos', 'windows', 'server', 'any'])
    .describe('Where developers meet these codes.'),
  summary: line('When and where these codes appear, in one sentence.'),
  where: line('Where the code shows up in the developer’s code or logs, e.g. "`error.name` of the rejected promise".'),
  codes: z.array(errorCodeSchema).min(1).describe('The codes, most common first.'),
});

export type ErrorCode = z.infer<typeof errorCodeSchema>;
export type ErrorApi = z.infer<typeof errorApiSchema>;

/** `NotReadableError` → `notreadableerror`; `!pri` → `pri`; `MEDIA_ERR_NETWORK` → `media-err-network`. */
export function errorSlug(code: ErrorCode): string {
  return (
    code.slug ??
    code.code
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
  );
}
