import { editDistance } from '../edit-distance.ts';

/** " (did you mean …?)" when a known name is one or two edits away, for messages about unknown names. */
export function suggest(name: string, known: Iterable<string>, format = (match: string) => `"${match}"`): string {
  const best = [...known]
    .map((candidate) => ({ candidate, distance: editDistance(name.toLowerCase(), candidate.toLowerCase()) }))
    .sort((a, b) => a.distance - b.distance)[0];
  return best && best.distance <= 2 ? ` (did you mean ${format(best.candidate)}?)` : '';
}
