// What the self-evaluation screens share: the API's paths and the pages' addresses, status badges,
// flag chips, figures, the pager and the message of a refused reply.
import { dateTime, esc, num } from '../../dom.js';
import { t } from '../../i18n.js';
import { label } from '../../labels.js';

export const BATCHES = 'self-evaluation/batches';
/** The states in which a batch still takes forms (BatchStatus.acceptsForms). */
export const TAKES_FORMS = ['OPEN', 'CHECKING', 'CHECKED'];
/** The states of the on-site review, once the selection is dispatched. */
export const IN_REVIEW_OR_LATER = ['IN_REVIEW', 'ANSWERING', 'CLOSED'];

export function batchPath(id, rest = '') { return `${BATCHES}/${encodeURIComponent(id)}${rest}`; }
export function batchHref(id) { return `#/self-evaluation/${encodeURIComponent(id)}`; }
export function formHref(batchId, formId) { return `${batchHref(batchId)}/forms/${encodeURIComponent(formId)}`; }

export function batchStatus(s) {
  return `<span class="status status-${esc(s)} batch-status" data-status="${esc(s)}">${esc(label('batchStatuses', s))}</span>`;
}

export function assignmentStatus(s) {
  return `<span class="status status-${esc(s)} assignment-status" data-status="${esc(s)}">${esc(label('assignmentStatuses', s))}</span>`;
}

/** One flag code as a chip: red for an error, amber for a warning; title the messages. */
export function flagChip(code, severity, title) {
  return `<span class="flag-chip ${severity === 'error' ? 'flag-error' : 'flag-warning'}" data-code="${esc(code)}"
    title="${esc(title || '')}">${esc(label('flags', code))}</span>`;
}

/** A form's flags as chips, one per code (all its messages in the tooltip), errors first. */
export function flagChips(flags) {
  const byCode = new Map();
  (flags || []).forEach(f => {
    const chip = byCode.get(f.code) || { code: f.code, severity: f.severity, messages: [] };
    chip.messages.push(f.message);
    byCode.set(f.code, chip);
  });
  const order = f => (f.severity === 'error' ? 0 : 1);
  return [...byCode.values()].sort((a, b) => order(a) - order(b))
    .map(f => flagChip(f.code, f.severity, f.messages.join('\n'))).join(' ');
}

/** A figure as the API gives it (— for none). */
export function figure(v) { return esc(num(v)); }

/** A percentage figure (95.88 → 95.88%). */
export function percent(v) { return v == null ? '—' : `${esc(num(v))}%`; }

/** The message of a refused reply: the API's own, or its HTTP status. */
export function problem(r) {
  return (r && r.json && r.json.message) || t('seHttpStatus', r ? r.status : 0);
}

/** A deadline the API gives as the instant its due day ends (the next midnight): that day, in the browser's zone. */
export function dueDay(iso) {
  const at = Date.parse(iso);
  return isNaN(at) ? iso || '' : dateTime(new Date(at - 1).toISOString()).slice(0, 10);
}

/** The pager under a table: page of pages and total; the buttons carry data-page. */
export function pager(page, pages, total) {
  const button = (key, to, enabled) =>
    `<button type="button" class="page" data-page="${to}"${enabled ? '' : ' disabled'}>${esc(t(key))}</button>`;
  return `<nav class="pager" aria-label="${esc(t('pages'))}"><span class="page-of">${esc(t('pageOf', page + 1, pages, total))}</span>
    ${pages > 1 ? button('firstPage', 0, page > 0) + button('prevPage', page - 1, page > 0)
      + button('nextPage', page + 1, page < pages - 1) + button('lastPage', pages - 1, page < pages - 1) : ''}</nav>`;
}

/** A progress bar with its words, "{done} / {of}". */
export function progress(id, done, of, words) {
  return `<span class="progress-figure"><progress id="${esc(id)}" max="${esc(Math.max(of, 1))}" value="${esc(Math.min(done, of))}"
    aria-label="${esc(words)}"></progress> <span id="${esc(id)}-text">${esc(t('seOf', done, of))}</span></span>`;
}
