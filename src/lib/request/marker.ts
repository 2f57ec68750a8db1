/**
 * How a link says it carries a request: its fragment starts with "#yc=" ("yêu cầu"), then the link format's version, a
 * dot and the request, compressed (link.ts). Nothing else here, so a page can tell whether to load the request code
 * at all without loading it.
 */
export const REQUEST_FRAGMENT = '#yc=';

export const carriesRequest = (hash: string): boolean => hash.startsWith(REQUEST_FRAGMENT);
