/**
 * How a link says it carries a request: its fragment starts with "#yc=" ("yêu cầu"), then the link format's version, a
 * dot and the request, compressed (link.ts). Nothing else here, so a page can tell whether to load the request code
 * at all without loading it.
 */
export const REQUEST_FRAGMENT = '#yc=';

export const carriesRequest = (hash: string): boolean => hash.startsWith(REQUEST_FRAGMENT);

/** The request file's format marker, as src/schemas/request.ts has it (without loading zod; a test keeps them equal). */
export const REQUEST_FILE_FORMAT = 'cam-nang-cchc/request';

/** Whether a .json file's text is a request rather than a draft (parseRequestFile then reads it). */
export const isRequestText = (text: string): boolean => new RegExp(`"format"\\s*:\\s*"${REQUEST_FILE_FORMAT}"`).test(text.slice(0, 4096));
