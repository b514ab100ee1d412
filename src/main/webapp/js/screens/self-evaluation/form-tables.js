// A form's figures as the national layout prints them: the funds block (项目资金, with the printed and
// the recomputed execution rate and score) and the indicators (绩效指标, printed and recomputed scores,
// the agency's rechecked values and the files it cites once there are any, or the inputs for them
// while it rechecks), the flagged cells marked.
import { esc } from '../../dom.js';
import { t } from '../../i18n.js';
import { checkedFiles, indicatorPicker, pointPicker } from '../../evidence.js';
import { batchPath, figure, percent } from './common.js';
import { cell, flagsByCell } from './flagged-cells.js';

export function fundsTable(f) {
  const cells = flagsByCell(f.flags);
  const funds = f.funds || {};
  const th = (key, cls = 'num') => `<th class="${cls}">${esc(t(key))}</th>`;
  return `<table class="data small" id="funds-table"><thead><tr>${th('seInitialBudget')}${th('seAnnualBudget')}${th('seExpenditure')}
    ${th('weight')}${th('sePrintedRate')}${th('seRecomputedRate')}${th('sePrintedScore')}${th('seRecomputedScore')}</tr></thead>
    <tbody><tr><td class="num">${figure(funds.initialBudget)}</td><td class="num">${figure(funds.annualBudget)}</td>
      <td class="num">${figure(funds.expenditure)}</td><td class="num">${figure(funds.weight)}</td>
      ${cell(cells, 'funds:printedRate', percent(funds.printedRate), 'num')}${cell(cells, 'funds:rate', percent(funds.executionRate), 'num')}
      ${cell(cells, 'funds:printedScore', figure(funds.printedScore), 'num')}${cell(cells, 'funds:score', figure(funds.executionScore), 'num')}</tr></tbody></table>`;
}

/**
 * The indicators with the total row. editing: the agency's inputs for 复核完成值, 复核得分, 理由 and its
 * evidence (prefilled with its last recheck, else with the unit's figures, which need no reason).
 * files: the review's evidence files the caller sees, to name the cited ones.
 */
export function indicatorsTable(f, editing, files, batchId) {
  const cells = flagsByCell(f.flags);
  const indicators = f.indicators || [];
  const reviewed = editing || indicators.some(i => i.reviewedScore != null);
  const cited = editing || indicators.some(i => (i.evidence || []).length);
  const th = (key, cls = '') => `<th class="${cls}">${esc(t(key))}</th>`;
  const weights = indicators.reduce((sum, i) => sum + Number(i.weight || 0), Number((f.funds && f.funds.weight) || 0));
  const rows = indicators.map((ind, i) => {
    const at = ind.key;
    const [first, second, ...rest] = ind.path || [];
    const name = `${first || second ? `<span class="muted small">${esc([first, second].filter(Boolean).join(' / '))}</span><br>` : ''}${esc(rest.join(' / ') || ind.key)}`;
    return `<tr data-key="${esc(ind.key)}" class="${(ind.flags || []).length ? 'has-flags' : ''}">
      ${cell(cells, at + ':name', name, 'indicator')}${cell(cells, at + ':target', esc(ind.target || ''))}
      ${cell(cells, at + ':actual', esc(ind.actual == null ? '—' : ind.actual))}<td class="num">${figure(ind.weight)}</td>
      ${cell(cells, at + ':printedScore', figure(ind.printedScore), 'num printed-score')}<td class="num">${figure(ind.recomputedScore)}</td>
      ${cell(cells, at + ':explanation', esc(ind.explanation || ''), 'pre explanation')}
      ${editing ? recheckInputs(ind, i, files) : reviewed ? `<td class="reviewed-actual">${esc(ind.reviewedActual == null ? '—' : ind.reviewedActual)}</td>
        <td class="num reviewed-score">${figure(ind.reviewedScore)}</td><td class="pre">${esc(ind.reason || '')}</td>` : ''}
      ${cited && !editing ? `<td class="evidence-cell">${evidenceLinks(ind.evidence, files, batchId)}</td>` : ''}</tr>`;
  }).join('');
  return `<table class="data small${editing ? ' editable' : ''}" id="indicator-table"><thead><tr>${th('indicator')}${th('target')}${th('actual')}
    ${th('weight', 'num')}${th('sePrintedScore', 'num')}${th('seRecomputedScore', 'num')}${th('seExplanation')}
    ${reviewed ? th('seReviewedActual') + th('seReviewedScore', 'num') + th('reason') : ''}${cited ? th('evidenceColumn') : ''}</tr></thead>
    <tbody>${rows}<tr class="total-row"><td colspan="3"><strong>${esc(t('total'))}</strong>
      <span class="muted small">${esc(t('seTotalIncludesExecution'))}</span></td>
      ${cell(cells, 'total:weight', figure(weights), 'num')}${cell(cells, 'total:printed', figure(f.printedTotal), 'num')}
      <td class="num">${figure(f.recomputedTotal)}</td><td></td>
      ${reviewed ? `<td></td><td class="num" id="reviewed-total">${figure(f.reviewedTotal)}</td><td></td>` : ''}${cited ? '<td></td>' : ''}</tr></tbody></table>`;
}

