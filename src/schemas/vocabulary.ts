import { z } from 'astro/zod';

/**
 * The vocabulary the content model is written in: scenario folders, the sections of
 * a troubleshooting article, the shape of a slug. Schemas, checks, the scaffolder and
 * the benchmark all read it from here.
 */

/** The four scenarios; each is a folder under `content/guides/` and a URL segment. */
export const SCENARIO_IDS = ['show-streaming', 'one-to-one', 'voice-rooms', 'going-overseas'] as const;
/** The scenarios plus the cross-scenario support reference. */
export const SECTION_IDS = [...SCENARIO_IDS, 'general'] as const;
export type ScenarioId = (typeof SCENARIO_IDS)[number];
export type SectionId = (typeof SECTION_IDS)[number];

export function isSectionId(value: string): value is SectionId {
  return (SECTION_IDS as readonly string[]).includes(value);
}

/** Sections every troubleshooting article has, in this order, with these pinned anchors. */
export const TROUBLESHOOTING_SECTIONS = [
  { anchor: 'symptom', title: 'Symptom' },
  { anchor: 'causes', title: 'Likely causes' },
  { anchor: 'confirm', title: 'How to confirm' },
  { anchor: 'fix', title: 'Fix' },
  { anchor: 'verify', title: 'How to verify' },
] as const;

export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const slugSchema = (example = 'packet-loss') =>
  z.string().regex(SLUG, `must be lowercase words joined by hyphens, e.g. "${example}"`);
