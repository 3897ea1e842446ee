/**
 * The search evaluation as a floor: the real developer questions of
 * e2e/search-eval/questions.json (collected from issue trackers and vendors' FAQs, not
 * from our articles), each typed into the search page of its own language's site.
 * A change that makes search answer fewer of them fails here, and so does one that
 * makes it worse on the held-out questions of held-out.json; `npm run eval:search`
 * prints the full tables for both sets and both sites.
 */
import { siteModel } from './content.ts';
import { expect, test } from './fixtures.ts';
import { HELD_OUT_FILE, loadQuestions, QUESTIONS_FILE, rankQuestions } from '../src/cli/search-eval/run.ts';
import { score } from '../src/cli/search-eval/metrics.ts';

/**
 * The judged questions (308 answerable) as measured when this floor was set: English on
 * /search/ 89.6 % top 3, MRR 0.791; Chinese on /zh/search/ 90.5 %, MRR 0.804. The search
 * issue's bar is 90 % and MRR 0.8 in each language; English is just under it. Ranking is
 * deterministic (ties break by page id), so a change that fails here made search worse,
 * not the machine slower.
 */
const FLOOR = {
  en: { at3: 0.89, mrr: 0.79 },
  zh: { at3: 0.9, mrr: 0.8 },
} as const;

/**
 * The held-out questions (round 4, never tuned on) as measured when they were added:
 * English 68.4 % top 3 (13 of 19), MRR 0.650; Chinese on /zh/ 82.4 % (14 of 17), MRR
 * 0.711. Far below the bar: the honest reading of how search does on questions it has
 * not seen (e2e/search-eval/README.md). The floor keeps it from getting worse. (Folding
 * hyphens, "Wi-Fi" = "wifi", later lifted English to 73.7 %, MRR 0.676; not a clean
 * figure, as that fix was written after reading round 4's misses.)
 */
const HELD_OUT_FLOOR = {
  en: { at3: 0.68, mrr: 0.64 },
  zh: { at3: 0.82, mrr: 0.7 },
} as const;

for (const [set, file, floor, atLeast] of [
  ['real', QUESTIONS_FILE, FLOOR, { en: 100, zh: 50 }],
  ['held-out', HELD_OUT_FILE, HELD_OUT_FLOOR, { en: 15, zh: 15 }],
] as const) {
  for (const lang of ['en', 'zh'] as const) {
    test(`${set} ${lang === 'en' ? 'English' : 'Chinese'} questions find a correct page in the top 3 often enough`, async ({
      page,
    }) => {
      test.setTimeout(300_000);
      const questions = loadQuestions(file).filter((question) => question.lang === lang);
      const ranked = await rankQuestions(page, '', questions, siteModel, lang === 'zh' ? '/zh/search/' : '/search/');
      const scores = score(ranked);
      console.log(
        `${set} ${lang}: ${scores.answerable} answerable, top 1 ${(scores.at1 * 100).toFixed(1)} %, top 3 ${(scores.at3 * 100).toFixed(1)} %, MRR ${scores.mrr.toFixed(3)}, no results ${(scores.zeroResults * 100).toFixed(1)} %`,
      );
      expect(scores.answerable).toBeGreaterThanOrEqual(atLeast[lang]);
      expect(scores.at3).toBeGreaterThanOrEqual(floor[lang].at3);
      expect(scores.mrr).toBeGreaterThanOrEqual(floor[lang].mrr);
      expect(scores.zeroResults).toBe(0);
    });
  }
}
