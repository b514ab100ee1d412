// Who is signed in (GET /api/session), loaded when the app starts.
import { api } from './api.js';

export let me = null;

export async function loadSession() {
  me = (await api('GET', 'session')).json;
  return me;
}
