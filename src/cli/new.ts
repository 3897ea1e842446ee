/**
 * `npm run new`: start an article with valid frontmatter, the next free id and
 * sections that match its type. Asks for what is missing when run in a terminal.
 *
 *   npm run new -- --scenario voice-rooms --type troubleshooting \
 *     --title "Echo when a co-host joins" --summary "Why … and how to fix it."
 *   Options: --slug, --owner, --publish (write draft: false), --root (content folder)
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { ARTICLE_TYPES, articleSchema, type ArticleType } from '../schemas/article.ts';
import { loadContent } from '../lib/content-model.ts';
import { TYPE_LABELS } from '../lib/labels.ts';
import { DEFAULT_OWNERS, nextFreeId, scaffoldArticle, slugFromTitle } from '../lib/scaffold.ts';
import { SECTIONS } from '../lib/sections.ts';
import { isSectionId, SECTION_IDS, type SectionId } from '../schemas/vocabulary.ts';

const { values } = parseArgs({
  options: {
    scenario: { type: 'string' },
    type: { type: 'string' },
    title: { type: 'string' },
    summary: { type: 'string' },
    slug: { type: 'string' },
    owner: { type: 'string' },
    publish: { type: 'boolean', default: false },
    root: { type: 'string' },
  },
});

const prompt = process.stdin.isTTY ? createInterface({ input: process.stdin, output: process.stdout }) : undefined;

async function ask<T extends string>(
  flag: string | undefined,
  question: string,
  valid: (value: string) => value is T,
  hint: string,
): Promise<T> {
  let value = flag;
  while (value === undefined || !valid(value)) {
    if (value !== undefined) console.error(`  "${value}" is not valid: ${hint}`);
    if (!prompt) fail(`missing or invalid ${question.toLowerCase()}: ${hint}`);
    value = (await prompt.question(`${question} `)).trim();
  }
  return value;
}

function fail(message: string): never {
  console.error(
    `npm run new: ${message}\nExample: npm run new -- --scenario voice-rooms --type faq --title "Voice room FAQ" --summary "…"`,
  );
  process.exit(1);
}

const isType = (value: string): value is ArticleType => (ARTICLE_TYPES as readonly string[]).includes(value);
const shape = articleSchema.shape;
const isTitle = (value: string): value is string => shape.title.safeParse(value).success;
const isSummary = (value: string): value is string => shape.summary.safeParse(value).success;

if (prompt && !values.scenario) {
  console.log(SECTION_IDS.map((id) => `  ${id.padEnd(15)} ${SECTIONS[id].name}`).join('\n'));
}
const section: SectionId = await ask(values.scenario, 'Scenario?', isSectionId, `one of ${SECTION_IDS.join(', ')}`);
if (prompt && !values.type)
  console.log(ARTICLE_TYPES.map((type) => `  ${type.padEnd(15)} ${TYPE_LABELS[type].one}`).join('\n'));
const type = await ask(values.type, 'Type?', isType, `one of ${ARTICLE_TYPES.join(', ')}`);
const title = await ask(values.title, 'Title?', isTitle, '8 to 90 characters, in the reader’s words');
const summary = await ask(values.summary, 'Summary (one or two sentences)?', isSummary, '40 to 260 characters');
prompt?.close();

const model = loadContent(values.root);
const slug = values.slug ?? slugFromTitle(title);
const file = join(model.root, 'guides', section, `${slug}.mdx`);
if (existsSync(file)) fail(`${relative(process.cwd(), file)} already exists; pass --slug to choose another file name`);

const id = nextFreeId(model);
writeFileSync(
  file,
  scaffoldArticle({
    id,
    section,
    type,
    title,
    summary,
    owner: values.owner ?? DEFAULT_OWNERS[section],
    today: new Date(),
    draft: !values.publish,
  }),
);
const shown = relative(process.cwd(), file);
console.log(`Created ${shown} as ${id}${values.publish ? '' : ' (draft: true, so it is not published yet)'}.
Next: write the sections, add platforms, tags and two related ids, start its Chinese
translation with \`npm run translate -- ${id}\` (a published article needs one),
then preview with \`npm run dev\` and check with \`npm run check\`.`);
