// A tiny DOM builder. Everything from the API goes in as text nodes, never
// as HTML, and styles are set through the CSSOM: the page's CSP allows no
// inline style attributes.

export function h(tag, attrs, ...children) {
  const svg = SVG_TAGS.has(tag);
  const el = svg ? document.createElementNS('http://www.w3.org/2000/svg', tag) : document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'style') Object.assign(el.style, v);
    else if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else if (k === 'dataset') Object.assign(el.dataset, v);
    else if (k === 'text') el.textContent = v;
    else if (k === 'className') el.setAttribute('class', v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) append(el, c);
    else if (c instanceof Node) el.appendChild(c);
    else el.appendChild(document.createTextNode(String(c)));
  }
}

const SVG_TAGS = new Set(['svg', 'g', 'rect', 'line', 'path', 'text', 'circle', 'title', 'polyline', 'tspan', 'polygon']);

export function clear(el) { while (el.firstChild) el.removeChild(el.firstChild); return el; }

export const fmt = {
  pct: (x) => (x === null || x === undefined ? '–' : `${Math.round(x * 100)}%`),
  num: (x) => (x === null || x === undefined ? '–' : Number(x).toLocaleString('en-GB')),
  dec: (x, d = 2) => (x === null || x === undefined ? '–' : Number(x).toFixed(d)),
  date: (s) => (s ? new Date(s).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }) : '–'),
  dateTime: (s) => (s ? new Date(s).toLocaleString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'UTC' }) + ' UTC' : '–'),
  time: (s) => new Date(s).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: 'UTC' }),
  month: (s) => new Date(s).toLocaleDateString('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' }),
};

/** A value the API withheld from this role (a FORBIDDEN field), marked where it would be. */
export function withheld(what = 'withheld') {
  return h('span', { className: 'withheld', title: 'Your role may not see this (README: Who may see what)' }, what);
}

/** A professional's handle, or their id (a researcher's pseudonym) when accounts are withheld. */
export function handleOf(p) {
  return (p.accounts && p.accounts[0] && p.accounts[0].key) || p.id || null;
}

/** A professional's name as text: 'withheld' when the API withheld it. */
export function nameOf(p) {
  return p && p.name !== null && p.name !== undefined ? p.name : 'withheld';
}

/** The primary profession, 'withheld' when the API withheld professions. */
export function professionOf(p) {
  if (!p || p.professions === null || p.professions === undefined) return 'withheld';
  return (p.professions[0] && p.professions[0].profession) || 'unknown';
}

/**
 * A professional's name, linked to their member page when the caller may
 * open it (admins; a coordinator for members whose details they see; a
 * member for themself), marked withheld when the name is.
 */
export function memberLink(p, viewer) {
  if (p.name === null || p.name === undefined) return withheld();
  const handle = p.accounts && p.accounts[0] && p.accounts[0].key;
  const may = handle && viewer && (viewer.role === 'ADMIN' || viewer.role === 'COORDINATOR' ||
    (viewer.role === 'MEMBER' && p.id === viewer.professional));
  return may ? h('a', { href: `#/member/${encodeURIComponent(handle)}` }, p.name) : h('span', {}, p.name);
}
