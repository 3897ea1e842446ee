import { describe, expect, it } from 'vitest';
import { correction, mergeHits, orderPages, relevant, unitWeights, type Candidate } from './rank.ts';
import type { ConceptTerms, Unit } from './query.ts';

describe('mergeHits', () => {
  it('ranks a page that covers the rare unit above pages that repeat the common one', () => {
    const common = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => ({ id, score: 5 }));
    const rare = [{ id: 'f', score: 3 }];
    const merged = mergeHits([common, rare], 50);
    expect(merged[0]).toMatchObject({ id: 'f', covered: 2 });
    expect(merged.slice(1).every((candidate) => candidate.covered === 1)).toBe(true);
  });

  it('a unit no page has changes nothing', () => {
    const hits = [
      { id: 'a', score: 2 },
      { id: 'b', score: 1 },
    ];
    expect(mergeHits([hits, []], 10)).toEqual(mergeHits([hits], 10));
  });

  it('within a unit, a strong match (title) outweighs a weak one (body)', () => {
    const merged = mergeHits(
      [
        [
          { id: 'body', score: 1 },
          { id: 'title', score: 8 },
        ],
      ],
      10,
    );
    expect(merged.map((candidate) => candidate.id)).toEqual(['title', 'body']);
  });
});

describe('unitWeights', () => {
  const concepts = new Map<string, ConceptTerms>([
    ['no-audio', { id: 'no-audio', en: ['no audio'], zh: ['听不到'], kind: 'symptom' }],
    ['co-hosting', { id: 'co-hosting', en: ['co-hosting'], zh: ['连麦'], kind: 'context' }],
    ['bluetooth', { id: 'bluetooth', en: ['bluetooth'], zh: ['蓝牙'] }],
  ]);
  const concept = (id: string): Unit => ({ kind: 'concept', concept: id, matched: id });

  it('a symptom in a context: the page about the symptom wins over the pages about the context', () => {
    // 连麦后听不到: many pages are about co-hosting, one is about no audio.
    const units = [concept('co-hosting'), concept('no-audio')];
    const coHosting = [{ id: 'co-hosting-guide', score: 10 }, ...['x', 'y'].map((id) => ({ id, score: 6 }))];
    const noAudio = [
      { id: 'no-audio-fix', score: 10 },
      { id: 'co-hosting-guide', score: 4 },
      ...['p', 'q'].map((id) => ({ id, score: 6 })),
    ];
    expect(mergeHits([coHosting, [{ id: 'no-audio-fix', score: 2 }, ...noAudio.slice(1)]], 20)[0]!.id).toBe(
      'co-hosting-guide',
    );
    const weights = unitWeights(units, concepts);
    expect(weights).toEqual([0.5, 2]);
    expect(mergeHits([coHosting, noAudio], 20, weights)[0]!.id).toBe('no-audio-fix');
  });

  it('a word the glossary does not know counts half: a stray rare word does not decide the ranking', () => {
    // "webrtc zoom clone can't hear someone": only one page says "zoom".
    const weights = unitWeights([{ kind: 'word', text: 'zoom', lang: 'en' }, concept('no-audio')], concepts);
    const zoom = [{ id: 'mentions-zoom', score: 1 }];
    const noAudio = [
      { id: 'no-audio-fix', score: 10 },
      { id: 'mentions-zoom', score: 3 },
      ...['p', 'q', 'r', 's'].map((id) => ({ id, score: 5 })),
    ];
    expect(mergeHits([zoom, noAudio], 40)[0]!.id).toBe('mentions-zoom');
    expect(mergeHits([zoom, noAudio], 40, weights)[0]!.id).toBe('no-audio-fix');
  });

  it('a number is a code read off a log and counts like a concept, not like a stray word', () => {
    // "investigating error code 1006": one page says "investigating", seven say 1006.
    const units: Unit[] = [
      { kind: 'word', text: 'investigating', lang: 'en' },
      { kind: 'word', text: '1006', lang: 'en' },
    ];
    expect(unitWeights(units, concepts)).toEqual([0.5, 1]);
    const investigating = [{ id: 'severity-levels', score: 4 }];
    const code = [
      { id: 'websocket-1006', score: 4 },
      ...['p', 'q', 'r', 's', 't', 'u'].map((id) => ({ id, score: 2 })),
    ];
    expect(mergeHits([investigating, code], 270, [0.5, 0.5])[0]!.id).toBe('severity-levels');
    expect(mergeHits([investigating, code], 270, unitWeights(units, concepts))[0]!.id).toBe('websocket-1006');
  });

  it('without a symptom, the context is what the question is about and counts fully', () => {
    expect(unitWeights([concept('co-hosting'), concept('bluetooth')], concepts)).toEqual([1, 1]);
  });
});

