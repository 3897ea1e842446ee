import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../content-model.ts';
import { formatProblem } from '../problems.ts';
import { createCheckContext, runChecks } from './index.ts';
import { FIXTURE_SITE as site } from './fixtures/site.ts';
import type { SiteConfig } from '../../schemas/site.ts';

/** Problems of one rule family (`image` covers `image-alt` and `image-missing`) for a fixture folder. */
function problems(rule: string, outcome: 'fail' | 'pass', config: SiteConfig = site): string[] {
  const root = fileURLToPath(new URL(`./fixtures/${rule}/${outcome}`, import.meta.url));
  const context = createCheckContext(loadContent(root), { site: config, today: new Date('2026-11-22') });
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
  'mdx-safety',
  'number-literal',
  'structure',
  'tree',
  'stale',
  'findable',
  'glossary',
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
        "src/lib/checks/fixtures/mdx-syntax/fail/guides/general/bad.mdx:14:20  mdx-syntax  Unexpected end of file in expression, expected a corresponding closing brace for \`{\`",
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
  it('number-literal: a shared limit typed by hand next to its metric', () => {
    expect(problems('number-literal', 'fail')).toMatchInlineSnapshot(`
      [
        "src/lib/checks/fixtures/number-literal/fail/guides/general/a.mdx:14:1  number-literal  "Packet loss above 10 %" restates packet-loss.bad of content/numbers.yaml by hand; write <Threshold id="packet-loss.bad" /> so it cannot drift",
        "src/lib/checks/fixtures/number-literal/fail/guides/general/a.mdx:14:1  number-literal  "RTT under 150 ms" restates rtt.good of content/numbers.yaml by hand; write <Threshold id="rtt.good" /> so it cannot drift",
        "src/lib/checks/fixtures/number-literal/fail/guides/general/a.mdx:16:1  number-literal  "ICE gives up after about 15 s" restates ice-failed of content/numbers.yaml by hand; write <Value id="ice-failed" /> so it cannot drift",
        "src/lib/checks/fixtures/number-literal/fail/guides/general/a.mdx:18:1  number-literal  "丢包率超过 10%" restates packet-loss.bad of content/numbers.yaml by hand; write <Threshold id="packet-loss.bad" /> so it cannot drift",
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
  it('findable: an orphan nobody links to', () => {
    expect(problems('findable', 'fail')).toMatchInlineSnapshot(`
      [
        "src/lib/checks/fixtures/findable/fail/guides/general/alone.mdx:2:5  findable (warning)  no article, link or troubleshooter leads to KB-7001; list it in the \`related\` of a neighbouring article",
      ]
    `);
  });

  it('glossary: duplicate ids, unknown neighbours and codes, a term in two concepts (also as a plural), a main concept without Chinese', () => {
    expect(problems('glossary', 'fail')).toMatchInlineSnapshot(`
      [
        "src/lib/checks/fixtures/glossary/fail/glossary.yaml:6:15  glossary  no concept has the id "aec"",
        "src/lib/checks/fixtures/glossary/fail/glossary.yaml:6:20  glossary  no concept has the id "feedback-loop"",
        "src/lib/checks/fixtures/glossary/fail/glossary.yaml:10:13  glossary (warning)  "NoSuchError" is not a code or alias in content/errors/",
        "src/lib/checks/fixtures/glossary/fail/glossary.yaml:11:9  glossary  the id "echo" is already used by concept 1",
        "src/lib/checks/fixtures/glossary/fail/glossary.yaml:16:20  glossary (warning)  "hear myself" is also a term of "echo": a query with it would mean both; keep it in the concept it names best",
        "src/lib/checks/fixtures/glossary/fail/glossary.yaml:16:33  glossary (warning)  "echo cancellations" matches the same words as "echo cancellation" of "echo": a query with it would mean both; keep it in the concept it names best",
        "src/lib/checks/fixtures/glossary/fail/guides/general/a.mdx:3:8  glossary (warning)  this article is about "fixture", which has no Chinese terms in content/glossary.yaml: add the words Chinese developers use, so their questions reach it",
        "src/lib/checks/fixtures/glossary/fail/guides/general/b.mdx:3:8  glossary (warning)  this article is about "fixture", which has no Chinese terms in content/glossary.yaml: add the words Chinese developers use, so their questions reach it",
      ]
    `);
  });

  it('translation: a current translation with the same anchors, facts and code passes', () => {
    expect(problems('translation', 'pass', { ...site, languages: ['en', 'zh'] })).toEqual([]);
  });

  it('translation: anchors, components, code and English text that differ, a stale stamp, an orphan, a missing one', () => {
    expect(problems('translation', 'fail', { ...site, languages: ['en', 'zh'] })).toMatchInlineSnapshot(`
      [
        "src/lib/checks/fixtures/translation/fail/guides/general/b.mdx:1:1  translation  no Chinese translation (content/zh/guides/general/b.mdx): every published page has one; start it with \`npm run translate -- KB-7002\` (or keep the page \`draft: true\` until it is translated)",
        "src/lib/checks/fixtures/translation/fail/zh/guides/general/a.mdx:1:1  translation  <Threshold id="rtt"> is in the English article but not here: keep every component and its ids",
        "src/lib/checks/fixtures/translation/fail/zh/guides/general/a.mdx:1:1  translation  0 code blocks here, 1 in English: keep every code block (translate only comments)",
        "src/lib/checks/fixtures/translation/fail/zh/guides/general/a.mdx:2:5  translation  id must be KB-7001, the id of src/lib/checks/fixtures/translation/fail/guides/general/a.mdx",
        "src/lib/checks/fixtures/translation/fail/zh/guides/general/a.mdx:4:10  translation  the summary is still in English",
        "src/lib/checks/fixtures/translation/fail/zh/guides/general/a.mdx:11:1  translation  the English heading "Fix it" has the anchor #fix; end the Chinese heading with {#fix} so links to it keep working",
        "src/lib/checks/fixtures/translation/fail/zh/guides/general/a.mdx:13:1  translation  this text is still in English: "Turn on echo cancellation, and keep it on for every call you…"",
        "src/lib/checks/fixtures/translation/fail/zh/guides/general/c.mdx:1:1  translation (warning)  <Threshold id="rtt"> is in the English article but not here: keep every component and its ids (stale translation: update it with the English changes)",
        "src/lib/checks/fixtures/translation/fail/zh/guides/general/c.mdx:1:1  translation (warning)  0 code blocks here, 1 in English: keep every code block (translate only comments) (stale translation: update it with the English changes)",
        "src/lib/checks/fixtures/translation/fail/zh/guides/general/c.mdx:4:10  translation (warning)  the summary is still in English (stale translation: update it with the English changes)",
        "src/lib/checks/fixtures/translation/fail/zh/guides/general/c.mdx:6:11  translation (warning)  the English file changed after this translation was made (0123456789ab → 350241bced49); run \`npm run translate -- KB-7003\` to see what changed, update the text, then \`npm run translate -- KB-7003 --done\`",
        "src/lib/checks/fixtures/translation/fail/zh/guides/general/c.mdx:11:1  translation (warning)  the English heading "Fix it" has the anchor #fix; end the Chinese heading with {#fix} so links to it keep working (stale translation: update it with the English changes)",
        "src/lib/checks/fixtures/translation/fail/zh/guides/general/c.mdx:13:1  translation (warning)  this text is still in English: "Turn on echo cancellation, and keep it on for every call you…" (stale translation: update it with the English changes)",
        "src/lib/checks/fixtures/translation/fail/zh/guides/general/gone.mdx:1:1  translation  no English article at content/guides/general/gone.mdx: a translation sits at the same path as its source (move it, or delete it if the article was removed)",
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

describe('hostile content (the security review’s probes and variants)', () => {
  it('is refused, every probe with its file, line, column, rule and fix, and nothing is executed', () => {
    const root = fileURLToPath(new URL('./fixtures/hostile', import.meta.url));
    const context = createCheckContext(loadContent(root), { site, today: new Date('2026-11-22') });
    const lines = runChecks(context)
      .filter((problem) => !['related', 'findable', 'sources', 'url-new'].includes(problem.rule))
      .map(formatProblem);
    expect(lines).toMatchInlineSnapshot(`
      [
        "src/lib/checks/fixtures/hostile/guides/general/attributes.mdx:14:1  mdx-attribute  <Callout title={process.env.HOME}> is a JavaScript expression; attribute values are literal text ("…"), numbers ({640}) or booleans",
        "src/lib/checks/fixtures/hostile/guides/general/attributes.mdx:16:1  mdx-attribute  <Callout> has a spread or expression attribute \`{...globalThis}\`, which runs JavaScript; write each attribute as name="value"",
        "src/lib/checks/fixtures/hostile/guides/general/attributes.mdx:18:10  mdx-expression  \`{process.env.HOME}\` is a JavaScript expression, which MDX runs at build time; only comments {/* … */} are allowed. For a literal brace write \\{ or put it in backticks",
        "src/lib/checks/fixtures/hostile/guides/general/attributes.mdx:20:1  mdx-attribute  <Callout onClick> is refused: event handlers run script. <Callout> may have: type, title",
        "src/lib/checks/fixtures/hostile/guides/general/attributes.mdx:22:1  mdx-attribute  <Badge client:load> is refused: Astro directives are not allowed in content. <Badge> may have: variant",
        "src/lib/checks/fixtures/hostile/guides/general/attributes.mdx:24:1  mdx-element  <Value> takes no content; write it self-closing: <Value … />",
        "src/lib/checks/fixtures/hostile/guides/general/attributes.mdx:24:1  numbers  value "ice-failed" is not in content/numbers.yaml; add it there (with its sources) or pick an existing id",
        "src/lib/checks/fixtures/hostile/guides/general/bad-date.mdx:9:10  frontmatter  \`updated\` is not a real calendar date (found "2026-02-30")",
        "src/lib/checks/fixtures/hostile/guides/general/bom.mdx:1:1  encoding  the file starts with a byte-order mark (an invisible U+FEFF); save it as "UTF-8" without BOM",
        "src/lib/checks/fixtures/hostile/guides/general/empty.mdx:1:1  article-size (warning)  the article has no text after its frontmatter; write it or set \`draft: true\`",
        "src/lib/checks/fixtures/hostile/guides/general/esm-export.mdx:14:1  mdx-esm  \`export\` is not allowed in content: MDX would run it when the site is built. Writer components need no import; remove the line",
        "src/lib/checks/fixtures/hostile/guides/general/esm-export.mdx:16:1  mdx-esm  \`export\` is not allowed in content: MDX would run it when the site is built. Writer components need no import; remove the line",
        "src/lib/checks/fixtures/hostile/guides/general/esm-import.mdx:14:1  mdx-esm  \`import\` is not allowed in content: MDX would run it when the site is built. Writer components need no import; remove the line",
        "src/lib/checks/fixtures/hostile/guides/general/esm-import.mdx:16:1  mdx-esm  \`export\` is not allowed in content: MDX would run it when the site is built. Writer components need no import; remove the line",
        "src/lib/checks/fixtures/hostile/guides/general/expressions.mdx:14:6  mdx-expression  \`{globalThis.process?.getBuiltinModule?...}\` is a JavaScript expression, which MDX runs at build time; only comments {/* … */} are allowed. For a literal brace write \\{ or put it in backticks",
        "src/lib/checks/fixtures/hostile/guides/general/expressions.mdx:16:1  mdx-expression  \`{eval("process.getBuiltinModule('fs')")}\` is a JavaScript expression, which MDX runs at build time; only comments {/* … */} are allowed. For a literal brace write \\{ or put it in backticks",
        "src/lib/checks/fixtures/hostile/guides/general/expressions.mdx:18:1  mdx-expression  \`{String(Function('return process')().m...}\` is a JavaScript expression, which MDX runs at build time; only comments {/* … */} are allowed. For a literal brace write \\{ or put it in backticks",
        "src/lib/checks/fixtures/hostile/guides/general/expressions.mdx:20:9  mdx-expression  \`{process.env.KB_PROBE_SECRET}\` is a JavaScript expression, which MDX runs at build time; only comments {/* … */} are allowed. For a literal brace write \\{ or put it in backticks",
        "src/lib/checks/fixtures/hostile/guides/general/expressions.mdx:24:1  mdx-expression  \`{/* a */ 1 /* b */}\` is a JavaScript expression, which MDX runs at build time; only comments {/* … */} are allowed. For a literal brace write \\{ or put it in backticks",
        "src/lib/checks/fixtures/hostile/guides/general/headings.mdx:16:1  heading-anchor  the anchor #dup is already used by the heading on line 14; pin a different anchor",
        "src/lib/checks/fixtures/hostile/guides/general/headings.mdx:18:1  heading-attribute  heading attribute \`onclick\` is not allowed; a heading may only pin its anchor: ## Title {#anchor}",
        "src/lib/checks/fixtures/hostile/guides/general/headings.mdx:20:1  heading-attribute  heading attribute \`.class\` is not allowed; a heading may only pin its anchor: ## Title {#anchor}",
        "src/lib/checks/fixtures/hostile/guides/general/images.mdx:14:1  url  image "../../../../../../../../etc/hostname?raw" has a query or fragment (?raw); write the plain file path",
        "src/lib/checks/fixtures/hostile/guides/general/images.mdx:16:1  url  image "../../../../../../../../etc/passwd" is not a PNG, JPEG, WebP, AVIF or GIF file (SVG can carry script: draw diagrams as components)",
        "src/lib/checks/fixtures/hostile/guides/general/images.mdx:18:1  image-path  "../../../../../../../../tmp/outside.png" points outside the content folder; keep images next to the article",
        "src/lib/checks/fixtures/hostile/guides/general/images.mdx:20:1  url  image "https://evil.example/pixel.png" is not a local file; save the image next to the article (./name.png) so readers load nothing from other sites",
        "src/lib/checks/fixtures/hostile/guides/general/images.mdx:22:1  url  image "./diagram.svg" is not a PNG, JPEG, WebP, AVIF or GIF file (SVG can carry script: draw diagrams as components)",
        "src/lib/checks/fixtures/hostile/guides/general/images.mdx:24:1  url  <Figure src> "/x.png?url" has a query or fragment (?url); write the plain file path",
        "src/lib/checks/fixtures/hostile/guides/general/latin1.mdx:14:4  encoding  the file is not UTF-8 (byte 0xe9 here); save it as UTF-8 in your editor",
        "src/lib/checks/fixtures/hostile/guides/general/less-than.mdx:14:9  mdx-syntax  Unexpected character after \`<\`, expected a valid JSX tag (note: to create a link in MDX, use \`[text](url)\`). A literal "<" in prose (such as <150 ms or List<String>) is written &lt; or inside backticks",
        "src/lib/checks/fixtures/hostile/guides/general/linked.png:1:1  content-files  is a symbolic link; commit the file itself (a link could make the build read files outside the repository)",
        "src/lib/checks/fixtures/hostile/guides/general/raw-html.mdx:14:1  mdx-element  <script> is not an allowed HTML element (allowed: kbd, sub, sup, br, wbr, mark, abbr, details, summary, span); use Markdown or a writer component",
        "src/lib/checks/fixtures/hostile/guides/general/raw-html.mdx:14:9  mdx-expression  \`{"alert(1)"}\` is a JavaScript expression, which MDX runs at build time; only comments {/* … */} are allowed. For a literal brace write \\{ or put it in backticks",
        "src/lib/checks/fixtures/hostile/guides/general/raw-html.mdx:16:1  mdx-element  <iframe> is not an allowed HTML element (allowed: kbd, sub, sup, br, wbr, mark, abbr, details, summary, span); use Markdown or a writer component",
        "src/lib/checks/fixtures/hostile/guides/general/raw-html.mdx:18:1  mdx-element  <img> is not allowed; write a Markdown image ![what it shows](./file.png), or <Figure>",
        "src/lib/checks/fixtures/hostile/guides/general/raw-html.mdx:20:1  mdx-attribute  <span ONLOAD> is refused: event handlers run script. <span> may have: lang",
        "src/lib/checks/fixtures/hostile/guides/general/raw-html.mdx:22:1  mdx-element  <div> is not an allowed HTML element (allowed: kbd, sub, sup, br, wbr, mark, abbr, details, summary, span); use Markdown or a writer component",
        "src/lib/checks/fixtures/hostile/guides/general/raw-html.mdx:24:1  mdx-element  <svg> is not an allowed HTML element (allowed: kbd, sub, sup, br, wbr, mark, abbr, details, summary, span); use Markdown or a writer component",
        "src/lib/checks/fixtures/hostile/guides/general/raw-html.mdx:24:6  mdx-element  <script> is not an allowed HTML element (allowed: kbd, sub, sup, br, wbr, mark, abbr, details, summary, span); use Markdown or a writer component",
        "src/lib/checks/fixtures/hostile/guides/general/raw-html.mdx:24:14  mdx-expression  \`{"alert(1)"}\` is a JavaScript expression, which MDX runs at build time; only comments {/* … */} are allowed. For a literal brace write \\{ or put it in backticks",
        "src/lib/checks/fixtures/hostile/guides/general/raw-html.mdx:26:1  mdx-element  <meta> is not an allowed HTML element (allowed: kbd, sub, sup, br, wbr, mark, abbr, details, summary, span); use Markdown or a writer component",
        "src/lib/checks/fixtures/hostile/guides/general/raw-html.mdx:28:1  mdx-element  <base> is not an allowed HTML element (allowed: kbd, sub, sup, br, wbr, mark, abbr, details, summary, span); use Markdown or a writer component",
        "src/lib/checks/fixtures/hostile/guides/general/raw-html.mdx:30:1  mdx-element  <form> is not an allowed HTML element (allowed: kbd, sub, sup, br, wbr, mark, abbr, details, summary, span); use Markdown or a writer component",
        "src/lib/checks/fixtures/hostile/guides/general/raw-html.mdx:30:43  mdx-element  <input> is not an allowed HTML element (allowed: kbd, sub, sup, br, wbr, mark, abbr, details, summary, span); use Markdown or a writer component",
        "src/lib/checks/fixtures/hostile/guides/general/raw-html.mdx:32:1  mdx-attribute  <kbd style> is refused: inline styles are not allowed. <kbd> takes no attributes",
        "src/lib/checks/fixtures/hostile/guides/general/raw-html.mdx:34:1  mdx-element  fragments \`<>…</>\` are not allowed; remove the empty tags",
        "src/lib/checks/fixtures/hostile/guides/general/redirect-dup.mdx:12:16  redirect  /old/path/ already redirects to KB-7121; a path can lead to one article only",
        "src/lib/checks/fixtures/hostile/guides/general/redirect-live.mdx:12:16  redirect  /general/headings/ is a live page; an article can only take over paths that no longer exist",
        "src/lib/checks/fixtures/hostile/guides/general/redirects.mdx:12:16  frontmatter  \`redirectFrom[0]\` must be a plain site path: one leading "/", segments of letters, digits, "-", "_", "." and "~", ending in "/" (no "//", "*", ":name", spaces, "#", "?" or "..") (found "//evil.example/")",
        "src/lib/checks/fixtures/hostile/guides/general/redirects.mdx:12:35  frontmatter  \`redirectFrom[1]\` must be a plain site path: one leading "/", segments of letters, digits, "-", "_", "." and "~", ending in "/" (no "//", "*", ":name", spaces, "#", "?" or "..") (found "/:page/")",
        "src/lib/checks/fixtures/hostile/guides/general/redirects.mdx:12:46  frontmatter  \`redirectFrom[2]\` must be a plain site path: one leading "/", segments of letters, digits, "-", "_", "." and "~", ending in "/" (no "//", "*", ":name", spaces, "#", "?" or "..") (found "/kb/*/")",
        "src/lib/checks/fixtures/hostile/guides/general/redirects.mdx:12:56  frontmatter  \`redirectFrom[3]\` must be a plain site path: one leading "/", segments of letters, digits, "-", "_", "." and "~", ending in "/" (no "//", "*", ":name", spaces, "#", "?" or "..") (found "/* https://evil.example/:splat 301! #/")",
        "src/lib/checks/fixtures/hostile/guides/general/redirects.mdx:12:98  frontmatter  \`redirectFrom[4]\` must be a plain site path: one leading "/", segments of letters, digits, "-", "_", "." and "~", ending in "/" (no "//", "*", ":name", spaces, "#", "?" or "..") (found "/../../tmp/x/")",
        "src/lib/checks/fixtures/hostile/guides/general/redirects.mdx:12:115  frontmatter  \`redirectFrom[5]\` must be a plain site path: one leading "/", segments of letters, digits, "-", "_", "." and "~", ending in "/" (no "//", "*", ":name", spaces, "#", "?" or "..") (found "//")",
        "src/lib/checks/fixtures/hostile/guides/general/style.mdx:16:20  mdx-syntax  Could not parse expression with oxc: Expected \`,\` or \`)\` but found \`:\`",
        "src/lib/checks/fixtures/hostile/guides/general/symlink.mdx:14:1  image-path  image "./linked.png" resolves outside the repository's content through a symbolic link",
        "src/lib/checks/fixtures/hostile/guides/general/title.mdx:3:8  frontmatter  \`title\` must be one line (found "Probe\\n\\n## Injected heading")",
        "src/lib/checks/fixtures/hostile/guides/general/urls.mdx:14:1  url  link "javascript:alert(1)" uses the javascript: scheme; only https:, http:, mailto: and site paths (/kb/1042/) are allowed",
        "src/lib/checks/fixtures/hostile/guides/general/urls.mdx:14:30  url  link "javascript:alert(1)" uses the javascript: scheme; only https:, http:, mailto: and site paths (/kb/1042/) are allowed",
        "src/lib/checks/fixtures/hostile/guides/general/urls.mdx:14:64  url  link "javascript:alert(1)" uses the javascript: scheme; only https:, http:, mailto: and site paths (/kb/1042/) are allowed",
        "src/lib/checks/fixtures/hostile/guides/general/urls.mdx:16:1  url  link "data:text/html;base64,PHNjcmlwdD4=" uses the data: scheme; only https:, http:, mailto: and site paths (/kb/1042/) are allowed",
        "src/lib/checks/fixtures/hostile/guides/general/urls.mdx:16:45  url  link "vbscript:msgbox" uses the vbscript: scheme; only https:, http:, mailto: and site paths (/kb/1042/) are allowed",
        "src/lib/checks/fixtures/hostile/guides/general/urls.mdx:16:70  url  link "//evil.example/" is protocol-relative; write https://… or a site path /…",
        "src/lib/checks/fixtures/hostile/guides/general/urls.mdx:16:95  url  link "/\\evil.example/" contains a backslash, which browsers read as "/"; use "/"",
        "src/lib/checks/fixtures/hostile/guides/general/urls.mdx:20:1  url  link "javascript:alert(1)" uses the javascript: scheme; only https:, http:, mailto: and site paths (/kb/1042/) are allowed",
        "src/lib/checks/fixtures/hostile/guides/general/urls.mdx:22:1  mdx-element  <a> is not allowed; write a Markdown link: [text](/kb/1042/)",
        "src/lib/checks/fixtures/hostile/troubleshooting/Black Screen.yaml:1:1  tree-file  file name "Black Screen" must be lowercase words joined by hyphens (it is the troubleshooter's URL); rename the file, e.g. to black-screen.yaml",
        "src/lib/checks/fixtures/hostile/troubleshooting/Black Screen.yaml:9:11  numbers  number "packet-loss.worst" is not in content/numbers.yaml; add it there (with its sources) or pick an existing id",
      ]
    `);
  });
});
