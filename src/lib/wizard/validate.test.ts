import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readTree } from '../content-model.ts';
import { problemAt } from '../checks/context.ts';
import { formatProblem } from '../problems.ts';
import { validateTree } from './validate.ts';

const PUBLISHED = new Set(['KB-2001', 'KB-2002']);

/** Every problem a fixture produces, as the check prints it. */
function check(name: string): string[] {
  const source = readTree(fileURLToPath(new URL(`./fixtures/${name}.yaml`, import.meta.url)));
  const schemaProblems = source.issues.map((issue) =>
    formatProblem(problemAt(source, issue.at, issue.rule, issue.message)),
  );
  const graphProblems = source.data
    ? validateTree(source.data, PUBLISHED).map((issue) =>
        formatProblem(problemAt(source, source.yaml.locate(issue.path), issue.rule, issue.message)),
      )
    : [];
  return [...schemaProblems, ...graphProblems];
}

describe('troubleshooting tree validation', () => {
  it('accepts a valid tree', () => {
    expect(check('valid')).toEqual([]);
  });

  it('names the file, line and node for each class of error', () => {
    expect(check('tree-start')).toMatchInlineSnapshot(`
      [
        "src/lib/wizard/fixtures/tree-start.yaml:4:8  tree-start  \`start\` points to node "platfrom", which does not exist; known nodes: platform",
      ]
    `);
    expect(check('tree-unknown-node')).toMatchInlineSnapshot(`
      [
        "src/lib/wizard/fixtures/tree-unknown-node.yaml:11:15  tree-unknown-node  option "Android" of node "platform" leads to node "netwrok", which does not exist",
      ]
    `);
    expect(check('tree-unknown-article')).toMatchInlineSnapshot(`
      [
        "src/lib/wizard/fixtures/tree-unknown-article.yaml:9:25  tree-unknown-article  node "done" recommends KB-9999, which is not a published article; check the id or publish the article",
      ]
    `);
    expect(check('tree-cycle')).toMatchInlineSnapshot(`
      [
        "src/lib/wizard/fixtures/tree-cycle.yaml:19:15  tree-cycle  answers loop back: first → second → first; a troubleshooter must always move forward",
      ]
    `);
    expect(check('tree-unreachable')).toMatchInlineSnapshot(`
      [
        "src/lib/wizard/fixtures/tree-unreachable.yaml:15:5  tree-unreachable  node "leftover" cannot be reached from the start node "first"; link an option to it or delete it",
      ]
    `);
    expect(check('tree-duplicate-label')).toMatchInlineSnapshot(`
      [
        "src/lib/wizard/fixtures/tree-duplicate-label.yaml:12:16  tree-duplicate-label  question "first" has two options labelled "wi-fi" (options 1 and 2); each answer must be distinct",
      ]
    `);
  });

  it('holds the rules a schema can express in the schema, located the same way', () => {
    expect([...check('tree-options'), ...check('tree-empty-result')]).toMatchInlineSnapshot(`
      [
        "src/lib/wizard/fixtures/tree-options.yaml:10:7  tree-schema  \`nodes.first.options\` must have at least two answers: a question with one answer is not a question (found [{"label":"Yes","articles":["KB-2001"]}])",
        "src/lib/wizard/fixtures/tree-empty-result.yaml:17:15  tree-schema  \`nodes.done.articles\` must list at least one article id: a result that recommends nothing is a dead end (found [])",
      ]
    `);
  });

  it('wants answer ids short enough for step addresses', () => {
    expect(check('tree-option-id')).toMatchInlineSnapshot(`
      [
        "src/lib/wizard/fixtures/tree-option-id.yaml:10:16  tree-option-id  answer "???" of question "first" has no letters or digits to make an id from; step addresses carry it, so give the answer a short \`value\` (lowercase letters, digits, hyphens)",
        "src/lib/wizard/fixtures/tree-option-id.yaml:12:16  tree-option-id  answer "Everyone watching one sender, all viewers of a host, or the other side of a call, on every network and every device we support" of question "first" makes an id of 123 characters; step addresses carry it, so give the answer a short \`value\` (lowercase letters, digits, hyphens)",
      ]
    `);
  });

  it('accepts an outage severity only on an answer that goes to the ticket', () => {
    expect(check('tree-severity')).toMatchInlineSnapshot(`
      [
        "src/lib/wizard/fixtures/tree-severity.yaml:12:19  tree-schema  \`nodes.first.options[0].severity\` marks an outage, and an outage answer goes straight to the ticket: add \`ticket: true\` (found {"label":"Everyone, everywhere","next":"done","severity":...)",
        "src/lib/wizard/fixtures/tree-severity.yaml:15:19  tree-schema  \`nodes.first.options[1].severity\` must be one of "P0", "P1" (found "P2")",
      ]
    `);
  });

  it('reports schema errors with the path inside the tree', () => {
    expect(check('tree-schema')).toMatchInlineSnapshot(`
      [
        "src/lib/wizard/fixtures/tree-schema.yaml:3:25  tree-schema  \`scenarios[1]\` must be one of "show-streaming", "one-to-one", "voice-rooms", "going-overseas" (found "karaoke")",
        "src/lib/wizard/fixtures/tree-schema.yaml:10:9  tree-schema  \`nodes.first.options[0]\` must have exactly one of \`next\`, \`articles\` or \`ticket: true\` (found {"label":"Wi-Fi","next":"done","ticket":true})",
        "src/lib/wizard/fixtures/tree-schema.yaml:16:11  tree-schema  \`nodes.done.type\` must be one of "question", "result" (found "answer")",
      ]
    `);
  });
});