describe('relevant', () => {
  it('keeps pages within a share of the best', () => {
    const candidates: Candidate[] = [
      { id: 'a', covered: 2, score: 10 },
      { id: 'b', covered: 1, score: 5 },
      { id: 'c', covered: 1, score: 1 },
    ];
    expect(relevant(candidates).map((candidate) => candidate.id)).toEqual(['a', 'b']);
  });
});

describe('orderPages', () => {
  const page = (id: string, score: number, meta: Record<string, string> = {}) => ({
    id,
    candidate: { id, covered: 1, score },
    meta,
  });
  const order = (pages: ReturnType<typeof page>[], query: string, symptoms: string[] = []) =>
    orderPages(pages, query, new Set(symptoms)).map((entry) => entry.id);

  it('holds back an error page only when the query neither names nor mentions its code', () => {
    const pages = [page('article', 10), page('websocket', 12, { type: 'error-code', codes: '1006|Abnormal Closure' })];
    expect(order(pages, 'socket closes with 1006 after a minute')).toEqual(['websocket', 'article']);
    expect(order(pages, 'socket closes after a minute')).toEqual(['article', 'websocket']);
  });

  it('ranks an error page that the query does not name below an article of similar weight', () => {
    const pages = [page('code', 10, { type: 'error-code', codes: 'NotAllowedError' }), page('article', 7)];
    expect(order(pages, 'camera permission')).toEqual(['article', 'code']);
  });

  it('puts a troubleshooter first among equals only when the query names a symptom it covers', () => {
    const pages = [page('article', 10), page('tree', 10, { type: 'troubleshooter', symptoms: 'echo howling' })];
    expect(order(pages, 'echo', ['echo'])).toEqual(['tree', 'article']);
    expect(order(pages, 'aec settings', ['aec'])).toEqual(['article', 'tree']);
  });

  it('never ranks a troubleshooter above an article when the query names none of its symptoms', () => {
    // 无法加入房间 roomToken invalid: every troubleshooter's start page says "room" strongly.
    const pages = [page('article', 5), page('tree', 10, { type: 'troubleshooter', symptoms: 'echo howling' })];
    expect(order(pages, 'room token invalid', ['room'])).toEqual(['article', 'tree']);
    expect(order(pages, 'echo in the room', ['room', 'echo'])).toEqual(['tree', 'article']);
  });

  it('puts the troubleshooter first when the query is nothing but its symptom, whatever the scores', () => {
    // 黑屏: the article's title says 黑屏 too and outscores the troubleshooter by far.
    const pages = [page('article', 20), page('tree', 10, { type: 'troubleshooter', symptoms: 'black-screen' })];
    const order = (conceptsOnly: boolean, concepts = ['black-screen']) =>
      orderPages(pages, '', new Set(concepts), { conceptsOnly }).map((entry) => entry.id);
    expect(order(true)).toEqual(['tree', 'article']);
    // Anything more specific (a word the glossary does not know, another concept) lets the scores decide.
    expect(order(false)).toEqual(['article', 'tree']);
    expect(order(true, ['black-screen', 'hls'])).toEqual(['article', 'tree']);
  });
});

describe('correction', () => {
  it('corrects a misspelt word to the nearest known one', () => {
    expect(correction('howlling', ['howling', 'echo'])).toBe('howling');
    expect(correction('ecko', ['echo', 'eco'])).toBe('echo');
  });
  it('leaves short words, numbers and unknown words alone', () => {
    expect(correction('abc', ['abd'])).toBeUndefined();
    expect(correction('h264x', ['h264'])).toBeUndefined();
    expect(correction('zzzzzz', ['echo'])).toBeUndefined();
  });
});
