/**
 * A request link to /lap-bao-cao/ rather than to its kind's page: the kind is read from the request and the browser goes
 * on to that builder with the same fragment. A request that cannot be read is said on the page; nothing else happens.
 */
import { decodeRequest } from '../../lib/request/link.ts';

export function routeRequest(hash: string, el: HTMLElement): void {
  const kindNames = JSON.parse(el.dataset.kinds ?? '{}') as Record<string, string>;
  const r = decodeRequest(hash, null, kindNames);
  if (r.ok) return location.replace(`${el.dataset.base ?? ''}${r.request.kind}/${hash}`);
  el.textContent = r.error;
  el.hidden = false;
}
