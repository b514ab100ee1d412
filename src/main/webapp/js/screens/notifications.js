// The caller's notifications, newest first; showing them marks them read.
import { api } from '../api.js';
import { esc, view } from '../dom.js';
import { t } from '../i18n.js';

export async function notifications() {
  const r = await api('GET', 'notifications');
  const items = r.json.items;
  view().innerHTML = `<h1>${esc(t('notifications'))}</h1><section class="card">${items.length ? `<ul class="notes" id="notification-list">
    ${items.map(n => `<li class="${n.read ? 'read' : ''} kind-${esc(n.kind)}"><span class="time">${esc(n.createdAt.slice(0, 16).replace('T', ' '))}</span>
      ${esc(n.message)} ${n.evaluationId ? `<a href="#/evaluation/${esc(n.evaluationId)}">${esc(t('open'))}</a>` : ''}</li>`).join('')}</ul>`
    : `<p class="muted">${esc(t('noItems'))}</p>`}</section>`;
  await Promise.all(items.filter(n => !n.read).map(n => api('POST', `notifications/${n.id}/read`)));
}
