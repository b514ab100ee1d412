// The department's summary and evidence for one rectification: uploaded files cited by id, and names of the rest.
import { textarea, val } from '../../dom.js';
import { t } from '../../i18n.js';
import { evidenceField } from './evidence-field.js';

export async function evidenceForm(form, e) {
  form.innerHTML = textarea('f-summary', t('summary'), 'summary');
  const evidence = await evidenceField(form, e, []);
  return () => ({ summary: val('f-summary'), evidence: evidence() });
}
