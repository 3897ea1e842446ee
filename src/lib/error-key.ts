/**
 * How a typed or pasted code is matched, with no imports: the browser's search bundle
 * uses it, and must not pull the content schemas in with it.
 */
/** Normalises what people type or paste, to find a code: case, spaces, quotes and a class prefix do not matter. */
export function errorKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/^['"‘’“”]+|['"‘’“”]+$/g, '')
    .replace(/[\s_.:'"()\-]+/g, '');
}
