import { describe, expect, it } from 'vitest';
import { loadContent, siteModelOf } from '../../lib/content-model.ts';
import { HELD_OUT_FILE, loadQuestions, QUESTIONS_FILE, resultId } from './run.ts';

const site = siteModelOf(loadContent());
/** Every id a search result can have, from the pages the site publishes. */
const pageIds = new Set(
  [
    ...site.catalog.articles.map((article) => article.path),
    ...site.trees.map((tree) => `/troubleshoot/${tree.id}/`),
    ...site.errors.map((error) => error.path),
  ].map((path) => resultId(site, path)),
);
const judged = loadQuestions(QUESTIONS_FILE);
const heldOut = loadQuestions(HELD_OUT_FILE);

describe.each([
  ['judged', judged],
  ['held-out', heldOut],
])('the %s questions', (_, questions) => {
  it('each has a unique id, a source and a judgement that names published pages', () => {
    const ids = questions.map((question) => question.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const question of questions) {
      expect(question.source, question.id).toMatch(/^https?:\/\//);
      expect(question.query.trim(), question.id).not.toBe('');
      expect(question.answerable, `${question.id}: answerable means at least one answer`).toBe(
        question.answers.length > 0,
      );
      for (const answer of question.answers) expect(pageIds, `${question.id} → ${answer}`).toContain(answer);
    }
  });
});

it('the held-out questions come from sources the judged ones do not use', () => {
  const used = new Set(judged.map((question) => question.source));
  expect(heldOut.filter((question) => used.has(question.source)).map((question) => question.id)).toEqual([]);
  const judgedIds = new Set(judged.map((question) => question.id));
  expect(heldOut.filter((question) => judgedIds.has(question.id))).toEqual([]);
});
