import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../content-model.ts';
import { formatProblem } from '../problems.ts';
import { createCheckContext, runChecks } from './index.ts';
import { FIXTURE_SITE as site } from './fixture-site.ts';

/** Problems of one rule family (`image` covers `image-alt` and `image-missing`) for a fixture folder. */
function problems(rule: string, outcome: 'fail' | 'pass'): string[] {
  const root = fileURLToPath(new URL(`./fixtures/${rule}/${outcome}`, import.meta.url));
  const context = createCheckContext(loadContent(root), { site, today: new Date('2026-11-22') });
  return runChecks(context)
    .filter((problem) => problem.rule === rule || problem.rule.startsWith(`${rule}-`))
    .map(formatProblem);
}

const RULES = [
  'frontmatter',
  'yaml-syntax',
  'mdx-syntax',
  'scenario-folder',
  'duplicate-id',
  'related',
  'link',
  'image',
  'code-lang',
  'mdx-import',
  'component',
  'structure',
  'tree',
  'stale',
  'findable',
];

describe('content check rules', () => {
  it.each(RULES)('%s: the passing fixture has no problem', (rule) => {
    expect(problems(rule, 'pass')).toEqual([]);
  });

  it('reports one bad field once, not again in every article that links to it', () => {
    const root = fileURLToPath(new URL('./fixtures/cascade', import.meta.url));
    const context = createCheckContext(loadContent(root), { site, today: new Date('2026-11-22') });
    expect(runChecks(context).map(formatProblem)).toEqual([
      'src/lib/checks/fixtures/cascade/guides/general/broken.mdx:5:7  frontmatter  `type` must be one of "guide", "faq", "troubleshooting", "reference" (found "tutorial")',
    ]);
  });

  it('frontmatter: names the file, line, field, what was found and what is expected', () => {
    expect(problems('frontmatter', 'fail')).toMatchInlineSnapshot(`
      [
        "src/lib/checks/fixtures/frontmatter/fail/guides/general/bad.mdx:2:5  frontmatter  \`id\` must look like KB-1042: "KB-" followed by 4 to 6 digits (found "KB-77")",
        "src/lib/checks/fixtures/frontmatter/fail/guides/general/bad.mdx:3:8  frontmatter  \`title\` must be at least 8 characters: say what the reader gets (found "Echo")",
        "src/lib/checks/fixtures/frontmatter/fail/guides/general/bad.mdx:5:7  frontmatter  \`type\` must be one of "guide", "faq", "troubleshooting", "reference" (found "tutorial")",
        "src/lib/checks/fixtures/frontmatter/fail/guides/general/bad.mdx:6:18  frontmatter  \`platforms[1]\` must be one of "android", "ios", "web", "windows", "macos", "linux", "flutter", "react-native", "unity", "electron", "server" (found "symbian")",
        "src/lib/checks/fixtures/frontmatter/fail/guides/general/bad.mdx:7:6  frontmatter  \`sdk\` must be a semver range such as "*", ">=4.0.0" or ">=4.2 <6" (found "newest")",
        "src/lib/checks/fixtures/frontmatter/fail/guides/general/bad.mdx:11:10  frontmatter  unknown field \`summery\`: remove it or fix its spelling",
      ]
    `);
  });
  it('yaml-syntax: points at the broken YAML', () => {
    expect(problems('yaml-syntax', 'fail')).toMatchInlineSnapshot(`
      [
        "src/lib/checks/fixtures/yaml-syntax/fail/guides/general/bad.mdx:4:30  yaml-syntax  frontmatter is not valid YAML: Missing closing "quote",
      ]
    `);
  });
  it('mdx-syntax: points at the broken expression', () => {
    expect(problems('mdx-syntax', 'fail')).toMatchInlineSnapshot(`
      [
        "src/lib/checks/fixtures/mdx-syntax/fail/guides/general/bad.mdx:14:20  mdx-syntax  Unexpected end of file in expression, expected a corresponding closing brace for \`{\` (mdx-jsx:unexpected-character)",
      ]
    `);
  });
  it('scenario-folder: rejects an unknown scenario folder', () => {
    expect(problems('scenario-folder', 'fail')).toMatchInlineSnapshot(`
      [
        "src/lib/checks/fixtures/scenario-folder/fail/guides/voice-room/echo.mdx:1:1  scenario-folder  unknown scenario folder "voice-room"; move the file into one of: show-streaming, one-to-one, voice-rooms, going-overseas, general",
      ]
    `);
  });
  it('duplicate-id: names the file that already uses the id', () => {
    expect(problems('duplicate-id', 'fail')).toMatchInlineSnapshot(`
      [
        "src/lib/checks/fixtures/duplicate-id/fail/guides/general/second.mdx:2:5  duplicate-id  id KB-7001 is already used by src/lib/checks/fixtures/duplicate-id/fail/guides/general/first.mdx; run \`npm run new\` or pick the next free id",
      ]
    `);
  });
  it('related: unknown ids are errors, too few related is a warning', () => {
    expect(problems('related', 'fail')).toMatchInlineSnapshot(`
      [
        "src/lib/checks/fixtures/related/fail/guides/general/a.mdx:11:20  related  related article KB-7404 does not exist; check the id",
        "src/lib/checks/fixtures/related/fail/guides/general/c.mdx:11:10  related (warning)  lists 1 related article(s); add at least 2 so readers have somewhere to go next",
      ]
    `);
  });
  it('link: missing pages and anchors, relative links, missing trailing slash', () => {
    expect(problems('link', 'fail')).toMatchInlineSnapshot(`
      [
        "src/lib/checks/fixtures/link/fail/guides/general/a.mdx:16:5  link  "/kb/7404/" does not match any page; check the path or use the short link /kb/<number>/",
        "src/lib/checks/fixtures/link/fail/guides/general/a.mdx:16:27  link  KB-7002 has no heading with anchor "#repair"; its anchors: fix",
        "src/lib/checks/fixtures/link/fail/guides/general/a.mdx:16:59  link  "../b/" is a relative link; use a site path such as /kb/1042/ so it survives moves",
        "src/lib/checks/fixtures/link/fail/guides/general/a.mdx:16:78  link  "/voice-rooms" must end with "/" (pages live at folder paths, e.g. /kb/1042/)",
        "src/lib/checks/fixtures/link/fail/guides/general/a.mdx:16:107  link  no heading with anchor "#fixx" in this article; anchors here: fix-it",
      ]
    `);
  });
  it('image: missing files and missing alt text', () => {
    expect(problems('image', 'fail')).toMatchInlineSnapshot(`
      [
        "src/lib/checks/fixtures/image/fail/guides/general/a.mdx:14:1  image-alt  image has no alt text; describe what it shows for readers who cannot see it",
        "src/lib/checks/fixtures/image/fail/guides/general/a.mdx:14:1  image-missing  image "./missing.png" does not exist",
        "src/lib/checks/fixtures/image/fail/guides/general/a.mdx:16:1  image-alt  image has no alt text; describe what it shows for readers who cannot see it",
        "src/lib/checks/fixtures/image/fail/guides/general/a.mdx:16:1  image-missing  image "/nope.png" does not exist",
        "src/lib/checks/fixtures/image/fail/guides/general/a.mdx:16:1  image-size  give the image \`width\` and \`height\` (its pixel size) so the page does not jump as it loads",
      ]
    `);
  });
  it('code-lang: fences without a language', () => {
    expect(problems('code-lang', 'fail')).toMatchInlineSnapshot(`
      [
        "src/lib/checks/fixtures/code-lang/fail/guides/general/a.mdx:14:1  code-lang  code fence has no language; write \`\`\`js, \`\`\`swift, \`\`\`bash or \`\`\`text for plain output",
      ]
    `);
  });
  it('mdx-import: imports from outside the writer components', () => {
    expect(problems('mdx-import', 'fail')).toMatchInlineSnapshot(`
      [
        "src/lib/checks/fixtures/mdx-import/fail/guides/general/a.mdx:14:1  mdx-import  import from "node:fs" is not allowed; writer components (Callout, Steps, PlatformTabs…) are available without an import",
        "src/lib/checks/fixtures/mdx-import/fail/guides/general/a.mdx:15:1  mdx-import  import from "../../../../../../../components/Header.astro" is not allowed; writer components (Callout, Steps, PlatformTabs…) are available without an import",
      ]
    `);
  });
  it('component: unknown JSX components', () => {
    expect(problems('component', 'fail')).toMatchInlineSnapshot(`
      [
        "src/lib/checks/fixtures/component/fail/guides/general/a.mdx:14:1  component  <Calout> is not a writer component (did you mean <Callout>?); the list is in CONTRIBUTING.md",
      ]
    `);
  });
  it('structure: troubleshooting sections and FAQ questions', () => {
    expect(problems('structure', 'fail')).toMatchInlineSnapshot(`
      [
        "src/lib/checks/fixtures/structure/fail/guides/general/a.mdx:5:7  structure  troubleshooting article lacks "## Likely causes {#causes}", "## How to confirm {#confirm}", "## How to verify {#verify}"",
        "src/lib/checks/fixtures/structure/fail/guides/general/b.mdx:14:1  structure  FAQ heading "Bandwidth" is not a question; end it with "?" (it becomes a FAQ entry for search engines)",
      ]
    `);
  });
  it('tree: a troubleshooter recommending a missing article', () => {
    expect(problems('tree', 'fail')).toMatchInlineSnapshot(`
      [
        "src/lib/checks/fixtures/tree/fail/troubleshooting/echo.yaml:11:20  tree-unknown-article  node "who" recommends KB-7010, which is not a published article; check the id or publish the article",
      ]
    `);
  });
  it('findable: no Chinese keyword, and an orphan nobody links to', () => {
    expect(problems('findable', 'fail')).toMatchInlineSnapshot(`
      [
        "src/lib/checks/fixtures/findable/fail/guides/general/alone.mdx:2:5  findable (warning)  no article, link or troubleshooter leads to KB-7001; list it in the \`related\` of a neighbouring article",
        "src/lib/checks/fixtures/findable/fail/guides/general/alone.mdx:9:11  findable (warning)  no Chinese keyword: add the terms a Chinese-speaking developer would search for (e.g. 卡顿, 回声)",
      ]
    `);
  });
  it('stale: an old review date is a warning with owner and age', () => {
    expect(problems('stale', 'fail')).toMatchInlineSnapshot(`
      [
        "src/lib/checks/fixtures/stale/fail/guides/general/a.mdx:10:11  stale (warning)  last reviewed 1042 days ago (limit 365); owner docs-team should check it and update \`reviewed\`",
      ]
    `);
  });
});
