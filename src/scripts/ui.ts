/**
 * Interface text for browser scripts, in the page's language: Base.astro writes the
 * entries listed in `src/i18n/client.ts` into `<script id="kb-ui">`.
 */
import type { ClientKey } from '../i18n/client.ts';

let strings: Partial<Record<ClientKey, string>> | undefined;

export function ui(key: ClientKey, params?: Record<string, string | number>): string {
  strings ??= JSON.parse(document.getElementById('kb-ui')?.textContent ?? '{}') as Partial<Record<ClientKey, string>>;
  return (strings[key] ?? key).replace(/\{(\w+)\}/g, (match, name: string) =>
    params && name in params ? String(params[name]) : match,
  );
}
