// The audit trail as a table in pages: each entry's time, actor, address, action, target and the
// facts it changed, "key: old → new". Entries stand in the order of the hash chain (oldest first);
// the newest page is shown first. Used by the administrator's audit screen and the evaluation page.
import { dateTime, esc } from './dom.js';
import { t } from './i18n.js';
import { label } from './labels.js';

/** More changed facts than this are folded (a scoring changes every indicator). */
const FOLD_AFTER = 8;

/** The facts an entry changed, each as [key, old, new]; a fact missing on one side is null there. */
export function changes(entry) {
  const before = entry.before || {};
  const after = entry.after || {};
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  const side = (o, k) => (Object.prototype.hasOwnProperty.call(o, k) ? o[k] : null);
  return keys.map(k => [k, side(before, k), side(after, k)]);
}

/** Facts whose values are codes with words in the UI's language. */
const CODED = { status: 'evaluationStatuses', kind: 'kinds', type: 'organisationTypes', role: 'roles' };

function value(key, v) {
  if (v == null) return '—';
  if (v === '') return t('emptyValue');
  return CODED[key] ? label(CODED[key], v) : v;
}

function changeList(entry) {
  const lines = changes(entry);
  if (!lines.length) return '—';
  const list = `<ul class="facts">${lines.map(([k, old, now]) =>
    `<li><span class="fact-key">${esc(k)}</span>${esc(t('colon'))}${esc(value(k, old))}${esc(t('arrow'))}${esc(value(k, now))}</li>`).join('')}</ul>`;
  return lines.length > FOLD_AFTER ? `<details><summary>${esc(t('changesCount', lines.length))}</summary>${list}</details>` : list;
}

/** The entries of one page as a table; links to the evaluation an entry belongs to unless linkEvaluations is false. */
export function auditTable(items, linkEvaluations = true) {
  if (!items.length) return `<p class="muted">${esc(t('noItems'))}</p>`;
  const th = key => `<th>${esc(t(key))}</th>`;
  return `<table class="data small audit-list"><thead><tr>${th('auditEntry')}${th('auditTime')}${th('actor')}${th('auditAddress')}
    ${th('auditAction')}${th('auditTarget')}${th('auditChanges')}</tr></thead><tbody>${items.map(e => `<tr data-id="${esc(e.id)}" data-action="${esc(e.action)}">
      <td class="num" title="SHA-256 ${esc(e.hash)}">${esc(e.id)}</td><td class="nowrap">${esc(dateTime(e.at))}</td><td>${esc(e.actor)}</td>
      <td>${esc(e.address || '—')}</td><td>${esc(label('auditActions', e.action))}</td>
      <td>${linkEvaluations && e.evaluationId != null ? `<a href="#/evaluation/${esc(e.evaluationId)}">${esc(e.target)}</a>` : esc(e.target)}</td>
      <td class="changes">${changeList(e)}</td></tr>`).join('')}</tbody></table>`;
}

/**
 * Draws a trail with its pager into container, starting at the newest page. fetchPage(page, size)
 * gives the API's reply ({ok, json: {items, total}}). Resolves to the first reply, so that the
 * caller can show what a refused filter was refused for.
 */
export async function showTrail(container, fetchPage, { size = 50, linkEvaluations = true } = {}) {
  let page = null; // null: the newest page, found from the total
  const draw = async () => {
    let r = await fetchPage(page == null ? 0 : page, size);
    if (!r.ok) {
      container.innerHTML = `<p class="form-error">${esc(r.json.message)}</p>`;
      return r;
    }
    if (page == null) {
      page = Math.max(0, Math.ceil(r.json.total / size) - 1);
      if (page > 0) r = await fetchPage(page, size);
      if (!r.ok) return r;
    }
    const pages = Math.max(1, Math.ceil(r.json.total / size));
    const button = (key, to, enabled) =>
      `<button type="button" class="page" data-page="${to}"${enabled ? '' : ' disabled'}>${esc(t(key))}</button>`;
    container.innerHTML = `${auditTable(r.json.items, linkEvaluations)}
      <nav class="pager" aria-label="${esc(t('pages'))}"><span class="page-of">${esc(t('pageOf', page + 1, pages, r.json.total))}</span>
        ${pages > 1 ? button('firstPage', 0, page > 0) + button('prevPage', page - 1, page > 0)
          + button('nextPage', page + 1, page < pages - 1) + button('lastPage', pages - 1, page < pages - 1) : ''}</nav>`;
    container.querySelectorAll('button.page').forEach(b => {
      b.onclick = () => { page = Number(b.dataset.page); draw().catch(() => {}); };
    });
    return r;
  };
  return draw();
}
