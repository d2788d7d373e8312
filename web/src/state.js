// The time window every question is asked for. By default it is the 180 days
// (the API's own default length) up to the newest chat in the graph, rather
// than up to today, so that an archive that ended a while ago still shows.
import { gql, field } from './api.js';

const DAY = 24 * 3600 * 1000;
const KEY = 'peergraph.window';
let current = null;

export function windowVars() {
  return { since: `${current.since}T00:00:00Z`, until: `${current.until}T00:00:00Z` };
}

export function getWindow() { return current; }

export function setWindow(since, until) {
  current = { since, until, chosen: true };
  try { sessionStorage.setItem(KEY, JSON.stringify(current)); } catch { /* per page only */ }
}

export async function initWindow() {
  try {
    const saved = JSON.parse(sessionStorage.getItem(KEY) || 'null');
    if (saved && saved.since && saved.until) { current = saved; return current; }
  } catch { /* ignore a broken entry */ }
  let end = new Date();
  try {
    const ans = await gql('query NewestChat { chats(first: 1) { nodes { endsAt } } }');
    const chats = field(ans, 'chats');
    if (chats && chats.nodes.length) end = new Date(chats.nodes[0].endsAt);
  } catch { /* the views will show the error; fall back to today */ }
  const until = new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth(), end.getUTCDate()) + DAY);
  const since = new Date(until.getTime() - 180 * DAY);
  current = { since: iso(since), until: iso(until), chosen: false };
  return current;
}

const iso = (d) => d.toISOString().slice(0, 10);
