import { ICE_URL } from '../../schemas/ice-url.ts';
import type { IceServerConfig } from '../../schemas/site.ts';

/**
 * The ICE servers the pre-call check tests: from `content/site.yaml`, or typed
 * by the user one URL per line. An https:// entry is an endpoint that returns
 * servers (short-lived TURN credentials); the page fetches it, these functions
 * read its answer.
 */

export interface IceServer {
  urls: string[];
  username?: string;
  credential?: string;
}

export interface ParsedServers {
  servers: IceServer[];
  /** https:// endpoints to fetch servers from. */
  endpoints: string[];
  /** Lines that are not an ICE URL, 1-based. */
  invalid: { line: number; url: string }[];
}

/** Splits configured servers into ones to use as they are and endpoints to fetch. */
export function fromConfig(config: readonly IceServerConfig[]): ParsedServers {
  const servers: IceServer[] = [];
  const endpoints: string[] = [];
  for (const entry of config) {
    const urls = [entry.urls].flat();
    endpoints.push(...urls.filter((url) => /^https:/i.test(url)));
    const direct = urls.filter((url) => !/^https:/i.test(url));
    if (direct.length > 0) servers.push({ urls: direct, username: entry.username, credential: entry.credential });
  }
  return { servers, endpoints, invalid: [] };
}

/** Servers typed in the form: one URL per line; the username and credential apply to the TURN URLs. */
export function fromText(text: string, username = '', credential = ''): ParsedServers {
  const result: ParsedServers = { servers: [], endpoints: [], invalid: [] };
  const stun: string[] = [];
  const turn: string[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const url = raw.trim();
    if (url === '') return;
    if (!ICE_URL.test(url)) result.invalid.push({ line: index + 1, url });
    else if (/^https:/i.test(url)) result.endpoints.push(url);
    else if (/^turns?:/i.test(url)) turn.push(url);
    else stun.push(url);
  });
  if (stun.length > 0) result.servers.push({ urls: stun });
  if (turn.length > 0) {
    result.servers.push({ urls: turn, username: username.trim() || undefined, credential: credential || undefined });
  }
  return result;
}

/** The servers an https endpoint answered with: `{ iceServers: [...] }`, a bare list, or `{ uris, username, password }`. */
export function fromEndpointJson(json: unknown): IceServer[] {
  const list: unknown[] = Array.isArray(json)
    ? json
    : json && typeof json === 'object' && 'iceServers' in json && Array.isArray(json.iceServers)
      ? json.iceServers
      : json && typeof json === 'object' && 'uris' in json
        ? [
            {
              urls: json.uris,
              username: (json as { username?: unknown }).username,
              credential: (json as { password?: unknown }).password,
            },
          ]
        : [];
  return list.flatMap((entry) => {
    if (!entry || typeof entry !== 'object') return [];
    const record = entry as Record<string, unknown>;
    const urls = [record.urls ?? record.url]
      .flat()
      .filter((url): url is string => typeof url === 'string' && ICE_URL.test(url) && !/^https:/i.test(url));
    if (urls.length === 0) return [];
    return [
      {
        urls,
        username: typeof record.username === 'string' ? record.username : undefined,
        credential: typeof record.credential === 'string' ? record.credential : undefined,
      },
    ];
  });
}

/** The servers as text for the form (credentials go in their own fields). */
export function toText(servers: readonly IceServer[], endpoints: readonly string[] = []): string {
  return [...servers.flatMap((server) => server.urls), ...endpoints].join('\n');
}
