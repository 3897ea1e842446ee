/**
 * Schemes an ICE server URL may use: STUN and TURN (RFC 7064, RFC 7065), or an
 * https: endpoint that returns servers. Its own module, without zod, because the
 * pre-call page checks typed URLs with it in the browser.
 */
export const ICE_URL = /^(?:stun|turn|turns):[^\s/]|^https:\/\/[^\s]+$/i;
