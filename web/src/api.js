// The dashboard's only way to the data: POST /graphql with the user's
// bearer token. The token lives in localStorage (never in a URL, so it stays
// out of history, logs and Referer headers).

const TOKEN_KEY = 'peergraph.token';

export function getToken() {
  try { return localStorage.getItem(TOKEN_KEY) || ''; } catch { return ''; }
}

export function setToken(token) {
  try {
    if (token) localStorage.setItem(TOKEN_KEY, token);
    else localStorage.removeItem(TOKEN_KEY);
  } catch { /* storage disabled: the token lasts for this page only */ }
  memoryToken = token;
}

let memoryToken = '';

/** The server refused the token (HTTP 401): expired, revoked or mistyped. */
export class AuthError extends Error {
  constructor() { super('Your token has expired or is invalid.'); this.name = 'AuthError'; }
}

/** The user's role may not see a field (GraphQL error code FORBIDDEN). */
export class ForbiddenError extends Error {
  constructor(message) { super(message || 'Your role cannot see this view.'); this.name = 'ForbiddenError'; }
}

/** Any other error the API reported, with its message for the user. */
export class ApiError extends Error {
  constructor(message, code) { super(message); this.name = 'ApiError'; this.code = code; }
}

const authListeners = new Set();
/** fn is called whenever a request is answered 401. */
export function onAuthError(fn) { authListeners.add(fn); }

/**
 * Sends a request with the user's bearer token (never a cookie). Throws
 * ApiError when the server cannot be reached, and AuthError (telling the
 * listeners) when it refuses the token.
 */
async function send(path, init) {
  const headers = { ...init.headers };
  const token = getToken() || memoryToken;
  if (token) headers.Authorization = `Bearer ${token}`;
  let res;
  try {
    res = await fetch(path, { ...init, headers, credentials: 'omit' });
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    throw new ApiError('The server cannot be reached. Is it running?', 'NETWORK');
  }
  if (res.status === 401) {
    const err = new AuthError();
    authListeners.forEach((fn) => fn(err));
    throw err;
  }
  return res;
}

/**
 * Runs a query and returns { data, errors } as the server answered it: a
 * FORBIDDEN field is null in data with its error in errors, and the rest of
 * the answer is still there. Throws AuthError on 401 and ApiError when there
 * is no GraphQL answer at all.
 */
export async function gql(query, variables = {}, { signal } = {}) {
  const res = await send('/graphql', {
    method: 'POST', signal,
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  let body;
  try { body = await res.json(); } catch { body = null; }
  if (!body || typeof body !== 'object') {
    throw new ApiError(`The server answered ${res.status} ${res.statusText} without a GraphQL response.`, 'HTTP');
  }
  if (res.status === 403 && !body.data) throw new ForbiddenError();
  return { data: body.data || null, errors: body.errors || [] };
}

/**
 * The value at a path of an answer (a top-level field, or a field inside
 * it), or the error that took its place: ForbiddenError when the field itself was answered FORBIDDEN,
 * ApiError for any other error that left it without a value. A FORBIDDEN
 * deeper inside (a host's name, a partner list) leaves the rest of the value
 * standing: that part is null, and the view marks it withheld.
 */
export function field(answer, ...path) {
  let value = answer.data;
  for (const k of path) value = value === null || value === undefined ? value : value[k];
  if (value !== null && value !== undefined) return value;
  const under = (e) => !e.path || path.every((k, i) => i >= e.path.length || e.path[i] === k);
  const own = answer.errors.filter(under);
  const top = own.find((e) => !e.path || e.path.length <= path.length) || own[0];
  if (top && top.extensions && top.extensions.code === 'FORBIDDEN') throw new ForbiddenError();
  if (top) throw new ApiError(top.message, top.extensions && top.extensions.code);
  return value;
}

/** Whether the API withheld something under a field (a nested FORBIDDEN). */
export function nestedForbidden(answer, name) {
  return answer.errors.some((e) => e.path && e.path[0] === name && e.path.length > 1 &&
    e.extensions && e.extensions.code === 'FORBIDDEN');
}

/**
 * Downloads one of the research exports (/export/FORMAT?...) with the
 * user's token, which a plain link could not send, and saves it under name.
 */
export async function download(path, name) {
  const res = await send(path, {});
  if (res.status === 403) throw new ForbiddenError();
  if (!res.ok) throw new ApiError(`${res.status} ${(await res.text()).trim()}`, 'HTTP');
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
  return { analysis: res.headers.get('X-Peergraph-Analysis'), computedAt: res.headers.get('X-Peergraph-Computed-At') };
}

/**
 * Follows a stream of server-sent events at path (GET, with the user's
 * bearer token, which EventSource cannot send: so read through fetch),
 * calling onEvent(name, data) for each event. Resolves when the stream
 * ends; throws AuthError on 401, ForbiddenError on 403, ApiError on any
 * other refusal. Ends when signal aborts.
 */
export async function stream(path, onEvent, { signal } = {}) {
  const res = await send(path, { headers: { Accept: 'text/event-stream' }, signal, cache: 'no-store' });
  if (res.status === 403) throw new ForbiddenError();
  if (!res.ok) {
    let message = `${res.status} ${res.statusText}`;
    try { message = (await res.json()).errors[0].message; } catch { /* not JSON */ }
    throw new ApiError(message, String(res.status));
  }
  const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += value;
    let end;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      let name = 'message';
      const data = [];
      for (const line of block.split('\n')) {
        if (line.startsWith(':')) continue;
        const i = line.indexOf(':');
        const key = i < 0 ? line : line.slice(0, i);
        const val = i < 0 ? '' : line.slice(i + 1).replace(/^ /, '');
        if (key === 'event') name = val;
        else if (key === 'data') data.push(val);
      }
      if (data.length) onEvent(name, data.join('\n'));
    }
  }
}
