// One evaluation: status, score and grade, open tasks, downloads, process diagram, result,
// findings, the comment matrix, rectifications, budget advice, evidence files and history; for its
// bureau (and administrators) its audit trail.
import { api } from '../api.js';
import { esc, num, view } from '../dom.js';
import { t } from '../i18n.js';
import { gradeLabel, label, statusBadge, taskName } from '../labels.js';
import { commentTable } from './comments.js';
import { me } from '../session.js';
import { showTrail } from '../audit-trail.js';
import { evidencePanel } from './evidence-panel.js';
import { evidenceRef } from '../evidence.js';

/** Who may read an evaluation's audit trail (the API: the commissioning bureau and administrators). */
const AUDIT_READERS = ['BUREAU', 'ADMIN'];

export async function evaluation(id) {
  const r = await api('GET', 'evaluations/' + id);
  if (!r.ok) { view().innerHTML = `<p class="form-error">${esc(r.json.message)}</p>`; return; }
  const e = r.json;
  const res = e.result;
  const tx = key => esc(t(key));
  const overdueFlag = `<span class="flag overdue">${tx('overdue')}</span>`;
  view().innerHTML = `<h1>${esc(e.title)}</h1>
    <div class="summary-bar">${statusBadge(e.status)} ${e.overdue ? overdueFlag : ''}
      <span>${tx('total')} <strong id="evaluation-total">${esc(num(e.total))}</strong></span>
      <span>${tx('grade')} <strong id="evaluation-grade">${esc(gradeLabel(e.grade))}</strong></span>
      <span>${tx('subject')}${tx('colon')}${esc(e.subject.name)}</span><span>${tx('agency')}${tx('colon')}${esc(e.agency.name)}</span><span>${tx('bureau')}${tx('colon')}${esc(e.bureau.name)}</span></div>
    ${e.basis ? `<p class="muted" id="evaluation-basis">${esc(t('commissionBasis', '《' + e.basis.title + '》' + (e.basis.number ? '（' + e.basis.number + '）' : '')))}</p>` : ''}
    <div class="grid-side">
      <section class="card"><h2>${tx('openTasks')}</h2>${e.openTasks.length ? `<ul>${e.openTasks.map(k =>
        `<li>${esc(taskName(k))} <a href="#/task/${esc(k.id)}" data-task-key="${esc(k.key)}">${tx('open')}</a></li>`).join('')}</ul>` : `<p class="muted">—</p>`}
        <h2>${tx('downloads')}</h2><p class="downloads"><a href="api/evaluations/${esc(e.id)}/report/docx">${tx('word')}</a>
        <a href="api/evaluations/${esc(e.id)}/report/pdf">${tx('pdf')}</a><a href="api/evaluations/${esc(e.id)}/tables">${tx('excel')}</a></p></section>
      <section class="card"><h2>${tx('diagram')}</h2><div class="diagram"><img id="diagram" alt="${tx('diagram')}" src="api/evaluations/${esc(e.id)}/diagram?v=${esc(e.version)}"></div></section>
    </div>
    ${res ? `<section class="card"><h2>${tx('score')}</h2>${resultTable(res)}</section>` : ''}
    ${e.findings.length ? `<section class="card"><h2>${tx('findings')}</h2><ol id="findings">${e.findings.map(f =>
      `<li><strong>${esc(f.title)}</strong>${f.evidence ? `<p>${esc(f.evidence)}</p>` : ''}</li>`).join('')}</ol>
      <h2>${tx('recommendations')}</h2><ol id="recommendations">${e.recommendations.map(x =>
      `<li><strong>${esc(x.title)}</strong>${x.text ? `<p>${esc(x.text)}</p>` : ''}</li>`).join('')}</ol></section>` : ''}
    ${e.comments && e.comments.length ? `<section class="card"><h2>${tx('commentMatrix')}</h2>${commentTable(e.comments)}</section>` : ''}
    ${e.rectifications.length ? `<section class="card"><h2>${tx('rectifications')}</h2><table class="data" id="rectifications"><thead><tr>
      <th>#</th><th>${tx('recommendations')}</th><th>${tx('status')}</th><th>${tx('dueDate')}</th><th>${tx('overdue')}</th><th>${tx('evidenceFiles')}</th></tr></thead><tbody>
      ${e.rectifications.map(x => `<tr><td>${esc(x.seq)}</td><td>${esc(x.title)}</td>
        <td>${esc(x.status ? label('rectificationStatuses', x.status) : x.statusLabel)}</td><td>${esc(x.dueAt.slice(0, 10))}</td>
        <td>${x.overdue ? overdueFlag : '—'}</td><td>${(x.evidenceFiles || x.evidence || []).map(r => evidenceRef(r)).join(esc(t('listSep')))}</td></tr>`).join('')}</tbody></table></section>` : ''}
    ${e.budgetAdvice ? `<section class="card"><h2>${tx('advice')}</h2><p id="advice">${esc(t('paren', e.budgetAdvice.text, e.budgetAdvice.budgetYear))}</p></section>` : ''}
    <section class="card" id="evidence-panel"></section>
    <section class="card"><h2>${tx('history')}</h2><table class="data small"><tbody>${e.history.map(h =>
      `<tr><td>${esc(h.at.slice(0, 19).replace('T', ' '))}</td><td>${esc(h.actor)}</td><td>${esc(label('actions', h.action))}</td><td>${esc(h.detail || '')}</td></tr>`).join('')}
    </tbody></table></section>
    ${AUDIT_READERS.includes(me.role) ? `<section class="card" id="evaluation-audit"><h2>${tx('audit')}</h2>
      <p class="downloads"><a href="api/evaluations/${esc(e.id)}/audit/export" id="evaluation-audit-export">${tx('exportExcel')}</a></p>
      <div id="evaluation-audit-trail"><p class="muted">${tx('loading')}</p></div></section>` : ''}`;
  const evidence = evidencePanel(document.getElementById('evidence-panel'), e, [document.getElementById('rectifications')]);
  if (AUDIT_READERS.includes(me.role)) {
    await showTrail(document.getElementById('evaluation-audit-trail'),
      (page, size) => api('GET', `evaluations/${encodeURIComponent(e.id)}/audit?page=${page}&size=${size}`), { size: 20, linkEvaluations: false });
  }
  await evidence;
}

/** A computed result: total, grade, ratios, and each indicator's score with its explanation. */
export function resultTable(res) {
  const tx = key => esc(t(key));
  return `<p class="total-line">${tx('total')} <strong class="result-total">${esc(num(res.total))}</strong> · ${tx('grade')}
    <strong class="result-grade">${esc(gradeLabel(res.grade))}</strong> · ${Object.entries(res.ratios).map(([k, v]) => `${esc(label('ratios', k))} ${esc(v)}%`).join(' · ')}</p>
    <table class="data small result"><thead><tr><th>${tx('indicator')}</th><th class="num">${tx('weight')}</th><th class="num">${tx('score')}</th>
    <th>${tx('explanation')}</th></tr></thead><tbody>${res.indicators.map(i => `<tr><td>${esc(i.path.join(' / '))}</td>
    <td class="num">${esc(num(i.weight))}</td><td class="num">${esc(num(i.score))}</td><td>${esc(i.explanation)}</td></tr>`).join('')}</tbody></table>`;
}
