import { z } from 'astro/zod';

/**
 * A primary reference a claim rests on: a W3C or IETF spec, MDN, Android or Apple
 * developer documentation, libwebrtc or libopus source, a law or a regulator's page,
 * or a maintainer's statement in a public issue. Vendor marketing is not a source.
 */
export const sourceSchema = z.strictObject({
  title: z
    .string()
    .min(3)
    .max(160)
    .regex(/^[^\r\n]*$/, 'must be one line')
    .describe('What the reader will find there, e.g. "RFC 6716: Opus codec, section 2.1.2".'),
  url: z.url({ protocol: /^https$/, error: 'must be an https:// URL' }).describe('Where the source lives; https only.'),
});

export type Source = z.infer<typeof sourceSchema>;
