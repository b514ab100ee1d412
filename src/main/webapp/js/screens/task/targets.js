// Target setting: start from a library template, edit the three-level tree, weights total shown live.
import { api } from '../../api.js';
import { esc } from '../../dom.js';
import { t } from '../../i18n.js';
import { entries } from '../../labels.js';

export async function targetsForm(form, e) {
  const lib = (await api('GET', 'indicator-library')).json.items;
  const tx = key => esc(t(key));
  const tiers = ['tier1', 'tier2', 'tier3'];
  const formulas = [['', '—'], ...entries('formulas')];
  form.innerHTML = `<div class="field inline"><label for="f-template">${tx('template')}</label><select id="f-template">
      <option value="">—</option>${lib.map(x => `<option value="${esc(x.code)}">${esc(x.name)}</option>`).join('')}</select></div>
    <table class="data small editable" id="targets"><thead><tr>${tiers.map(k => `<th>${tx(k)}</th>`).join('')}<th class="num">${tx('weight')}</th>
      <th>${tx('target')}</th><th>${tx('formula')}</th><th></th></tr></thead><tbody></tbody></table>
    <p><button type="button" id="add-row">${tx('addRow')}</button> <span class="weights-total">${tx('weightsTotal')}${tx('colon')}<strong id="weights-total">0</strong> / 100</span></p>
    <div class="weights-error" data-path="indicators"></div>`;
  const body = form.querySelector('#targets tbody');
  const rows = () => [...body.querySelectorAll('tr')];
  const total = () => {
    const sum = rows().reduce((s, tr) => s + (Number(tr.querySelector('.w').value) || 0), 0);
    const el = document.getElementById('weights-total');
    el.textContent = Math.round(sum * 1000) / 1000;
    el.className = Math.abs(sum - 100) < 0.005 ? 'ok' : 'bad';
  };
  const addRow = (ind = { path: ['', '', ''], weight: '', target: '' }) => {
    const i = body.children.length;
    const tr = document.createElement('tr');
    tr.dataset.tiers = ind.tiers ? JSON.stringify(ind.tiers) : '';
    tr.innerHTML = [0, 1, 2].map(l => `<td><input aria-label="${tx(tiers[l])}" class="p${l}" value="${esc(ind.path[l] || '')}"></td>`).join('') +
      `<td><input aria-label="${tx('weight')}" class="w num" inputmode="decimal" value="${esc(ind.weight)}"></td>
       <td><input aria-label="${tx('target')}" class="tg" value="${esc(ind.target || '')}"></td>
       <td><select aria-label="${tx('formula')}" class="fm">${formulas.map(([v, l]) => `<option value="${esc(v)}" ${v === (ind.formula || '') ? 'selected' : ''}>${esc(l)}</option>`).join('')}</select></td>
       <td><button type="button" class="link rm">${tx('remove')}</button></td>`;
    tr.querySelector('.rm').onclick = () => { tr.remove(); total(); };
    tr.querySelector('.w').oninput = total;
    body.appendChild(tr);
    total();
    return i;
  };
  document.getElementById('add-row').onclick = () => addRow();
  document.getElementById('f-template').onchange = async ev => {
    if (!ev.target.value) return;
    const tpl = (await api('GET', 'indicator-library/' + ev.target.value)).json;
    body.innerHTML = '';
    tpl.indicators.forEach(ind => addRow(ind));
  };
  e.indicators.forEach(ind => addRow(ind));
  return () => ({
    indicators: rows().map((tr, i) => {
      tr.querySelector('.p0').dataset.path = `indicators[${i}].path`;
      tr.querySelector('.w').dataset.path = `indicators[${i}].weight`;
      tr.querySelector('.tg').dataset.path = `indicators[${i}].target`;
      tr.querySelector('.fm').dataset.path = `indicators[${i}].formula`;
      const path = ['.p0', '.p1', '.p2'].map(c => tr.querySelector(c).value.trim()).filter(Boolean);
      const w = tr.querySelector('.w').value.trim();
      const ind = { path, weight: w === '' || isNaN(Number(w)) ? w : Number(w) };
      if (tr.querySelector('.tg').value.trim()) ind.target = tr.querySelector('.tg').value.trim();
      if (tr.querySelector('.fm').value) ind.formula = tr.querySelector('.fm').value;
      if (tr.dataset.tiers) ind.tiers = JSON.parse(tr.dataset.tiers);
      return ind;
    })
  });
}
