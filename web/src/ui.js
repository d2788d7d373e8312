// Panels: a titled section that shows a loading state, then what its loader
// built, or an error that says what happened in the user's words. A panel's
// failure is its own: the rest of the page goes on working.
import { h, clear } from './dom.js';
import { AuthError, ForbiddenError, nestedForbidden } from './api.js';

export function panel(parent, title, load, { id, wide } = {}) {
  const body = h('div', { className: 'panel-body', 'aria-busy': 'true' }, h('p', { className: 'loading' }, 'Loading…'));
  const headingId = `h-${id || title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  const section = h('section', { className: wide ? 'panel wide' : 'panel', 'aria-labelledby': headingId, 'data-panel': id || '' },
    h('h2', { id: headingId }, title), body);
  parent.appendChild(section);
  const run = async () => {
    try {
      const node = await load();
      clear(body).append(node);
      section.dataset.state = 'ready';
    } catch (e) {
      if (e.name === 'AbortError') return;
      clear(body).append(errorBox(e));
      section.dataset.state = e instanceof ForbiddenError ? 'forbidden' : 'error';
    } finally {
      body.removeAttribute('aria-busy');
    }
  };
  section.loaded = run();
  return section;
}

export function errorBox(e) {
  if (e instanceof ForbiddenError) {
    return h('div', { className: 'error forbidden', role: 'alert' }, h('strong', {}, 'Your role cannot see this view.'),
      ' Ask an administrator for a token whose role may see it (README: Who may see what).');
  }
  if (e instanceof AuthError) {
    return h('div', { className: 'error', role: 'alert' }, h('strong', {}, 'Your token has expired or is invalid.'), ' ',
      h('button', { type: 'button', onclick: () => document.getElementById('token').focus() }, 'Enter a new token'));
  }
  return h('div', { className: 'error', role: 'alert' }, h('strong', {}, 'Could not load this: '), e.message || String(e));
}

export function empty(text) { return h('p', { className: 'empty' }, text); }

/**
 * A table from rows; columns are [heading, row => cell content, {num}]. On a
 * narrow screen each row becomes a card whose cells carry their heading
 * (data-label, shown by the style sheet), so no number column falls off the
 * screen.
 */
export function table(rows, columns, { caption, className } = {}) {
  return h('div', { className: 'table-wrap' }, h('table', { className: `cards ${className || ''}` },
    caption ? h('caption', {}, caption) : null,
    h('thead', {}, h('tr', {}, columns.map(([head, , o]) => h('th', { scope: 'col', className: o && o.num ? 'num' : '' }, head)))),
    h('tbody', {}, rows.map((r) => h('tr', {}, columns.map(([head, cell, o]) =>
      h('td', { className: o && o.num ? 'num' : '', 'data-label': typeof head === 'string' ? head : '' }, cell(r))))))));
}

export function stat(label, value, testid, note) {
  return h('div', { className: 'stat', 'data-testid': testid || null }, h('span', { className: 'stat-value' }, value),
    h('span', { className: 'stat-label' }, label), note ? h('span', { className: 'stat-note' }, note) : null);
}

/** A short explanation beside a figure: a visible line, so that touch screens and screen readers get it too. */
export function explain(...text) {
  return h('p', { className: 'explain' }, ...text);
}

/** A line saying that the API withheld parts of a field's answer from this role, or nothing. */
export function withheldNote(answer, name) {
  return nestedForbidden(answer, name)
    ? h('p', { className: 'explain withheld-note', 'data-testid': 'withheld-note' }, 'Some names and details here are withheld from your role; they are marked ',
      h('span', { className: 'withheld' }, 'withheld'), '.')
    : null;
}

/**
 * A community picker for views that ask about one community or all: a
 * coordinator may ask only about their own, so they get only those.
 */
export function communityPicker(id, current, v, communities, go) {
  const own = v.role === 'COORDINATOR';
  const names = own ? v.communities : communities.map((c) => c.name);
  return [h('label', { for: id }, 'Community '),
    h('select', { id, onchange: (e) => go(e.target.value) },
      own ? null : h('option', { value: '' }, 'all communities'),
      names.map((n) => h('option', { value: n, selected: n === current }, n)))];
}
