// One form of a batch: where it comes from, its totals, the funds block and the indicators with the
// flagged cells marked and every flag listed below; the agency's recheck (an editor while it
// reviews, with its evidence files), the department's answer (a box while the batch takes answers), and for the bureau the
// start of a focused evaluation of the project (发起重点评价).
import { api } from '../../api.js';
import { dateTime, esc, showErrors, view } from '../../dom.js';
import { t } from '../../i18n.js';
import { label } from '../../labels.js';
import { me } from '../../session.js';
import { batchHref, batchPath, batchStatus, figure, flagChip, percent, problem } from './common.js';
import { commissionDraft } from './commission-draft.js';
import { fundsTable, indicatorsTable, recheckPayload } from './form-tables.js';
import { recheckEvidenceZone, reviewFiles, wireRecheckEvidence } from './recheck-evidence.js';

export async function formPage(batchId, formId, notice) {
  const [batch, form] = await Promise.all([api('GET', batchPath(batchId)), api('GET', batchPath(batchId, `/forms/${encodeURIComponent(formId)}`))]);
  if (!batch.ok || !form.ok) { view().innerHTML = `<p class="form-error">${esc(problem(batch.ok ? form : batch))}</p>`; return; }
  const b = batch.json;
  const f = form.json;
  let assignment = null;
  if (me.role === 'EVALUATOR') {
    const mine = await api('GET', batchPath(batchId, '/assignments'));
    assignment = mine.ok ? mine.json.items.find(a => a.id === f.assignmentId) : null;
  }
  const rechecking = me.role === 'EVALUATOR' && b.status === 'IN_REVIEW' && assignment && assignment.status === 'REVIEWING' && f.readable;
  // the evidence files the caller sees: to cite while rechecking, else to name the cited ones
  const files = rechecking || (f.indicators || []).some(i => (i.evidence || []).length) ? await reviewFiles(b.id) : [];
  const answering = me.role === 'DEPARTMENT' && b.status === 'ANSWERING' && f.selected;
  const tx = key => esc(t(key));
  const item = (key, value, id) => `<span>${tx(key)} <strong id="${esc(id)}">${value}</strong></span>`;
  view().innerHTML = `<p class="small"><a href="${batchHref(b.id)}">${esc(t('seBackToBatch', b.name))}</a></p>
    <h1 id="form-title">${esc(f.project || f.source)}</h1>
    <div class="summary-bar" id="form-summary">${batchStatus(b.status)}
      ${item('sePrintedTotal', figure(f.printedTotal), 'form-printed-total')}${item('seRecomputedTotal', figure(f.recomputedTotal), 'form-recomputed-total')}
      ${item('seDeviation', percent(f.deviation), 'form-deviation')}
      ${f.reviewedTotal != null ? item('seReviewedTotal', figure(f.reviewedTotal), 'form-reviewed-total') : ''}
      ${f.selectionReason ? item('seSelectionReason', esc(label('selectionReasons', f.selectionReason)), 'form-selection-reason') : ''}</div>
    <p class="small muted" id="form-origin">${esc([f.year && t('seYearOf', f.year), f.department, f.unit, t('seSourceOf', f.source)].filter(Boolean).join(' · '))}</p>
    <p class="notice" id="form-notice" role="status">${esc(notice || '')}</p>
    ${me.role === 'BUREAU' && f.readable ? `<p class="buttons form-actions"><button type="button" id="form-commission">${tx('seCommission')}</button>
      <span class="field-error" id="form-commission-error" role="alert"></span></p>` : ''}
    ${f.readable ? readable(f, b, rechecking, files) : `<section class="card" id="form-errors"><h2>${tx('seUnreadable')}</h2><ul class="problems">${(f.errors || [])
      .map(e => `<li><span class="cell">${esc(e.cell)}</span> ${esc(e.message)}</li>`).join('')}</ul></section>`}
    ${f.recheck && !rechecking ? `<section class="card" id="recheck-card"><h2>${tx('seRecheck')}</h2>
      <p>${tx('agency')}${tx('colon')}${esc(f.recheck.agency)}</p><p class="pre" id="recheck-opinion">${esc(f.recheck.opinion || '—')}</p></section>` : ''}
    ${answering ? answerForm(f) : f.answer ? `<section class="card" id="answer-card"><h2>${tx('seAnswer')}</h2>
      <p class="pre" id="answer-text">${esc(f.answer)}</p><p class="muted small">${esc(t('seAnsweredBy', f.answeredBy, dateTime(f.answeredAt)))}</p></section>` : ''}`;
  const draft = document.getElementById('form-commission');
  if (draft) draft.onclick = () => commissionDraft(b.id, { formId: f.id }, document.getElementById('form-commission-error')).catch(() => {});
  const saved = key => formPage(batchId, formId, t(key));
  const recheck = document.getElementById('recheck-form');
  if (recheck) {
    wireRecheckEvidence(recheck, b.id, files);
    recheck.onsubmit = async ev => {
      ev.preventDefault();
      const r = await api('PUT', batchPath(b.id, `/forms/${encodeURIComponent(f.id)}/recheck`),
        recheckPayload(f, document.getElementById('f-opinion').value.trim()));
      if (r.ok) await saved('seRecheckSaved'); else showErrors(recheck, r.json);
    };
  }
  const answer = document.getElementById('answer-form');
  if (answer) {
    answer.onsubmit = async ev => {
      ev.preventDefault();
      const r = await api('PUT', batchPath(b.id, `/forms/${encodeURIComponent(f.id)}/answer`), { answer: document.getElementById('f-answer').value });
      if (r.ok) await saved('seAnswerSaved'); else showErrors(answer, r.json);
    };
  }
}

