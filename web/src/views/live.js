import { h, clear, fmt } from '../dom.js';
import { stream, AuthError, ForbiddenError } from '../api.js';
import { panel, stat, empty, explain } from '../ui.js';
import { swatch } from '../charts.js';

/**
 * #/live/CHAT : a chat as it happens, for its hosts (the community's
 * coordinator, an admin). The server pushes the chat (GET /live/CHAT,
 * server-sent events) each time the graph takes in a new post: the page
 * asks once and listens, it never polls.
 */
export function live(main, id) {
  main.append(h('h1', {}, `Live: chat ${id}`),
    explain('Waiting: everyone whose posts in this chat no one has answered yet, newcomers (their first chat in this community) first. ',
      'Suggested welcomers are in the chat now: other professions first, then those who answer others most. Copy a reply, post it, and the person leaves the list when the answer arrives.'));
  const grid = h('div', { className: 'grid' });
  main.append(grid);
  const stop = new AbortController();
  const timers = [];
  main.leave = () => { stop.abort(); timers.forEach(clearInterval); };

  panel(grid, 'The chat now', () => new Promise((resolve, reject) => {
    const status = h('p', { role: 'status', className: 'muted', 'data-testid': 'live-status' }, 'Connecting…');
    const body = h('div', {});
    const root = h('div', { className: 'live', 'data-testid': 'live' }, status, body);
    let shown = false;
    let received = 0; // when the last answer came (page clock)
    let last = null;
    const redraw = () => { if (last) draw(body, last, (Date.now() - received) / 1000); };
    timers.push(setInterval(redraw, 1000));
    const follow = async () => {
      for (let attempt = 0; !stop.signal.aborted; attempt++) {
        try {
          await stream(`/live/${encodeURIComponent(id)}`, (name, data) => {
            if (name !== 'chat') return;
            last = JSON.parse(data);
            received = Date.now();
            attempt = 0;
            document.querySelector('h1').textContent = `Live: ${last.chat.topic || last.chat.hashtag || id}`;
            status.textContent = `Live · updated ${fmt.time(last.at)} UTC`;
            root.dataset.version = last.version;
            redraw();
            if (!shown) { shown = true; resolve(root); }
          }, { signal: stop.signal });
        } catch (e) {
          if (e.name === 'AbortError') return;
          if (!shown || e instanceof AuthError || e instanceof ForbiddenError) {
            if (!shown) reject(e);
            return;
          }
        }
        if (stop.signal.aborted) return;
        status.textContent = 'The connection dropped; reconnecting…';
        await new Promise((r) => setTimeout(r, Math.min(10000, 1000 * 2 ** attempt)));
      }
    };
    follow();
  }), { id: 'live', wide: true });
}

/** The chat's figures, who waits, and who joined; since is how long ago the answer came. */
function draw(body, c, since) {
  const end = c.chat.endsAt ? new Date(c.chat.endsAt) : null;
  const over = end && Date.now() > end.getTime();
  const tag = hashtag(c.chat);
  // Element.append would write a null as "null": what is not shown is left out.
  clear(body).append(...[
    h('p', {}, `${tag} · ${fmt.dateTime(c.chat.startsAt)}${end ? ` – ${fmt.time(c.chat.endsAt)}` : ''}`,
      c.community ? ` · ${c.community}` : '', over ? ' · over' : ''),
    h('div', { className: 'stats' },
      stat('participants', c.participants, 'live-participants'), stat('posts', c.posts, 'live-posts'),
      stat('posts a minute', fmt.dec(c.postsPerMinute, 1), 'live-rate'), stat('reply rate', fmt.pct(c.replyRate), 'live-reply-rate'),
      stat('answered', fmt.pct(c.answeredShare), 'live-answered')),
    h('h3', {}, `Waiting for an answer (${c.waiting.length})`),
    c.waiting.length
      ? h('ol', { className: 'waiting', 'data-testid': 'waiting' }, c.waiting.map((w) => waiting(w, c, since)))
      : empty('No one is waiting: every post has had an answer.'),
    h('h3', {}, 'Joined'),
    c.joined.length
      ? h('ul', { className: 'joined', 'data-testid': 'joined' }, c.joined.slice(0, 30).map((p) => h('li', { 'data-id': p.id, 'data-handle': p.handle },
        `${p.joined ? fmt.time(p.joined) : ''} `, h('strong', {}, p.name || p.handle || p.id), ' ', swatch(p.profession), ` ${p.profession}`,
        p.newcomer ? [' ', h('span', { className: 'flag' }, 'newcomer')] : null)))
      : empty('No one has posted yet.'),
    c.joined.length > 30 ? explain(`and ${c.joined.length - 30} more.`) : null,
    explain('Posts a minute: the chat\'s posts since it started. Reply rate: the share of posts that answer another post. Answered: the share of participants who got a reply or mention.'),
  ].filter(Boolean));
}

/** The chat's hashtag as people write it. */
function hashtag(chat) {
  return chat.hashtag ? `#${chat.hashtag.replace(/^#/, '')}` : '';
}

function waited(seconds) {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min ${s % 60} s`;
  return `${Math.floor(s / 3600)} h ${Math.floor((s % 3600) / 60)} min`;
}

function waiting(w, c, since) {
  const who = w.name || w.handle || w.id;
  const text = reply(w, c);
  const area = h('textarea', { readonly: true, rows: 3, className: 'note', 'aria-label': `A reply to ${who}` });
  area.value = text;
  const state = h('span', { role: 'status', className: 'muted' });
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(area.value);
      state.textContent = 'Copied.';
    } catch {
      area.focus();
      area.select();
      state.textContent = 'Selected: press Ctrl+C (⌘C) to copy.';
    }
  };
  return h('li', { className: 'report waiting-entry', 'data-id': w.id, 'data-handle': w.handle, 'data-newcomer': String(w.newcomer) },
    h('div', { className: 'report-head' }, h('h4', {}, who),
      h('span', { className: 'muted' }, `${w.handle || ''} · `, swatch(w.profession), ` ${w.profession}`),
      w.newcomer ? h('span', { className: 'flag', title: 'their first chat in this community' }, 'newcomer') : null),
    h('p', { 'data-testid': 'waited' }, `Waiting ${waited(w.waitingFor + since)} · ${w.posts} post${w.posts === 1 ? '' : 's'}, no answer yet`),
    w.welcomers.length
      ? h('p', {}, 'Could welcome them: ', w.welcomers.map((x, i) => [i ? ', ' : '', h('strong', {}, x.name || x.handle || x.id), ` (${x.profession}${x.answers ? `, ${x.answers} answer${x.answers === 1 ? '' : 's'}` : ''})`]))
      : h('p', { className: 'muted' }, 'No one in the chat to suggest yet.'),
    area, h('button', { type: 'button', onclick: copy }, 'Copy reply'), ' ', state);
}

/** A reply a host can post, from what the server said only. */
export function reply(w, c) {
  const tag = c.chat.hashtag ? ` ${hashtag(c.chat)}` : '';
  const name = w.name ? `, ${w.name.split(' ')[0]}` : '';
  const at = (p) => (p.handle ? `@${p.handle.replace(/^@/, '').replace(/^[a-z]+:/, '')}` : p.name);
  const friends = w.welcomers.slice(0, 2).map(at).filter(Boolean);
  return `${at(w) || ''} ${w.newcomer ? 'Welcome' : 'Thanks for joining in'}${name}! Great to have a ${w.profession === 'unknown' ? 'new voice' : w.profession} here.` +
    (friends.length ? ` ${friends.join(' and ')}, what do you think?` : '') + tag;
}
