// The administrator's audit trail: filters (actor, action, target prefix, dates), the entries in
// pages, the Excel export of the same filter, and the verification of the hash chain.
import { api } from '../api.js';
import { clearErrors, esc, field, options, showErrors, view } from '../dom.js';
import { t } from '../i18n.js';
import { entries } from '../labels.js';
import { showTrail } from '../audit-trail.js';

const FILTERS = ['actor', 'action', 'target', 'from', 'to'];

export async function audit() {
  const tx = key => esc(t(key));
  view().innerHTML = `<h1>${tx('audit')}</h1>
    <form class="card form" id="audit-filter" novalidate><div class="fields-grid">
      ${field('actor', t('auditActor'), `<input id="f-actor" data-path="actor" autocomplete="off">`)}
      ${field('action', t('auditAction'), `<select id="f-action" data-path="action">${options([['', t('all')], ...entries('auditActions')])}</select>`)}
      ${field('target', t('auditTarget'), `<input id="f-target" data-path="target" autocomplete="off" aria-describedby="target-hint">`)}
      ${field('from', t('auditFrom'), `<input id="f-from" data-path="from" type="date">`)}
      ${field('to', t('auditTo'), `<input id="f-to" data-path="to" type="date">`)}
    </div><p class="muted small" id="target-hint">${tx('targetHint')}</p>
    <div class="form-error" role="alert"></div>
    <p class="buttons"><button class="primary" type="submit" id="audit-search">${tx('search')}</button>
      <button type="button" id="audit-clear">${tx('clearFilter')}</button>
      <a id="audit-export" href="api/admin/audit/export">${tx('exportExcel')}</a></p></form>
    <section class="card"><p class="buttons"><button type="button" id="verify-chain">${tx('verifyChain')}</button>
      <span id="chain-result" role="status"></span></p></section>
    <section class="card" id="audit-trail"></section>`;
  const form = document.getElementById('audit-filter');
  const query = () => {
    const q = new URLSearchParams();
    FILTERS.forEach(k => { const v = document.getElementById('f-' + k).value.trim(); if (v) q.set(k, v); });
    return q;
  };
  const exportLink = () => {
    const q = query().toString();
    document.getElementById('audit-export').href = 'api/admin/audit/export' + (q ? '?' + q : '');
  };
  const search = async () => {
    clearErrors(form);
    exportLink();
    const q = query();
    const r = await showTrail(document.getElementById('audit-trail'), (page, size) => {
      const p = new URLSearchParams(q);
      p.set('page', page);
      p.set('size', size);
      return api('GET', 'admin/audit?' + p);
    });
    if (!r.ok) showErrors(form, r.json);
  };
  form.addEventListener('input', exportLink);
  form.addEventListener('change', exportLink);
  form.onsubmit = ev => { ev.preventDefault(); search(); };
  document.getElementById('audit-clear').onclick = () => { form.reset(); search(); };
  document.getElementById('verify-chain').onclick = async () => {
    const out = document.getElementById('chain-result');
    out.className = '';
    out.textContent = t('loading');
    const r = await api('GET', 'admin/audit/verify');
    if (!r.ok) { out.className = 'bad'; out.textContent = r.json.message; return; }
    out.className = r.json.valid ? 'ok' : 'bad';
    out.textContent = r.json.valid ? t('chainValid', r.json.entries) : t('chainBroken', r.json.firstBrokenId, r.json.entries);
  };
  await search();
}
