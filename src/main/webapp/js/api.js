// The one way to the JSON API (../shared/API.md), api() for JSON, upload() for a file, fetchFile() for
// a download: same-origin cookie session, the X-Requested-With header (a 401 then brings no browser
// login dialog), Accept-Language of the UI's language, and a
// guard against late replies for a page the user has left. An account whose password an
// administrator has reset gets only the password screen (app.js) until it is changed.
import { ACCEPT_LANGUAGE } from './i18n.js';

// Each route() counts one up. A reply that arrives after the user has moved to another page must
// not draw the old page over the new one, so api() refuses it (route() ignores that refusal).
let routeGeneration = 0;
export const SUPERSEDED = 'superseded';
export const UNAUTHENTICATED = 'unauthenticated';
export const PASSWORD_CHANGE_REQUIRED = 'password_change_required';
/** The header value every changing request carries (the API refuses form-like requests without the header). */
const REQUESTED_WITH = 'PerfEval';
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
    headers: { 'X-Requested-With': REQUESTED_WITH, 'Accept-Language': ACCEPT_LANGUAGE } };
  if (body instanceof Blob) {
    init.headers['Content-Type'] = XLSX;
    init.body = body;
  } else if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  const r = await fetch('api/' + path, init);
  if (r.status === 401) { location.href = 'index.html'; throw new Error(UNAUTHENTICATED); }
  const json = r.status === 204 ? null : readJson(await r.text().catch(() => ''), r.statusText);
  passwordChangeRequired(r.status, json);
  if (generation !== routeGeneration) throw new Error(SUPERSEDED);
  return { ok: r.ok, status: r.status, json };
}

/** A reply's JSON; a body that is none as an internal error with the status text. */
function readJson(text, statusText) {
  try {
    return JSON.parse(text, exactIntegers);
  } catch (notJson) {
    return { error: 'internal', message: statusText };
  }
}

/**
 * Integers beyond 2^53 (a selection's seed drawn by the server) kept exactly, as their digits, where
 * the browser gives a number's source text to JSON.parse; a double would show another number.
 */
function exactIntegers(key, value, context) {
  return typeof value === 'number' && Number.isInteger(value) && !Number.isSafeInteger(value)
    && context && /^-?\d+$/.test(context.source) ? context.source : value;
}

function passwordChangeRequired(status, json) {
  if (status === 403 && json && json.error === PASSWORD_CHANGE_REQUIRED) {
    // an administrator reset the password meanwhile: the app starts again with the password screen only
    location.hash = '#/password';
    location.reload();
    throw new Error(PASSWORD_CHANGE_REQUIRED);
  }
}

/**
 * Sends one file as multipart/form-data (its part named "file") with XMLHttpRequest, which, unlike
 * fetch, reports the upload's progress: onProgress(fraction 0..1). Same session, headers and
 * 401 / password handling as api(); resolves to { ok, status, json } (json null for a body that is
 * no JSON, such as a proxy's 413 page). The reply is given even if the user has moved on meanwhile:
 * the caller looks whether its elements are still on the page.
 */
export function upload(method, path, file, onProgress) {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(method, 'api/' + path);
    xhr.withCredentials = true;
    xhr.setRequestHeader('X-Requested-With', REQUESTED_WITH);
    xhr.setRequestHeader('Accept-Language', ACCEPT_LANGUAGE);
    xhr.setRequestHeader('Accept', 'application/json');
    if (onProgress) {
      xhr.upload.onprogress = ev => { if (ev.lengthComputable) onProgress(ev.loaded / ev.total); };
    }
    xhr.onload = () => {
      if (xhr.status === 401) { location.href = 'index.html'; reject(new Error(UNAUTHENTICATED)); return; }
      let json = null;
      try { json = xhr.responseText ? JSON.parse(xhr.responseText) : null; } catch (notJson) { json = null; }
      try { passwordChangeRequired(xhr.status, json); } catch (e) { reject(e); return; }
      resolve({ ok: xhr.status >= 200 && xhr.status < 300, status: xhr.status, json });
    };
    // a connection closed by the server before the whole body was read (an upload far over the limit) lands here too
    xhr.onerror = () => resolve({ ok: false, status: 0, json: null });
    const body = new FormData();
    body.append('file', file, file.name);
    xhr.send(body);
  });
}

/**
 * Fetches a file to download with the session and headers of api(): { ok: true, blob, name } (name
 * from Content-Disposition, RFC 5987 or plain), or { ok: false, status, json } when refused.
 */
export async function fetchFile(path) {
  const r = await fetch('api/' + path, { credentials: 'same-origin',
    headers: { 'X-Requested-With': REQUESTED_WITH, 'Accept-Language': ACCEPT_LANGUAGE } });
  if (r.status === 401) { location.href = 'index.html'; throw new Error(UNAUTHENTICATED); }
  if (!r.ok) return { ok: false, status: r.status, json: readJson(await r.text().catch(() => ''), r.statusText) };
  return { ok: true, status: r.status, blob: await r.blob(), name: dispositionName(r.headers.get('Content-Disposition')) };
}

/** The file name of a Content-Disposition header: filename* (UTF-8) first, else filename. */
function dispositionName(header) {
  if (!header) return null;
  const extended = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(header);
  if (extended) {
    try { return decodeURIComponent(extended[1].trim()); } catch (bad) { /* the plain name then */ }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(header);
  return plain ? plain[1].trim() : null;
}
