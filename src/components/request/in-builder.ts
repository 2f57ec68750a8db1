/**
 * The builder's door to the code that opens a request (open.ts, with zod and fflate): loaded when the page's address
 * has a fragment, it loads that code only when the fragment carries a request, so the builder's first load holds
 * neither.
 */
import { carriesRequest, isRequestText } from '../../lib/request/marker.ts';

/** Whether a chosen .json file is a request rather than a draft (then openRequestFile opens it). */
export { isRequestText };

export const openRequestLink = (hash: string): Promise<void> =>
  carriesRequest(hash) ? import('./open.ts').then((m) => m.openRequestLink(hash)) : Promise.resolve();

export const openRequestFile = (text: string): Promise<void> => import('./open.ts').then((m) => m.openRequestFile(text));
