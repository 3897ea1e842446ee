/**
 * JSON for an inline `<script>` (JSON-LD, the troubleshooter's data island): `<`,
 * `>` and `&` are written as \u escapes so no text can close the script element or
 * open a comment, and U+2028/U+2029 so the JSON is also valid JavaScript. The data
 * parses back to exactly the same value.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
