/**
 * Puts values into a sentence's `{name}` places. On its own, so a page that only formats
 * one saved report does not load every diagnostics sentence with it.
 */
export function fill(template: string, params: Record<string, string | number | undefined> = {}): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => {
    const value = params[name];
    return value === undefined ? match : String(value);
  });
}
