// The bureau commissions an evaluation; bad fields are shown next to them. It may come filled from a
// draft (the self-evaluation review's 发起重点评价: title, year, kind, subject by name, and the basis,
// budget and findings that suggest it, shown above the form).
import { api } from '../api.js';
import { esc, field, num, showErrors, view } from '../dom.js';
import { t } from '../i18n.js';
import { entries } from '../labels.js';

/** A subject named by a draft but not in the directory: sent by its name, for the API to judge. */
const BY_NAME = 'name:';

/** Options of the directory's active organisations of one type; the preferred one (by name) chosen. */
function options(items, type, preferred) {
  return items.filter(o => o.type === type)
    .map(o => `<option value="${esc(o.id)}"${o.name === preferred ? ' selected' : ''}>${esc(o.name)}${o.code ? ' (' + esc(o.code) + ')' : ''}</option>`)
    .join('');
}

let pendingDraft = null;

/** Opens the commission screen filled from a draft {title, year, kind, subject: {name}, basis?: {title}, budget?, reasons?}. */
export function commissionFrom(draft) {
  pendingDraft = draft;
  location.hash = '#/commission';
}

export async function commission() {
  const draft = pendingDraft || {};
  pendingDraft = null;
  const kinds = entries('kinds').map(([code, word]) => `<option value="${esc(code)}"${code === draft.kind ? ' selected' : ''}>${esc(word)}</option>`).join('');
  const directory = await api('GET', 'organisations');
  const items = directory.ok ? directory.json.items : [];
  const subject = draft.subject && draft.subject.name;
  const unknown = subject && !items.some(o => o.type === 'DEPARTMENT' && o.name === subject);
  const basis = draft.basis && draft.basis.title;
  view().innerHTML = `<h1>${esc(t('commission'))}</h1><form class="card form" id="commission-form" novalidate>
    ${basis ? `<div class="notice-box card" id="commission-basis"><p>${esc(t('commissionBasis', basis))}${draft.budget != null
      ? esc(t('listSep') + t('commissionBudget', num(draft.budget))) : ''}</p>${(draft.reasons || []).length
      ? `<ul class="reasons">${draft.reasons.map(r => `<li>${esc(r)}</li>`).join('')}</ul>` : ''}</div>` : ''}
    ${field('title', t('title'), `<input id="f-title" data-path="title" value="${esc(draft.title || '')}">`)}
    ${field('year', t('year'), `<input id="f-year" data-path="year" type="number" value="${esc(draft.year || new Date().getFullYear() - 1)}">`)}
    ${field('kind', t('kind'), `<select id="f-kind" data-path="kind">${kinds}</select>`)}
    ${field('subject', t('subject'), `<select id="f-subject" data-path="${unknown ? 'subject.name' : 'subject.id'}">${unknown
      ? `<option value="${esc(BY_NAME + subject)}" selected>${esc(subject)}</option>` : ''}${options(items, 'DEPARTMENT', subject || '新能源汽车园事业服务中心')}</select>`)}
    ${field('agency', t('agency'), `<select id="f-agency" data-path="agency.id">${options(items, 'AGENCY', '山西天正会计师事务所')}</select>`)}
    ${field('dueDate', t('dueDate'), `<input id="f-dueDate" data-path="dueDate" type="date">`)}
    ${field('basisTitle', t('basisTitle'), `<input id="f-basisTitle" data-path="basis.title">`)}
    ${field('basisNumber', t('basisNumber'), `<input id="f-basisNumber" data-path="basis.number">`)}
    <div class="form-error" role="alert"></div><button class="primary" type="submit">${esc(t('submit'))}</button></form>`;
  const form = document.getElementById('commission-form');
  form.onsubmit = async ev => {
    ev.preventDefault();
    const v = id => document.getElementById(id).value;
    const chosen = v('f-subject');
    const body = { title: v('f-title'), year: Number(v('f-year')), kind: v('f-kind'),
      subject: chosen.startsWith(BY_NAME) ? { name: chosen.slice(BY_NAME.length) } : { id: Number(chosen) },
      agency: { id: Number(v('f-agency')) }, dueDate: v('f-dueDate') };
    // the document the evaluation is commissioned under, cited by the report's 摘要
    if (v('f-basisTitle').trim() || v('f-basisNumber').trim()) {
      body.basis = { title: v('f-basisTitle').trim(), number: v('f-basisNumber').trim() || null };
    }
    const r = await api('POST', 'evaluations', body);
    if (r.ok) location.hash = '#/evaluation/' + r.json.id; else showErrors(form, r.json);
  };
}
