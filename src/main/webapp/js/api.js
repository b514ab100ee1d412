// The one way to the JSON API (../shared/API.md): same-origin cookie session, the X-Requested-With
// header (a 401 then brings no browser login dialog), Accept-Language of the UI's language, and a
// guard against late replies for a page the user has left. An account whose password an
// administrator has reset gets only the password screen (app.js) until it is changed.
import { ACCEPT_LANGUAGE } from './i18n.js';

// Each route() counts one up. A reply that arrives after the user has moved to another page must
// not draw the old page over the new one, so api() refuses it (route() ignores that refusal).
let routeGeneration = 0;
export const SUPERSEDED = 'superseded';
export const UNAUTHENTICATED = 'unauthenticated';
export const PASSWORD_CHANGE_REQUIRED = 'password_change_required';
/** The type of the Excel workbooks the API reads (imports). */
export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Starts a new page; returns its generation. */
export function nextRoute() { return ++routeGeneration; }
/** Whether the page of this generation is still the one shown. */
export function isCurrentRoute(generation) { return generation === routeGeneration; }

/**
 * Calls the API; resolves to { ok, status, json }, or throws SUPERSEDED / UNAUTHENTICATED /
 * PASSWORD_CHANGE_REQUIRED. A body is sent as JSON; a File or Blob as it is, as an Excel workbook.
 */
export async function api(method, path, body) {
  const generation = routeGeneration;
  const init = { method, credentials: 'same-origin',
    headers: { 'X-Requested-With': 'PerfEval', 'Accept-Language': ACCEPT_LANGUAGE } };
  if (body instanceof Blob) {
    init.headers['Content-Type'] = XLSX;
    init.body = body;
  } else if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  const r = await fetch('api/' + path, init);
  if (r.status === 401) { location.href = 'index.html'; throw new Error(UNAUTHENTICATED); }
  const json = r.status === 204 ? null : await r.json().catch(() => ({ error: 'internal', message: r.statusText }));
  if (r.status === 403 && json && json.error === PASSWORD_CHANGE_REQUIRED) {
    // an administrator reset the password meanwhile: the app starts again with the password screen only
    location.hash = '#/password';
    location.reload();
    throw new Error(PASSWORD_CHANGE_REQUIRED);
  }
  if (generation !== routeGeneration) throw new Error(SUPERSEDED);
  return { ok: r.ok, status: r.status, json };
}
