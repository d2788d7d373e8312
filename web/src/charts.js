// Hand-made SVG charts: few enough kinds that a library would cost more
// than it saves. Every chart has a text alternative (role="img" with a
// label, and the same numbers in a table beside it).
//
// Charts are drawn at the width they are shown at, one SVG unit a CSS
// pixel, so their text is never scaled below 11 px on a phone: fitted()
// measures its box and draws again when it changes. A chart that cannot fit
// (the heatmap's 13 columns) keeps a minimum width and scrolls inside its
// own box, never the page.
import { h, fmt, clear } from './dom.js';
import { sequential, onSequential, INWARD, OUTWARD, professionStyle, shapePath } from './palette.js';

/** The smallest text a chart draws, in CSS pixels. */
export const MIN_TEXT = 11;
const CHAR = 6.4; // average width of an 11 px system-ui character, for laying out labels

/**
 * A box that draws draw(width) at its own width, again when that changes;
 * minWidth keeps a chart readable, scrolling inside the box below it.
 */
export function fitted(draw, { minWidth = 0, className = '' } = {}) {
  const box = h('div', { className: `chart-fit ${className}` });
  let last = -1;
  const redraw = () => {
    const w = Math.floor(box.clientWidth);
    if (!w || w === last) return;
    last = w;
    clear(box).append(draw(Math.max(w, minWidth)));
  };
  new ResizeObserver(() => requestAnimationFrame(redraw)).observe(box);
  return box;
}

