/**
 * `npm run translate -- <what>`: start or refresh a Chinese translation.
 *
 *   npm run translate -- KB-1301                      an article
 *   npm run translate -- troubleshooting/no-audio     a troubleshooter
 *   npm run translate -- errors/getusermedia          an API's error codes
 *   npm run translate -- --status                     every missing and stale translation
 *   npm run translate -- KB-1301 --done               the translation now matches the English file
 *
 * A new translation starts as a copy of the English text to translate in place (the
 * check refuses it until it is Chinese); a stale one shows what changed in English.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { parse, stringify } from 'yaml';
import { loadContent, toProjectPath } from '../lib/content-model.ts';
import { ERRORS_DIR } from '../lib/error-files.ts';
import { STAMP_LENGTH, translationStatus, type TranslationStatus } from '../i18n/translations.ts';
import type { Tree } from '../schemas/tree.ts';
import type { ErrorApi } from '../schemas/errors.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { status: { type: 'boolean', default: false }, done: { type: 'boolean', default: false } },
});

const model = loadContent();
const root = model.root;

function sources(): string[] {
  return [
    ...model.articles
      .filter((article) => article.data && !article.data.draft)
      .map((article) => join(process.cwd(), article.file)),
    ...model.trees.map((tree) => join(process.cwd(), tree.file)),
    ...errorFiles(),
  ];
}

function errorFiles(): string[] {
  const dir = join(root, ERRORS_DIR);
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((name) => name.endsWith('.yaml'))
        .sort()
        .map((name) => join(dir, name))
    : [];
}

function resolveSource(what: string): string {
  const article = model.articles.find((candidate) => candidate.data?.id === what.toUpperCase());
  if (article) return join(process.cwd(), article.file);
  const path = join(root, `${what.replace(/\.ya?ml$/, '')}.yaml`);
  if (existsSync(path)) return path;
  fail(`"${what}" is neither an article id (KB-1301), troubleshooting/<name> nor errors/<api>`);
}

function fail(message: string): never {
  console.error(`npm run translate: ${message}`);
  process.exit(1);
}

if (values.status) {
  const statuses = sources().map((source) => translationStatus(root, source));
  for (const freshness of ['missing', 'stale'] as const) {
    const list = statuses.filter((status) => status.freshness === freshness);
    console.log(`${freshness}: ${list.length}`);
    for (const status of list) console.log(`  ${toProjectPath(status.source)}`);
  }
  console.log(`current: ${statuses.filter((status) => status.freshness === 'current').length}`);
  process.exit(0);
}

const what = positionals[0] ?? fail('say what to translate, e.g. `npm run translate -- KB-1301`');
const status = translationStatus(root, resolveSource(what));
const stamp = status.current.slice(0, STAMP_LENGTH);
const shown = toProjectPath(status.translation);

if (values.done) {
  if (status.freshness === 'missing') fail(`${shown} does not exist yet; run without --done to start it`);
  const text = readFileSync(status.translation, 'utf8');
  writeFileSync(
    status.translation,
    // Quoted: a blob id of digits only would otherwise be read as a number.
    text.replace(/^(translation:\s*\n\s+source:\s*)["']?[0-9a-f]+["']?/m, `$1"${stamp}"`),
  );
  console.log(`${shown} now records the English revision ${stamp}.`);
} else if (status.freshness === 'missing') {
  mkdirSync(dirname(status.translation), { recursive: true });
  writeFileSync(status.translation, scaffold(status, stamp));
  console.log(
    status.source.endsWith('.mdx')
      ? `Started ${shown} from the English text: translate it in place, keep every {#anchor}, code block and component,
and check it with \`npm run check\`. Internal links stay as they are: Chinese pages link to Chinese pages by themselves.`
      : `Started ${shown} with the English text of every field: translate each value in place, keep the keys, the order
of the answer labels and every \`code\` span, and check it with \`npm run check\`.`,
  );
} else if (status.freshness === 'stale') {
  console.log(
    `${shown} was made from English revision ${status.recorded}; the English file is now ${stamp}. What changed:\n`,
  );
  try {
    console.log(
      execFileSync('git', ['diff', '--no-color', '--word-diff', status.recorded!, stamp], { encoding: 'utf8' }),
    );
  } catch {
    console.log(
      `  (Git does not know revision ${status.recorded}; compare with \`git log -p -- ${toProjectPath(status.source)}\`)`,
    );
  }
  console.log(`Bring the translation up to date, then run \`npm run translate -- ${what} --done\`.`);
} else {
  console.log(`${shown} is up to date with the English file.`);
}

/** The file to translate in place: the English text, in the translation's shape. */
function scaffold({ source }: TranslationStatus, stamp: string): string {
  const text = readFileSync(source, 'utf8');
  if (source.endsWith('.mdx')) {
    const article = model.articles.find((candidate) => join(process.cwd(), candidate.file) === source)!.data!;
    const body = text.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '');
    const frontmatter = stringify(
      { id: article.id, title: article.title, summary: article.summary, keywords: [], translation: { source: stamp } },
      { lineWidth: 0 },
    );
    return `---\n${frontmatter}---\n${body}`;
  }
  const data = parse(text) as Record<string, unknown>;
  const overlay = source.includes(`/${ERRORS_DIR}/`) ? errorText(data as ErrorApi) : treeText(data as Tree);
  return stringify({ translation: { source: stamp }, ...overlay }, { lineWidth: 0 });
}

function treeText(tree: Tree) {
  return {
    title: tree.title,
    symptom: tree.symptom,
    keywords: tree.keywords.filter((keyword) => /\p{Script=Han}/u.test(keyword)),
    nodes: Object.fromEntries(
      Object.entries(tree.nodes).map(([id, node]) => [
        id,
        node.type === 'question'
          ? { question: node.question, help: node.help, options: node.options.map((option) => option.label) }
          : { title: node.title, body: node.body },
      ]),
    ),
  };
}

function errorText(api: ErrorApi) {
  return {
    summary: api.summary,
    where: api.where,
    codes: api.codes.map(({ code, title, meaning, causes, confirm, fix }) => ({
      code,
      title,
      meaning,
      causes,
      confirm,
      fix,
    })),
  };
}
