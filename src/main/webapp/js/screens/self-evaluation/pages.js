// 自评复核 (the self-evaluation review): #/self-evaluation lists the caller's batches,
// #/self-evaluation/{id} is one batch as the caller's role sees it, #/self-evaluation/{id}/forms/{formId} one form.
import { batchList } from './batches.js';
import { batchPage } from './batch.js';
import { formPage } from './form.js';

export async function selfEvaluation(id, part, formId) {
  if (id && part === 'forms' && formId) return formPage(id, formId);
  if (id) return batchPage(id);
  return batchList();
}
