// The evaluator's field data: actual values of the indicators no formula computes, the evidence of
// each indicator (the evaluation's uploaded files, cited by id), and the checklist.
import { esc } from '../../dom.js';
import { t } from '../../i18n.js';
import { checkedFiles, citedIds, evidenceByPath, indicatorPicker, loadFiles, pointPicker, wirePickerCounts } from '../../evidence.js';

export async function collectForm(form, e) {
  const files = await loadFiles(e.id).then(x => x.items, () => []);
  const cited = evidenceByPath(e.indicatorEvidence);
  const rows = e.indicators.map((ind, i) => `<tr data-i="${i}"><td>${esc(ind.path.join(' / '))}</td><td>${esc(ind.target || '')}</td>
    <td>${ind.formula ? `<span class="muted">${esc(t('byFormula'))}</span>` : `<label class="sr-only" for="a-${i}">${esc(t('actual'))}</label>
      <input id="a-${i}" data-path="actuals[${i}].actual" value="${esc(ind.actual == null ? '' : ind.actual)}">`}</td>
    <td>${indicatorPicker(files, citedIds(cited.get(JSON.stringify(ind.path))), ind.path.join(' / '))}</td></tr>`).join('');
  const c = e.checklist || {};
  form.innerHTML = `<table class="data small" id="collect-table"><thead><tr><th>${esc(t('indicator'))}</th><th>${esc(t('target'))}</th><th>${esc(t('actual'))}</th>
    <th>${esc(t('evidenceColumn'))}</th></tr></thead>
    <tbody>${rows}</tbody></table>
    <label class="check"><input type="checkbox" id="c-group" ${c.performanceLeadingGroup ? 'checked' : ''}> ${esc(t('checklistGroup'))}</label>
    <label class="check"><input type="checkbox" id="c-rules" ${c.performanceRules ? 'checked' : ''}> ${esc(t('checklistRules'))}</label>`;
  wirePickerCounts(form);
  return () => {
    // an indicator is sent with its actual value, its evidence, or both. Error paths name the n-th item sent, so the
    // fields are pointed at them; those with a value go first, so that their positions are the same whether or not
    // the evidence-only items count
    const valued = [];
    const citing = [];
    e.indicators.forEach((ind, i) => {
      const tr = form.querySelector(`#collect-table tr[data-i="${i}"]`);
      const input = document.getElementById('a-' + i);
      const picker = tr.querySelector('details.picker');
      const actual = input ? input.value.trim() : '';
      const evidence = checkedFiles(picker);
      if (input) input.dataset.path = '';
      pointPicker(picker, '');
      const item = { path: ind.path };
      if (actual) item.actual = actual;
      if (evidence.length) item.evidence = evidence;
      if (actual) valued.push({ item, input, picker }); else if (evidence.length) citing.push({ item, input, picker });
    });
    const actuals = [...valued, ...citing].map(({ item, input, picker }, n) => {
      if (item.actual) input.dataset.path = `actuals[${n}].actual`;
      if (item.evidence) pointPicker(picker, `actuals[${n}].evidence`);
      return item;
    });
    return { actuals, checklist: { performanceLeadingGroup: document.getElementById('c-group').checked,
      performanceRules: document.getElementById('c-rules').checked } };
  };
}
