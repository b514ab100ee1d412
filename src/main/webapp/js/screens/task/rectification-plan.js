// The department's measures for one rectification.
import { esc, textarea, val } from '../../dom.js';
import { t } from '../../i18n.js';

export function planForm(form) {
  form.innerHTML = textarea('f-measures', t('measures'), 'measures') +
    `<div class="field"><label for="f-due">${esc(t('dueDate'))}</label><input id="f-due" type="date" data-path="dueDate"></div>`;
  return () => ({ measures: val('f-measures'), dueDate: val('f-due') || undefined });
}
