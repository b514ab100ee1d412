// The evaluator's field data: actual values of the indicators no formula computes, and the checklist.
import { esc } from '../../dom.js';
import { t } from '../../i18n.js';

export function collectForm(form, e) {
  const rows = e.indicators.map((ind, i) => ind.formula ? '' : `<tr><td>${esc(ind.path.join(' / '))}</td><td>${esc(ind.target || '')}</td>
    <td><label class="sr-only" for="a-${i}">${esc(t('actual'))}</label><input id="a-${i}" data-path="actuals[${i}].actual" value="${esc(ind.actual == null ? '' : ind.actual)}"></td></tr>`).join('');
  const c = e.checklist || {};
  form.innerHTML = `<table class="data small"><thead><tr><th>${esc(t('indicator'))}</th><th>${esc(t('target'))}</th><th>${esc(t('actual'))}</th></tr></thead>
    <tbody>${rows}</tbody></table>
    <label class="check"><input type="checkbox" id="c-group" ${c.performanceLeadingGroup ? 'checked' : ''}> ${esc(t('checklistGroup'))}</label>
    <label class="check"><input type="checkbox" id="c-rules" ${c.performanceRules ? 'checked' : ''}> ${esc(t('checklistRules'))}</label>`;
  return () => {
    const actuals = [];
    e.indicators.forEach((ind, i) => { const el = document.getElementById('a-' + i); if (el && el.value.trim()) actuals.push({ path: ind.path, actual: el.value.trim() }); });
    // error paths name the n-th actual sent: point the inputs at them
    let n = 0;
    e.indicators.forEach((ind, i) => { const el = document.getElementById('a-' + i); if (el) el.dataset.path = el.value.trim() ? `actuals[${n++}].actual` : ''; });
    return { actuals, checklist: { performanceLeadingGroup: document.getElementById('c-group').checked,
      performanceRules: document.getElementById('c-rules').checked } };
  };
}