/** Goals, funds, indicators (an editor while the agency rechecks), then every flag of the form. */
function readable(f, b, rechecking, files) {
  const tx = key => esc(t(key));
  const goals = f.goals || {};
  const indicators = `<h2>${tx('seIndicators')}</h2><div class="table-scroll">${indicatorsTable(f, rechecking, files, b.id)}</div>`;
  return `<section class="card" id="form-goals"><h2>${tx('seGoals')}</h2><dl class="goals"><dt>${tx('seExpectedGoal')}</dt>
      <dd class="pre">${esc(goals.expected || '—')}</dd><dt>${tx('seActualGoal')}</dt><dd class="pre">${esc(goals.actual || '—')}</dd></dl></section>
    <section class="card" id="form-funds"><h2>${tx('seFunds')}</h2>${fundsTable(f)}</section>
    ${rechecking ? `<form class="card form" id="recheck-form" novalidate>${indicators}<p class="muted small">${tx('seRecheckHint')}</p>
      ${recheckEvidenceZone()}
      <div class="field"><label for="f-opinion">${tx('seOpinion')}</label>
        <textarea id="f-opinion" data-path="opinion" rows="3">${esc((f.recheck && f.recheck.opinion) || '')}</textarea></div>
      <div class="form-error" role="alert"></div>
      <p class="buttons"><button class="primary" type="submit" id="recheck-save">${tx('seSaveRecheck')}</button></p></form>`
      : `<section class="card" id="form-indicators">${indicators}</section>`}
    <section class="card" id="flag-list"><h2>${tx('seFlagList')}</h2>${(f.flags || []).length ? `<ul class="flag-list">${f.flags.map(x =>
      `<li data-code="${esc(x.code)}" data-path="${esc(x.path)}">${flagChip(x.code, x.severity, x.message)}
        <span class="flag-where">${esc(x.path || t('seWholeForm'))}</span> ${esc(x.message)}</li>`).join('')}</ul>`
      : `<p class="muted">${tx('seNoFlags')}</p>`}</section>`;
}

function answerForm(f) {
  const tx = key => esc(t(key));
  return `<form class="card form" id="answer-form" novalidate><h2>${tx('seAnswer')}</h2>
    ${f.answer ? `<p class="muted small">${esc(t('seAnsweredBy', f.answeredBy, dateTime(f.answeredAt)))}</p>` : ''}
    <div class="field"><label for="f-answer">${tx('seAnswerText')}</label>
      <textarea id="f-answer" data-path="answer" rows="4">${esc(f.answer || '')}</textarea></div>
    <div class="form-error" role="alert"></div>
    <p class="buttons"><button class="primary" type="submit" id="answer-save">${tx('seSaveAnswer')}</button></p></form>`;
}
