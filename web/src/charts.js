// Hand-made SVG charts: few enough kinds that a library would cost more
// than it saves. Every chart has a text alternative (role="img" with a
// label, and the same numbers in a table beside it).
import { h, fmt } from './dom.js';
import { sequential, onSequential, INWARD, OUTWARD, professionStyle } from './palette.js';

const W = 640;

/** Participants per chat as bars over time, reply rate and answered share as lines (0–100%). */
export function chatTimeline(chats) {
  const H = 240, m = { l: 40, r: 44, t: 16, b: 34 };
  const pts = [...chats].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  if (!pts.length) return h('p', {}, 'No chats in this window.');
  const t0 = Date.parse(pts[0].startsAt), t1 = Date.parse(pts[pts.length - 1].startsAt);
  const span = Math.max(t1 - t0, 1);
  // Inset by half a bar so the first and last bars sit inside the axes.
  const inset = 9;
  const x = (s) => m.l + inset + ((Date.parse(s) - t0) / span) * (W - m.l - m.r - 2 * inset);
  const maxP = Math.max(1, ...pts.map((c) => c.summary.participants));
  const yP = (v) => H - m.b - (v / maxP) * (H - m.t - m.b);
  const yR = (v) => H - m.b - v * (H - m.t - m.b);
  const bw = Math.max(2, Math.min(14, (W - m.l - m.r) / pts.length - 2));
  const line = (key) => pts.map((c) => `${x(c.startsAt).toFixed(1)},${yR(c.summary[key]).toFixed(1)}`).join(' ');
  const ticks = monthTicks(t0, t1);
  return h('figure', { className: 'chart' },
    h('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': `Participants, reply rate and answered share of ${pts.length} chats` },
      h('line', { x1: m.l, x2: W - m.r, y1: H - m.b, y2: H - m.b, stroke: '#555' }),
      ticks.map((t) => {
        const tx = m.l + inset + ((t - t0) / span) * (W - m.l - m.r - 2 * inset);
        return h('text', { x: tx, y: H - m.b + 16, 'text-anchor': 'middle', className: 'tick' }, fmt.month(new Date(t).toISOString()));
      }),
      [0, 0.5, 1].map((v) => [
        h('text', { x: m.l - 6, y: yP(v * maxP) + 4, 'text-anchor': 'end', className: 'tick' }, Math.round(v * maxP)),
        h('text', { x: W - m.r + 6, y: yR(v) + 4, className: 'tick' }, `${v * 100}%`),
        h('line', { x1: m.l, x2: W - m.r, y1: yR(v), y2: yR(v), stroke: '#ddd' }),
      ]),
      pts.map((c) => h('rect', { x: x(c.startsAt) - bw / 2, y: yP(c.summary.participants), width: bw, height: H - m.b - yP(c.summary.participants), fill: '#56B4E9' },
        h('title', {}, `${fmt.date(c.startsAt)} ${c.topic}: ${c.summary.participants} participants, reply rate ${fmt.pct(c.summary.replyRate)}, answered ${fmt.pct(c.summary.answeredShare)}`))),
      h('polyline', { points: line('replyRate'), fill: 'none', stroke: '#D55E00', 'stroke-width': 2 }),
      h('polyline', { points: line('answeredShare'), fill: 'none', stroke: '#000', 'stroke-width': 2, 'stroke-dasharray': '5 3' })),
    h('figcaption', { className: 'legend' },
      h('span', { className: 'key bar' }, 'participants (left axis)'),
      h('span', { className: 'key line-rr' }, 'reply rate'),
      h('span', { className: 'key line-as' }, 'answered share (dashed; right axis)')));
}

function monthTicks(t0, t1) {
  const out = [];
  const d = new Date(t0);
  let t = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
  while (t <= t1) { out.push(t); const n = new Date(t); t = Date.UTC(n.getUTCFullYear(), n.getUTCMonth() + 1, 1); }
  const step = Math.ceil(out.length / 8) || 1;
  return out.filter((_, i) => i % step === 0);
}

