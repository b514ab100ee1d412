// A department's results in a batch: its forms with the desk review's flags and, for those reviewed on
// site, the agency's total; each opened to read the review and answer it while the batch takes answers.
import { esc, view } from '../../dom.js';
import { t } from '../../i18n.js';
import { batchHeader } from './batch.js';
import { dueDay } from './common.js';
import { formsTable } from './forms-table.js';

export async function departmentBatch(batch) {
  view().innerHTML = `${batchHeader(batch)}
    ${batch.status === 'ANSWERING' ? `<p class="card notice-box" id="answer-hint">${esc(t('seAnswerHint', dueDay(batch.answerDueAt)))}</p>` : ''}
    <section class="card" id="forms-panel"></section>`;
  await formsTable(document.getElementById('forms-panel'), { batch }, 'department');
}
