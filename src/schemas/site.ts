import { z } from 'astro/zod';
import { ICE_URL } from './ice-url.ts';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** A link the site prints on every page: https, or http only for a machine's own address. */
export const publicUrl = (what: string) =>
  z
    .url({ protocol: /^https?$/, error: 'must be an absolute https:// URL' })
    .refine((url) => !/^http:\/\//i.test(url) || !URL.canParse(url) || LOCAL_HOSTS.has(new URL(url).hostname), {
      message: 'must use https:// (http:// is accepted only for localhost)',
    })
    .describe(what);

const iceUrl = z
  .string()
  .regex(ICE_URL, 'must be a stun:, turn: or turns: URL (e.g. "turn:turn.example.com:443?transport=tcp"), or https://')
  .refine((url) => !/^https:/i.test(url) || URL.canParse(url), { message: 'must be a valid https:// URL' });

/** One ICE server the pre-call check tests, shaped like WebRTC's RTCIceServer. */
export const iceServerSchema = z
  .strictObject({
    urls: z
      .union([iceUrl, z.array(iceUrl).min(1)])
      .describe(
        'stun:, turn: or turns: URLs; or an https:// URL that answers with JSON `{ "iceServers": [...] }` (short-lived TURN credentials).',
      ),
    username: z.string().min(1).optional().describe('TURN username.'),
    credential: z
      .string()
      .min(1)
      .optional()
      .describe('TURN password. Public: use test or short-lived credentials only.'),
  })
  .refine(
    (server) =>
      ![server.urls].flat().some((url) => /^turns?:/i.test(url)) ||
      (server.username !== undefined && server.credential !== undefined),
    { message: 'a turn: or turns: server needs `username` and `credential`', path: ['credential'] },
  );

export type IceServerConfig = z.infer<typeof iceServerSchema>;

/** `content/site.yaml`: everything that differs between deployments of the knowledge base. */
export const siteConfigSchema = z.strictObject({
  url: publicUrl('Public origin of the site; canonical links, the sitemap and previews use it.'),
  base: z
    .string()
    .regex(
      /^\/(?:[a-z0-9-]+\/)*$/,
      'must start and end with "/" and use lowercase letters, digits and hyphens, e.g. "/" or "/help/"',
    )
    .default('/')
    .describe('Path the site is served under. `KB_BASE` overrides it for a single build.'),
  productName: z
    .string()
    .min(2)
    .max(60)
    .regex(/^[^\r\n]*$/, 'must be one line')
    .describe('Name shown in the header, titles and link previews.'),
  repository: publicUrl('Repository URL; "Edit this page" links point into it.'),
  branch: z
    .string()
    .regex(/^[A-Za-z0-9._/-]+$/, 'must be a branch name')
    .default('main')
    .describe('Branch that "Edit this page" links to.'),
  ticketUrl: publicUrl(
    'Where the troubleshooter opens a new ticket. A GitHub "issues/new" URL gets `title` and `body` pre-filled.',
  ),
  languages: z
    .array(z.enum(['en', 'zh']))
    .min(1)
    .default(['en'])
    .refine((languages) => languages[0] === 'en' && new Set(languages).size === languages.length, {
      message: 'must start with "en" (the source language) and list each language once, e.g. [en, zh]',
    })
    .describe(
      'Languages the site is published in. With `zh`, every published article, troubleshooter and error-code file needs its translation in `content/zh/`.',
    ),
  statusUrl: publicUrl(
    'Public status page of the service. When set, outage answers, the home page and every ticket link to it.',
  ).optional(),
  feedback: z
    .strictObject({
      url: publicUrl(
        'Receives "Did this help?" votes (and zero-result searches when `reportZeroResults` is on) as a small JSON body sent by POST, without cookies. When missing, "Did this help? No" opens a pre-filled issue at `repository` instead.',
      ).optional(),
      reportZeroResults: z
        .boolean()
        .default(false)
        .describe('Also send searches that found nothing to `url`, so writers see what readers miss.'),
    })
    .default({ reportZeroResults: false })
    .describe('Where reader feedback goes. See "Feedback" in README.md for the payload.'),
  staleAfterDays: z
    .number()
    .int()
    .positive()
    .default(365)
    .describe('An article whose `reviewed` date is older than this is reported as stale.'),
  iceServers: z
    .array(iceServerSchema)
    .default([])
    .describe(
      'STUN and TURN servers the pre-call check (`/diagnose/`) gathers candidates from. The page is public, so never put long-lived TURN credentials here.',
    ),
});

export type SiteConfig = z.infer<typeof siteConfigSchema>;
