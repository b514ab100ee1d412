// The department's funds in 万元 and its evidence: uploaded files cited by id, and names of the rest.
import { esc, val } from '../../dom.js';
import { t } from '../../i18n.js';
import { entries } from '../../labels.js';
import { evidenceField } from './evidence-field.js';

export async function fundsForm(form, e) {
  const f = e.funds || {};
  const fields = entries('fundFields');
  form.innerHTML = `<div class="fields-grid">${fields.map(([k, word]) => `<div class="field"><label for="f-${esc(k)}">${esc(t('inWan', word))}</label>
    <input id="f-${esc(k)}" data-path="funds.${esc(k)}" inputmode="decimal" value="${esc(f[k] == null ? '' : f[k])}"></div>`).join('')}</div>`;
  const evidence = await evidenceField(form, e, e.evidence);
  return () => {
    const funds = {};
    fields.forEach(([k]) => { const v = val('f-' + k).trim(); if (v !== '') funds[k] = isNaN(Number(v)) ? v : Number(v); });
    return { funds, evidence: evidence() };
  };
}
