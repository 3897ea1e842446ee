/**
 * Pagefind's `result.data()` fills in one cached object per page (its excerpt, marks
 * and sub-results for the search that asked) and returns that same object. Two units
 * of one query that hit the same page therefore overwrite each other's excerpt: for
 * "video stream is black", the marks of "black" were read as those of "video", and
 * the word was dropped as not found. `ownData` runs the calls for one page one after
 * the other and gives each caller its own copy.
 */
export interface PagefindData {
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
  sub_results: unknown[];
}

const queues = new Map<string, Promise<unknown>>();

export function ownData<T extends PagefindData>(result: { id: string; data(): Promise<T> }): Promise<T> {
  const next = (queues.get(result.id) ?? Promise.resolve()).then(async () => {
    const data = await result.data();
    return { ...data, meta: { ...data.meta }, filters: { ...data.filters }, sub_results: [...data.sub_results] };
  });
  queues.set(
    result.id,
    next.catch(() => undefined),
  );
  return next;
}
