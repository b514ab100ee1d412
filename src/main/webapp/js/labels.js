// The words for the API's codes, from GET /api/labels in the UI's language, loaded once when the app starts.
import { api } from './api.js';
import { esc } from './dom.js';

let labels = null;

export async function loadLabels() {
  const r = await api('GET', 'labels');
  if (!r.ok) throw new Error(r.json.message);
  labels = r.json;
}

/** The word for a code of a group (evaluationStatuses, actions, ...); the code itself if there is none. */
export function label(group, code) {
  const words = labels && labels[group];
  return (words && words[code]) || code;
}

/** [code, word] of a group, in the server's order. */
export function entries(group) { return Object.entries((labels && labels[group]) || {}); }

export function statusBadge(s) { return `<span class="status status-${esc(s)}">${esc(label('evaluationStatuses', s))}</span>`; }

/** A grade as the API gives it (优, 良, 中, 差) in the UI's language; — for none. */
export function gradeLabel(g) { return g ? label('grades', g) : '—'; }

/** A task's name in the UI's language (the server's name if the key is unknown). */
export function taskName(k) { return (labels && labels.tasks && labels.tasks[k.key]) || k.name; }
