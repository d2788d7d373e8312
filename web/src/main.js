// The dashboard: a hash-routed single page (#/community/WeNurses,
// #/member/x:carla, ...), so the server serves only / and /assets/. The
// graph libraries (cytoscape for the ego network, sigma for the whole
// network) are loaded by the views that draw them, not with this page.
import './style.css';
import { h, clear } from './dom.js';
import { getToken, setToken, onAuthError } from './api.js';
import { startSession, viewer, getWindow, setWindow } from './state.js';
import { home, community } from './views/community.js';
import { links } from './views/links.js';
import { isolation } from './views/isolation.js';
import { member, memberIndex } from './views/member.js';
import { connectors } from './views/connectors.js';
import { chat } from './views/chat.js';
import { network } from './views/network.js';
import { live } from './views/live.js';

const routes = [
  [/^#?\/?$/, (m) => home(m)],
  [/^#\/community\/(.+)$/, (m, name) => community(m, name)],
  [/^#\/network$/, (m) => network(m, null)],
  [/^#\/network\/(.+)$/, (m, name) => network(m, name)],
  [/^#\/links$/, (m) => links(m, null)],
  [/^#\/links\/(.+)$/, (m, name) => links(m, name)],
  [/^#\/isolation\/(.+)$/, (m, name) => isolation(m, name)],
  [/^#\/member$/, (m) => memberIndex(m)],
  [/^#\/member\/(.+)$/, (m, handle) => member(m, handle)],
  [/^#\/connectors$/, (m) => connectors(m, null, null)],
  [/^#\/connectors\/([^/]+)\/([^/]+)(?:\/([^/]+))?$/, (m, a, b, c) => connectors(m, a, b, c || null)],
  [/^#\/chat\/(.+)$/, (m, id) => chat(m, id)],
  [/^#\/live\/(.+)$/, (m, id) => live(m, id)],
];

const main = document.getElementById('main');

function render() {
  const hash = location.hash || '#/';
  // A view that holds more than DOM (the network's WebGL renderer) lets it go.
  if (main.leave) { main.leave(); main.leave = null; }
  clear(main);
  delete main.dataset.view;
  main.dataset.route = hash;
  for (const [re, view] of routes) {
    const m = hash.match(re);
    if (m) {
      view(main, ...m.slice(1).map((x) => (x === undefined ? null : decodeURIComponent(x))));
      markNav(hash);
      document.title = `${main.querySelector('h1')?.textContent || 'peergraph'} · peergraph`;
      return;
    }
  }
  main.append(h('h1', {}, 'Not found'), h('p', {}, 'No view has that address. ', h('a', { href: '#/' }, 'Back to the communities')));
}

function markNav(hash) {
  for (const a of document.querySelectorAll('#nav a')) {
    const target = a.getAttribute('href');
    const current = target === '#/' ? hash === '#/' || hash.startsWith('#/community') || hash.startsWith('#/isolation') : hash.startsWith(target);
    if (current) a.setAttribute('aria-current', 'page'); else a.removeAttribute('aria-current');
  }
}

// Who the token is, in the header: the role and, for a coordinator, the
// communities it is bound to (the views default to those).
const whoami = document.getElementById('whoami');
async function showViewer() {
  const v = await viewer();
  clear(whoami).append(h('span', {},
    h('span', { className: 'badge', 'data-testid': 'role', title: 'your role, from your token' }, v.role.toLowerCase()),
    v.role === 'MEMBER' && v.professional ? [' ', h('a', { href: `#/member/${encodeURIComponent(v.professional)}` }, v.professional)] : null,
    v.communities.map((c) => [' ', h('a', { className: 'badge community', href: `#/community/${encodeURIComponent(c)}`, title: 'a community your token coordinates' }, c)])));
}

// The token box: kept in localStorage, sent as a bearer header; never in a URL.
const tokenForm = document.getElementById('token-form');
const tokenInput = document.getElementById('token');
const tokenState = document.getElementById('token-state');
const banner = document.getElementById('auth-banner');
function showTokenState() {
  tokenState.textContent = getToken() ? 'token set' : 'no token (public view)';
}
function restart() {
  startSession();
  showTokenState();
  showViewer();
  showWindow();
  render();
}
tokenForm.addEventListener('submit', (e) => {
  e.preventDefault();
  setToken(tokenInput.value.trim());
  tokenInput.value = '';
  banner.hidden = true;
  restart();
});
document.getElementById('token-clear').addEventListener('click', () => {
  setToken('');
  restart();
});
onAuthError(() => {
  clear(banner).append(h('strong', {}, 'Your token has expired or is invalid.'), ' Enter a new one in the API token box above. ',
    h('button', { type: 'button', onclick: () => tokenInput.focus() }, 'Enter a new token'));
  banner.hidden = false;
});

// The window every view asks for.
const windowForm = document.getElementById('window-form');
async function showWindow() {
  const w = await getWindow();
  windowForm.since.value = w.since;
  windowForm.until.value = w.until;
  document.getElementById('window-note').textContent = w.chosen ? '' : '(the 180 days up to the newest chat)';
}
windowForm.addEventListener('submit', (e) => {
  e.preventDefault();
  if (windowForm.since.value >= windowForm.until.value) {
    document.getElementById('window-note').textContent = 'The start must be before the end.';
    return;
  }
  setWindow(windowForm.since.value, windowForm.until.value);
  showWindow();
  render();
});

window.addEventListener('hashchange', () => { render(); main.focus({ preventScroll: true }); });
// The start-up request (who, and the newest chat) goes out beside the
// view's first requests: render at once, the views wait for the window
// only where they need it.
restart();