function recheckInputs(ind, i, files) {
  const name = (ind.path || []).slice(-1)[0] || ind.key;
  const value = (mine, theirs) => esc(mine != null ? mine : theirs != null ? theirs : '');
  return `<td><label class="sr-only" for="ra-${i}">${esc(t('seReviewedActualOf', name))}</label>
      <input id="ra-${i}" class="ra" data-path="indicators[${i}].reviewedActual" value="${value(ind.reviewedActual, ind.actual)}"></td>
    <td><label class="sr-only" for="rs-${i}">${esc(t('seReviewedScoreOf', name))}</label>
      <input id="rs-${i}" class="rs" data-path="indicators[${i}].reviewedScore" inputmode="decimal" value="${value(ind.reviewedScore, ind.printedScore)}"></td>
    <td><label class="sr-only" for="rr-${i}">${esc(t('seReasonOf', name))}</label>
      <textarea id="rr-${i}" class="rr" data-path="indicators[${i}].reason" rows="1">${esc(ind.reason || '')}</textarea></td>
    <td class="evidence-cell" data-row="${i}">${indicatorPicker(files || [], ind.evidence || [], name)}</td>`;
}

/** The files an indicator's recheck cites, as links to them (a PDF or an image opens in the browser). */
function evidenceLinks(ids, files, batchId) {
  if (!(ids || []).length) return '—';
  return ids.map(id => {
    const f = (files || []).find(x => String(x.id) === String(id));
    return `<a href="api/${esc(batchPath(batchId, '/files/' + encodeURIComponent(id)))}" target="_blank" rel="noopener"
      class="review-file">${esc(f ? f.name : t('seFileNumber', id))}</a>`;
  }).join('<br>');
}

/** The recheck the inputs give: every indicator, its path as the flags name it, numbers as numbers, the files checked. */
export function recheckPayload(f, opinion) {
  const v = id => document.getElementById(id).value.trim();
  return {
    indicators: (f.indicators || []).map((ind, i) => {
      const score = v('rs-' + i);
      const item = { path: ind.key, reviewedActual: v('ra-' + i) || null,
        reviewedScore: score === '' ? null : isNaN(Number(score)) ? score : Number(score) };
      if (v('rr-' + i)) item.reason = v('rr-' + i);
      const picker = document.querySelector(`#indicator-table td.evidence-cell[data-row="${i}"] details.picker`);
      pointPicker(picker, `indicators[${i}].evidence`);
      item.evidence = checkedFiles(picker);
      return item;
    }),
    opinion: opinion || null
  };
}
