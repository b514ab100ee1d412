// The bureau commissions an evaluation; bad fields are shown next to them.
import { api } from '../api.js';
import { esc, field, showErrors, view } from '../dom.js';
import { t } from '../i18n.js';
import { entries } from '../labels.js';

/** Options of the directory's active organisations of one type; the seed case's parties first chosen. */
function options(items, type, preferred) {
  return items.filter(o => o.type === type)
    .map(o => `<option value="${esc(o.id)}"${o.name === preferred ? ' selected' : ''}>${esc(o.name)}${o.code ? ' (' + esc(o.code) + ')' : ''}</option>`)
    .join('');
}

export async function commission() {
  const kinds = entries('kinds').map(([code, word]) => `<option value="${esc(code)}">${esc(word)}</option>`).join('');
  const directory = await api('GET', 'organisations');
  const items = directory.ok ? directory.json.items : [];
  view().innerHTML = `<h1>${esc(t('commission'))}</h1><form class="card form" id="commission-form" novalidate>
    ${field('title', t('title'), `<input id="f-title" data-path="title" value="">`)}
    ${field('year', t('year'), `<input id="f-year" data-path="year" type="number" value="${new Date().getFullYear() - 1}">`)}
    ${field('kind', t('kind'), `<select id="f-kind" data-path="kind">${kinds}</select>`)}
    ${field('subject', t('subject'), `<select id="f-subject" data-path="subject.id">${options(items, 'DEPARTMENT', '新能源汽车园事业服务中心')}</select>`)}
    ${field('agency', t('agency'), `<select id="f-agency" data-path="agency.id">${options(items, 'AGENCY', '山西天正会计师事务所')}</select>`)}
    ${field('dueDate', t('dueDate'), `<input id="f-dueDate" data-path="dueDate" type="date">`)}
    <div class="form-error" role="alert"></div><button class="primary" type="submit">${esc(t('submit'))}</button></form>`;
  const form = document.getElementById('commission-form');
  form.onsubmit = async ev => {
    ev.preventDefault();
    const v = id => document.getElementById(id).value;
    const r = await api('POST', 'evaluations', { title: v('f-title'), year: Number(v('f-year')), kind: v('f-kind'),
      subject: { id: Number(v('f-subject')) }, agency: { id: Number(v('f-agency')) }, dueDate: v('f-dueDate') });
    if (r.ok) location.hash = '#/evaluation/' + r.json.id; else showErrors(form, r.json);
  };
}