const svg = (width, height, label, ...children) =>
  h('svg', { viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', 'aria-label': label }, ...children);
const textWidth = (s) => String(s).length * CHAR;

/** Participants per chat as bars over time, reply rate and answered share as lines (0–100%). */
export function chatTimeline(chats) {
  const pts = [...chats].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  if (!pts.length) return h('p', {}, 'No chats in this window.');
  const draw = (W) => {
    const H = 240, m = { l: 40, r: 44, t: 16, b: 34 };
    const t0 = Date.parse(pts[0].startsAt), t1 = Date.parse(pts[pts.length - 1].startsAt);
    const span = Math.max(t1 - t0, 1);
    // Inset by half a bar so the first and last bars sit inside the axes.
    const inset = 9;
    const xt = (t) => m.l + inset + ((t - t0) / span) * (W - m.l - m.r - 2 * inset);
    const x = (s) => xt(Date.parse(s));
    const maxP = Math.max(1, ...pts.map((c) => c.summary.participants));
    const yP = (v) => H - m.b - (v / maxP) * (H - m.t - m.b);
    const yR = (v) => H - m.b - v * (H - m.t - m.b);
    const bw = Math.max(2, Math.min(14, (W - m.l - m.r) / pts.length - 2));
    const line = (key) => pts.map((c) => `${x(c.startsAt).toFixed(1)},${yR(c.summary[key]).toFixed(1)}`).join(' ');
    // As many month labels as fit without overlapping (about 64 px each).
    const ticks = monthTicks(t0, t1, Math.max(1, Math.floor((W - m.l - m.r) / 64)));
    return svg(W, H, `Participants, reply rate and answered share of ${pts.length} chats`,
      h('line', { x1: m.l, x2: W - m.r, y1: H - m.b, y2: H - m.b, stroke: '#555' }),
      ticks.map((t) => h('text', { x: xt(t), y: H - m.b + 16, 'text-anchor': 'middle', className: 'tick' }, fmt.month(new Date(t).toISOString()))),
      [0, 0.5, 1].map((v) => [
        h('text', { x: m.l - 6, y: yP(v * maxP) + 4, 'text-anchor': 'end', className: 'tick' }, Math.round(v * maxP)),
        h('text', { x: W - m.r + 6, y: yR(v) + 4, className: 'tick' }, `${v * 100}%`),
        h('line', { x1: m.l, x2: W - m.r, y1: yR(v), y2: yR(v), stroke: '#ddd' }),
      ]),
      pts.map((c) => h('rect', { x: x(c.startsAt) - bw / 2, y: yP(c.summary.participants), width: bw, height: H - m.b - yP(c.summary.participants), fill: '#56B4E9' },
        h('title', {}, `${fmt.date(c.startsAt)} ${c.topic}: ${c.summary.participants} participants, reply rate ${fmt.pct(c.summary.replyRate)}, answered ${fmt.pct(c.summary.answeredShare)}`))),
      h('polyline', { points: line('replyRate'), fill: 'none', stroke: '#D55E00', 'stroke-width': 2 }),
      h('polyline', { points: line('answeredShare'), fill: 'none', stroke: '#000', 'stroke-width': 2, 'stroke-dasharray': '5 3' }));
  };
  return h('figure', { className: 'chart' }, fitted(draw, { minWidth: 280 }),
    h('figcaption', { className: 'legend' },
      h('span', { className: 'key bar' }, 'participants (left axis)'),
      h('span', { className: 'key line-rr' }, 'reply rate'),
      h('span', { className: 'key line-as' }, 'answered share (dashed; right axis)')));
}

function monthTicks(t0, t1, most) {
  const out = [];
  const d = new Date(t0);
  let t = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
  while (t <= t1) { out.push(t); const n = new Date(t); t = Date.UTC(n.getUTCFullYear(), n.getUTCMonth() + 1, 1); }
  const step = Math.ceil(out.length / most) || 1;
  return out.filter((_, i) => i % step === 0);
}

/**
 * The profession × profession matrix; value(cell) picks ties or pairs, max
 * is the value the darkest colour stands for (the period's own, or one
 * held fixed across periods).
 */
export function heatmap(professions, cells, value, label, max) {
  const n = professions.length;
  const byPair = new Map(cells.map((c) => [`${c.from}\u0000${c.to}`, c]));
  const top = Math.max(1, max || 0);
  const labelW = Math.ceil(Math.max(...professions.map(textWidth), 40)) + 10;
  const draw = (W) => {
    const cs = Math.max(18, Math.min(44, Math.floor((W - labelW - 12) / Math.max(n, 1))));
    // The column labels stand at 50°: their height is about 0.77 of their length.
    const left = labelW, headH = Math.ceil(labelW * 0.77) + 12;
    const width = left + n * cs + 12, height = headH + n * cs + 10;
    const numbers = cs >= 30;
    return svg(width, height, `${label} from each profession (rows) to each profession (columns); the same numbers are in the table below`,
      professions.map((p, i) => [
        h('text', { x: left - 6, y: headH + i * cs + cs / 2 + 4, 'text-anchor': 'end', className: 'tick' }, p),
        h('text', { x: left + i * cs + cs / 2, y: headH - 6, transform: `rotate(-50 ${left + i * cs + cs / 2} ${headH - 6})`, className: 'tick' }, p),
      ]),
      professions.map((from, i) => professions.map((to, j) => {
        const c = byPair.get(`${from}\u0000${to}`);
        const v = c ? value(c) : 0;
        const shown = v === null || v === undefined ? null : v;
        return h('g', {},
          h('rect', { x: left + j * cs, y: headH + i * cs, width: cs - 1, height: cs - 1,
            fill: shown === null ? '#eee' : sequential(shown / top), stroke: i === j ? '#000' : 'none' },
          h('title', {}, `${from} → ${to}: ${shown === null ? 'suppressed (fewer than k people)' : `${shown} ${label}`}`)),
          numbers && shown ? h('text', { x: left + j * cs + cs / 2, y: headH + i * cs + cs / 2 + 4, 'text-anchor': 'middle', className: 'cell', fill: onSequential(Math.min(1, shown / top)) }, shown) : null);
      })));
  };
  return h('figure', { className: 'chart heatmap' }, fitted(draw, { minWidth: labelW + n * 18 + 12, className: 'scroll-x' }),
    h('figcaption', { className: 'muted' }, 'Rows send, columns receive; darker is more; grey is a cell withheld for counting fewer than k people. Outlined: within one profession.'));
}

/**
 * Horizontal bars, one row each: [{label, value, text, color, shape}], with
 * the value's text at the bar's end. On a narrow box the label goes above
 * its bar. Diverging when from is -1 (E–I).
 */
function rowBars(items, { label, from = 0, to = 1, ticks = null }) {
  const draw = (W) => {
    const widest = Math.max(40, ...items.map((it) => textWidth(it.label) + (it.shape ? 18 : 0)));
    const stacked = W < widest + 220;
    const left = stacked ? 8 : widest + 12, right = 52;
    const rowH = stacked ? 42 : 24, barTop = stacked ? 18 : 3;
    const w = Math.max(60, W - left - right);
    const x = (v) => left + ((v - from) / (to - from)) * w;
    const H = rowH * items.length + (ticks ? 22 : 6);
    return svg(W, H, label,
      from < 0 ? h('line', { x1: x(0), x2: x(0), y1: 0, y2: H - (ticks ? 20 : 0), stroke: '#555' }) : null,
      ticks ? ticks.map(([v, t]) => h('text', { x: x(v), y: H - 4, 'text-anchor': v === from ? 'start' : v === to ? 'end' : 'middle', className: 'tick' }, t)) : null,
      items.map((it, i) => {
        const y = i * rowH;
        const lx = stacked ? left + (it.shape ? 16 : 0) : left - 6;
        return h('g', {},
          it.shape ? h('path', { d: shapePath(it.shape, stacked ? left + 6 : left - 12 - textWidth(it.label) - 2, y + (stacked ? 9 : barTop + 9), 6),
            fill: it.color, stroke: '#333', 'stroke-width': 0.8 }) : null,
          h('text', { x: lx, y: y + (stacked ? 13 : barTop + 13), 'text-anchor': stacked ? 'start' : 'end', className: 'tick' }, it.label),
          it.value === null || it.value === undefined
            ? h('text', { x: x(Math.max(from, 0)) + 4, y: y + barTop + 13, className: 'tick' }, it.text)
            : [h('rect', { x: Math.min(x(Math.max(from, 0)), x(it.value)), y: y + barTop, width: Math.max(1, Math.abs(x(it.value) - x(Math.max(from, 0)))), height: 18,
              fill: it.color || '#0072B2', stroke: '#333', 'stroke-width': 0.5 }, h('title', {}, `${it.label}: ${it.text}`)),
            h('text', { x: it.value >= 0 ? x(it.value) + 4 : x(it.value) - 4, y: y + barTop + 13, 'text-anchor': it.value >= 0 ? 'start' : 'end', className: 'tick' }, it.text)]);
      }));
  };
  return h('figure', { className: 'chart' }, fitted(draw, { minWidth: 260 }));
}

/** E–I index per profession as diverging bars from −1 (all within) to +1 (all across). */
export function eiBars(rows) {
  return rowBars(rows.map((r) => ({ label: r.profession, value: r.eiIndex,
    text: r.eiIndex === null ? (r.suppressed ? 'withheld (fewer than k people)' : 'no ties') : fmt.dec(r.eiIndex),
    color: r.eiIndex >= 0 ? OUTWARD : INWARD })),
  { label: 'E–I index per profession, from −1 (ties only within the profession) to +1 (only across)', from: -1, to: 1,
    ticks: [[-1, '−1 within'], [0, '0'], [1, '+1 across']] });
}

/** Horizontal bars with their numbers: [{label, value, color?, shape?}]. */
export function bars(items, { label, format = (v) => v } = {}) {
  const max = Math.max(1, ...items.map((i) => i.value || 0));
  return rowBars(items.map((it) => ({ ...it, text: it.value === null || it.value === undefined ? 'withheld' : format(it.value) })),
    { label, from: 0, to: max });
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

/** A profession's colour and shape, as a small inline SVG beside its name. */
export function swatch(profession, { shapeOnly = false } = {}) {
  const s = professionStyle(profession);
  return h('svg', { className: 'swatch', viewBox: '-1.2 -1.2 2.4 2.4', width: 14, height: 14, 'aria-hidden': 'true', 'data-shape': s.shape },
    h('path', { d: shapePath(s.shape, 0, 0, 1), fill: shapeOnly ? '#888' : s.color, stroke: '#333', 'stroke-width': 0.15,
      'stroke-dasharray': profession === 'withheld' ? '0.3 0.2' : null }));
}

/** The legend of professions present: swatch, name (shapes alone where colour means something else). */
export function professionLegend(professions, opts) {
  return h('ul', { className: 'legend-list', 'aria-label': 'Professions' },
    professions.map((p) => h('li', {}, swatch(p, opts), ` ${p}`)));
}
