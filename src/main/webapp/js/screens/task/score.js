// Scoring: levels, scores and reasons, with the live preview of the scoring API as values are entered.
import { api } from '../../api.js';
import { esc, num } from '../../dom.js';
import { t } from '../../i18n.js';
import { entries, gradeLabel } from '../../labels.js';

export function scoreForm(form, e) {
  // the evaluator judges what no formula or number decides: qualitative targets, and targets without an actual value
  const judged = ind => !ind.formula && (!/\d/.test(ind.target || '') || ind.actual == null || ind.actual === '');
  const tx = key => esc(t(key));
  const levels = entries('levels').map(([code, word]) => `<option value="${esc(code)}">${esc(word)}</option>`).join('');
  form.innerHTML = `<p class="total-line">${tx('preview')}${tx('colon')}${tx('total')} <strong id="preview-total">—</strong> · ${tx('grade')} <strong id="preview-grade">—</strong></p>
    <table class="data small" id="score-table"><thead><tr><th>${tx('indicator')}</th><th class="num">${tx('weight')}</th><th>${tx('target')}</th>
    <th>${tx('actual')}</th><th>${tx('level')}</th><th>${tx('score')}</th><th>${tx('reason')}</th><th class="num">${tx('preview')}</th><th>${tx('explanation')}</th></tr></thead>
    <tbody>${e.indicators.map((ind, i) => `<tr data-i="${i}"><td>${esc(ind.path.join(' / '))}</td><td class="num">${esc(num(ind.weight))}</td>
      <td>${esc(ind.target || (ind.formula ? t('byFormula') : ''))}</td><td>${esc(ind.actual == null ? '' : ind.actual)}</td>
      <td>${judged(ind) ? `<select aria-label="${tx('level')}" class="lv" data-path="scores[${i}].level"><option value="">—</option>${levels}</select>`
        : `<span class="muted">${tx('computed')}</span>`}</td>
      <td>${judged(ind) ? `<input aria-label="${tx('score')}" class="sc num" inputmode="decimal" data-path="scores[${i}].score">` : ''}</td>
      <td>${judged(ind) ? `<input aria-label="${tx('reason')}" class="rs" data-path="scores[${i}].reason">` : ''}</td>
      <td class="num pv"></td><td class="ex small"></td></tr>`).join('')}</tbody></table>`;
  e.indicators.forEach((ind, i) => {
    const tr = form.querySelector(`tr[data-i="${i}"]`);
    if (ind.level && tr.querySelector('.lv')) tr.querySelector('.lv').value = ind.level;
    if (ind.score != null && tr.querySelector('.sc')) tr.querySelector('.sc').value = ind.score;
    if (ind.reason && tr.querySelector('.rs')) tr.querySelector('.rs').value = ind.reason;
  });
  const judgments = () => {
    const scores = [];
    form.querySelectorAll('#score-table tbody tr').forEach(tr => {
      const i = Number(tr.dataset.i);
      const lv = tr.querySelector('.lv');
      if (!lv || !lv.value) return;
      const s = { path: e.indicators[i].path, level: lv.value };
      const sc = tr.querySelector('.sc').value.trim();
      if (sc !== '') s.score = isNaN(Number(sc)) ? sc : Number(sc);
      const rs = tr.querySelector('.rs').value.trim();
      if (rs) s.reason = rs;
      const n = scores.length;
      ['lv', 'sc', 'rs'].forEach((c, j) => { tr.querySelector('.' + c).dataset.path = `scores[${n}].${['level', 'score', 'reason'][j]}`; });
      scores.push(s);
    });
    return scores;
  };
  let timer = null;
  const preview = async () => {
    const byPath = new Map(judgments().map(s => [JSON.stringify(s.path), s]));
    const sheet = { funds: e.funds || undefined, checklist: e.checklist || undefined, indicators: e.indicators.map(ind => {
      const s = byPath.get(JSON.stringify(ind.path));
      const copy = Object.assign({}, ind);
      delete copy.level; delete copy.score; delete copy.reason;
      return s ? Object.assign(copy, { level: s.level, score: s.score, reason: s.reason }) : copy;
    }) };
    const r = await api('POST', 'scoring/preview', sheet).catch(() => null);
    if (!r || !form.isConnected) return; // the user has left the scoring page
    form.querySelectorAll('.pv, .ex').forEach(el => { el.textContent = ''; });
    if (r.ok) {
      document.getElementById('preview-total').textContent = num(r.json.total);
      document.getElementById('preview-grade').textContent = gradeLabel(r.json.grade);
      r.json.indicators.forEach((res, i) => {
        const tr = form.querySelector(`tr[data-i="${i}"]`);
        tr.querySelector('.pv').textContent = num(res.score);
        tr.querySelector('.ex').textContent = res.explanation;
      });
    } else {
      document.getElementById('preview-total').textContent = '—';
      document.getElementById('preview-grade').textContent = '—';
      (r.json.details || []).forEach(d => {
        const m = /^indicators\[(\d+)\]/.exec(d.path);
        if (m) form.querySelector(`tr[data-i="${m[1]}"] .ex`).textContent = d.message;
      });
    }
  };
  form.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(preview, 300); });
  form.addEventListener('change', () => { clearTimeout(timer); timer = setTimeout(preview, 100); });
  preview();
  return () => ({ scores: judgments() });
}
