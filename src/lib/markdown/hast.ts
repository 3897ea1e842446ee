/** Small builders for the hast nodes the Markdown plugins add. */
export type Element = { type: 'element'; tagName: string; properties: Record<string, unknown>; children: unknown[] };

export const element = (tagName: string, properties: Record<string, unknown>, children: unknown[] = []): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});

export const text = (value: string) => ({ type: 'text' as const, value });
