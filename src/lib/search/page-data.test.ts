import { expect, it } from 'vitest';
import { ownData } from './page-data.ts';

/** A page as Pagefind hands it out: one shared object, filled in for whichever search asked last. */
function pagefindPage(id: string) {
  const shared = { excerpt: '', meta: {}, filters: {}, sub_results: [] as unknown[] };
  return (word: string) => ({
    id,
    async data() {
      await new Promise((resolve) => setTimeout(resolve, word === 'video' ? 5 : 1));
      shared.excerpt = `<mark>${word}</mark> screen`;
      await Promise.resolve();
      return shared;
    },
  });
}

it('two searches that hit one page each get the excerpt of their own word', async () => {
  const hit = pagefindPage('black-screen');
  const direct = await Promise.all([hit('video').data(), hit('black').data()]);
  // What Pagefind does on its own: both callers see the marks of the search that finished last.
  expect(direct.map((data) => data.excerpt)).toEqual(['<mark>video</mark> screen', '<mark>video</mark> screen']);
  const own = await Promise.all([ownData(hit('video')), ownData(hit('black'))]);
  expect(own.map((data) => data.excerpt)).toEqual(['<mark>video</mark> screen', '<mark>black</mark> screen']);
});