/** The profession × profession matrix; value(cell) picks ties or pairs. */
export function heatmap(professions, cells, value, label) {
  const n = professions.length;
  const cs = Math.max(26, Math.min(44, Math.floor(480 / Math.max(n, 1))));
  const left = 170, top = 150;
  const byPair = new Map(cells.map((c) => [`${c.from}\u0000${c.to}`, c]));
  const max = Math.max(1, ...cells.map(value));
  const width = left + n * cs + 10, height = top + n * cs + 10;
  return h('figure', { className: 'chart heatmap' },
    h('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': `${label} from each profession (rows) to each profession (columns); the same numbers are in the table below` },
      professions.map((p, i) => [
        h('text', { x: left - 6, y: top + i * cs + cs / 2 + 4, 'text-anchor': 'end', className: 'tick' }, p),
        h('text', { x: left + i * cs + cs / 2, y: top - 6, transform: `rotate(-50 ${left + i * cs + cs / 2} ${top - 6})`, className: 'tick' }, p),
      ]),
      professions.map((from, i) => professions.map((to, j) => {
        const c = byPair.get(`${from}\u0000${to}`);
        const v = c ? value(c) : 0;
        return h('g', {},
          h('rect', { x: left + j * cs, y: top + i * cs, width: cs - 1, height: cs - 1, fill: sequential(v / max), stroke: i === j ? '#000' : 'none' },
            h('title', {}, `${from} → ${to}: ${v} ${label}`)),
          v ? h('text', { x: left + j * cs + cs / 2, y: top + i * cs + cs / 2 + 4, 'text-anchor': 'middle', className: 'cell', fill: onSequential(v / max) }, v) : null);
      }))),
    h('figcaption', { className: 'muted' }, `Rows send, columns receive; darker is more. Outlined: within one profession.`));
}

/** E–I index per profession as diverging bars from −1 (all within) to +1 (all across). */
export function eiBars(rows) {
  const H = 24 * rows.length + 30, left = 190, w = 360;
  const x = (v) => left + ((v + 1) / 2) * w;
  return h('figure', { className: 'chart' },
    h('svg', { viewBox: `0 0 ${left + w + 60} ${H}`, role: 'img', 'aria-label': 'E–I index per profession, from −1 (ties only within the profession) to +1 (only across)' },
      h('line', { x1: x(0), x2: x(0), y1: 0, y2: H - 20, stroke: '#555' }),
      [-1, 0, 1].map((v) => h('text', { x: x(v), y: H - 4, 'text-anchor': 'middle', className: 'tick' }, v > 0 ? '+1 across' : v < 0 ? '−1 within' : '0')),
      rows.map((r, i) => {
        const y = 4 + i * 24;
        const v = r.eiIndex;
        return h('g', {},
          h('text', { x: left - 6, y: y + 14, 'text-anchor': 'end', className: 'tick' }, r.profession),
          v === null ? h('text', { x: x(0) + 4, y: y + 14, className: 'tick' }, 'no ties')
            : h('rect', { x: Math.min(x(0), x(v)), y, width: Math.max(1, Math.abs(x(v) - x(0))), height: 18, fill: v >= 0 ? OUTWARD : INWARD },
              h('title', {}, `${r.profession}: E–I ${fmt.dec(v)} (${r.external} across, ${r.internal} within)`)),
          v === null ? null : h('text', { x: v >= 0 ? x(v) + 4 : x(v) - 4, y: y + 14, 'text-anchor': v >= 0 ? 'start' : 'end', className: 'tick' }, fmt.dec(v)));
      })));
}

/** Horizontal bars with their numbers: [{label, value, color?}]. */
export function bars(items, { label, format = (v) => v } = {}) {
  const H = 24 * items.length + 6, left = 190, w = 340;
  const max = Math.max(1, ...items.map((i) => i.value));
  return h('figure', { className: 'chart' },
    h('svg', { viewBox: `0 0 ${left + w + 70} ${H}`, role: 'img', 'aria-label': label },
      items.map((it, i) => {
        const y = 3 + i * 24;
        return h('g', {},
          h('text', { x: left - 6, y: y + 14, 'text-anchor': 'end', className: 'tick' }, it.label),
          h('rect', { x: left, y, width: Math.max(1, (it.value / max) * w), height: 18, fill: it.color || '#0072B2', stroke: '#333', 'stroke-width': 0.5 }),
          h('text', { x: left + (it.value / max) * w + 4, y: y + 14, className: 'tick' }, format(it.value)));
      })));
}

/** The chat's top terms, sized by count, in a plain wrapping list (readable by a screen reader as a list). */
export function wordCloud(terms) {
  const max = Math.max(1, ...terms.map((t) => t.count));
  const min = Math.min(...terms.map((t) => t.count));
  const colours = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#000000'];
  // Alphabetical placement keeps the cloud stable; size carries the count.
  const sorted = [...terms].sort((a, b) => a.term.localeCompare(b.term));
  return h('ul', { className: 'cloud', 'aria-label': 'Most used words, larger is more often' },
    sorted.map((t, i) => {
      const k = max === min ? 0.5 : (t.count - min) / (max - min);
      return h('li', { style: { fontSize: `${(0.85 + 1.9 * k).toFixed(2)}rem`, color: colours[i % colours.length] }, title: `${t.term}: ${t.count}` },
        t.term, h('span', { className: 'sr-only' }, ` (${t.count})`));
    }));
}

export function swatch(profession) {
  const s = professionStyle(profession);
  return h('span', { className: 'swatch', style: { background: s.color }, 'aria-hidden': 'true' });
}
