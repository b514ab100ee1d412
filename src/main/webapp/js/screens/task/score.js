// Scoring: levels, scores and reasons, with the live preview of the scoring API as values are entered;
// each indicator's evidence (the evaluation's uploaded files, cited by id), and a 无佐证 mark on the
// indicators that would have none: neither cited before (indicatorEvidence) nor picked here.
import { api } from '../../api.js';
import { esc, num } from '../../dom.js';
import { t } from '../../i18n.js';
import { entries, gradeLabel } from '../../labels.js';
import { checkedFiles, citedIds, evidenceByPath, indicatorPicker, loadFiles, pointPicker, wirePickerCounts } from '../../evidence.js';

export async function scoreForm(form, e) {
  const files = await loadFiles(e.id).then(x => x.items, () => []);
  const cited = evidenceByPath(e.indicatorEvidence);
  const citedOf = ind => cited.get(JSON.stringify(ind.path)) || [];
  // evidence that no checkbox here can take back: names without a file, and files not in the list
  const fixedEvidence = ind => citedOf(ind).filter(x => typeof x === 'string' || x.fileId == null
    || !files.some(f => String(f.id) === String(x.fileId))).length;
  // the evaluator judges what no formula or number decides: qualitative targets, and targets without an actual value
  const judged = ind => !ind.formula && (!/\d/.test(ind.target || '') || ind.actual == null || ind.actual === '');
  const tx = key => esc(t(key));
  const levels = entries('levels').map(([code, word]) => `<option value="${esc(code)}">${esc(word)}</option>`).join('');
  form.innerHTML = `<p class="total-line">${tx('preview')}${tx('colon')}${tx('total')} <strong id="preview-total">—</strong> · ${tx('grade')} <strong id="preview-grade">—</strong></p>
    <table class="data small" id="score-table"><thead><tr><th>${tx('indicator')}</th><th class="num">${tx('weight')}</th><th>${tx('target')}</th>
    <th>${tx('actual')}</th><th>${tx('level')}</th><th>${tx('score')}</th><th>${tx('reason')}</th><th>${tx('evidenceColumn')}</th><th class="num">${tx('preview')}</th><th>${tx('explanation')}</th></tr></thead>
    <tbody>${e.indicators.map((ind, i) => `<tr data-i="${i}"><td>${esc(ind.path.join(' / '))}</td><td class="num">${esc(num(ind.weight))}</td>
      <td>${esc(ind.target || (ind.formula ? t('byFormula') : ''))}</td><td>${esc(ind.actual == null ? '' : ind.actual)}</td>
      <td>${judged(ind) ? `<select aria-label="${tx('level')}" class="lv" data-path="scores[${i}].level"><option value="">—</option>${levels}</select>`
        : `<span class="muted">${tx('computed')}</span>`}</td>
      <td>${judged(ind) ? `<input aria-label="${tx('score')}" class="sc num" inputmode="decimal" data-path="scores[${i}].score">` : ''}</td>
      <td>${judged(ind) ? `<input aria-label="${tx('reason')}" class="rs" data-path="scores[${i}].reason">` : ''}</td>
      <td class="evidence-cell"><span class="flag no-evidence" title="${tx('noEvidenceHint')}" hidden>${tx('noEvidence')}</span>
        ${indicatorPicker(files, citedIds(citedOf(ind)), ind.path.join(' / '))}</td>
      <td class="num pv"></td><td class="ex small"></td></tr>`).join('')}</tbody></table>`;
  e.indicators.forEach((ind, i) => {
    const tr = form.querySelector(`tr[data-i="${i}"]`);
    if (ind.level && tr.querySelector('.lv')) tr.querySelector('.lv').value = ind.level;
    if (ind.score != null && tr.querySelector('.sc')) tr.querySelector('.sc').value = ind.score;
    if (ind.reason && tr.querySelector('.rs')) tr.querySelector('.rs').value = ind.reason;
  });
  // what is sent: a judged indicator with its level, score, reason; any indicator with the evidence picked for it
  // (for a computed one only {path, evidence}). Error paths name the n-th item sent, so the fields are pointed at
  // them; the judged ones go first, so that their positions are the same whether or not the evidence-only items count
  const judgments = () => {
    const judged = [];
    const citing = [];
    form.querySelectorAll('#score-table tbody tr').forEach(tr => {
      const i = Number(tr.dataset.i);
      const lv = tr.querySelector('.lv');
      const picker = tr.querySelector('details.picker');
      const evidence = checkedFiles(picker);
      const fields = lv ? ['lv', 'sc', 'rs'].map(c => tr.querySelector('.' + c)) : [];
      fields.forEach(el => { el.dataset.path = ''; });
      pointPicker(picker, '');
      const s = { path: e.indicators[i].path };
      if (lv && lv.value) {
        s.level = lv.value;
        const sc = tr.querySelector('.sc').value.trim();
        if (sc !== '') s.score = isNaN(Number(sc)) ? sc : Number(sc);
        const rs = tr.querySelector('.rs').value.trim();
        if (rs) s.reason = rs;
      }
      if (evidence.length) s.evidence = evidence;
      if (s.level) judged.push({ s, fields, picker }); else if (s.evidence) citing.push({ s, fields: [], picker });
    });
    return [...judged, ...citing].map(({ s, fields, picker }, n) => {
      fields.forEach((el, j) => { el.dataset.path = `scores[${n}].${['level', 'score', 'reason'][j]}`; });
      if (s.evidence) pointPicker(picker, `scores[${n}].evidence`);
      return s;
    });
  };
  // 无佐证: neither evidence given before nor a file picked now
  const markMissing = () => {
    form.querySelectorAll('#score-table tbody tr').forEach(tr => {
      const ind = e.indicators[Number(tr.dataset.i)];
      const none = !fixedEvidence(ind) && !checkedFiles(tr.querySelector('details.picker')).length;
      tr.querySelector('.no-evidence').hidden = !none;
      tr.classList.toggle('without-evidence', none);
    });
  };
  wirePickerCounts(form);
  markMissing();
  let timer = null;
  const preview = async () => {
    const byPath = new Map(judgments().filter(s => s.level).map(s => [JSON.stringify(s.path), s]));
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
  // picking evidence changes no score: it only moves the 无佐证 mark
  const inPicker = ev => ev.target.closest && ev.target.closest('details.picker');
  form.addEventListener('input', ev => { if (inPicker(ev)) return; clearTimeout(timer); timer = setTimeout(preview, 300); });
  form.addEventListener('change', ev => { if (inPicker(ev)) { markMissing(); return; } clearTimeout(timer); timer = setTimeout(preview, 100); });
  preview();
  return () => ({ scores: judgments() });
}
