// What every view needs before it asks a question: who the token is (its
// role, and a coordinator's communities) and the time window. Both come from
// one small request at start-up, sent while the view asks for what needs no
// window. By default the window is the 180 days (the API's own default
// length) up to the newest chat in the graph, rather than up to today, so
// that an archive that ended a while ago still shows.
import { gql } from './api.js';

const DAY = 24 * 3600 * 1000;
const KEY = 'peergraph.window';
const PUBLIC = { role: 'PUBLIC', professional: null, communities: [] };

let current = null;
let session = null;

/** Starts (again, after the token changed) the start-up request. */
export function startSession() {
  let saved = null;
  try { saved = JSON.parse(sessionStorage.getItem(KEY) || 'null'); } catch { /* ignore a broken entry */ }
  session = gql('query Start { viewer { role professional communities } chats(first: 1) { nodes { endsAt } } }').then((ans) => {
    const d = ans.data || {};
    if (!saved) current = defaultWindow(d.chats && d.chats.nodes.length ? new Date(d.chats.nodes[0].endsAt) : new Date());
    return d.viewer || PUBLIC;
  }, () => {
    // The views show the error themselves (a 401, the server down).
    if (!saved) current = defaultWindow(new Date());
    return PUBLIC;
  });
  if (saved && saved.since && saved.until) current = saved;
  return session;
}

function defaultWindow(end) {
  const until = new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth(), end.getUTCDate()) + DAY);
  const since = new Date(until.getTime() - 180 * DAY);
  return { since: iso(since), until: iso(until), chosen: false };
}

/** The caller: { role, professional, communities }. */
export function viewer() { return session; }

/** The window as question arguments, once it is known. */
export async function windowVars() {
  await session;
  return { since: `${current.since}T00:00:00Z`, until: `${current.until}T00:00:00Z` };
}

export async function getWindow() { await session; return current; }

export function setWindow(since, until) {
  current = { since, until, chosen: true };
  try { sessionStorage.setItem(KEY, JSON.stringify(current)); } catch { /* per page only */ }
}

/** The communities a coordinator is bound to (empty for other roles). */
export async function ownCommunities() {
  const v = await session;
  return v.role === 'COORDINATOR' ? v.communities : [];
}

const iso = (d) => d.toISOString().slice(0, 10);
