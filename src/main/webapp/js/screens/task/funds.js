// The department's funds in 万元 and the evidence file names.
import { esc, lines, textarea, val } from '../../dom.js';
import { t } from '../../i18n.js';
import { entries } from '../../labels.js';

export function fundsForm(form, e) {
  const f = e.funds || {};
  const fields = entries('fundFields');
  form.innerHTML = `<div class="fields-grid">${fields.map(([k, word]) => `<div class="field"><label for="f-${esc(k)}">${esc(t('inWan', word))}</label>
    <input id="f-${esc(k)}" data-path="funds.${esc(k)}" inputmode="decimal" value="${esc(f[k] == null ? '' : f[k])}"></div>`).join('')}</div>` +
    textarea('f-evidence', t('evidence'), 'evidence', (e.evidence || []).map(x => x.name).join('\n'));
  return () => {
    const funds = {};
    fields.forEach(([k]) => { const v = val('f-' + k).trim(); if (v !== '') funds[k] = isNaN(Number(v)) ? v : Number(v); });
    return { funds, evidence: lines('f-evidence') };
  };
}
