// The department's summary and evidence for one rectification.
import { lines, textarea, val } from '../../dom.js';
import { t } from '../../i18n.js';

export function evidenceForm(form) {
  form.innerHTML = textarea('f-summary', t('summary'), 'summary') + textarea('f-evidence', t('evidence'), 'evidence');
  return () => ({ summary: val('f-summary'), evidence: lines('f-evidence') });
}
