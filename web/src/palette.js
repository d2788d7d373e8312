// Professions: each of the 13 canonical professions has its own colour and
// its own shape, everywhere one is drawn (swatches, the ego network, the
// conversation network), and its name beside it, so colour is never the
// only cue. The colours are the Okabe–Ito palette (distinguishable with the
// common colour-vision deficiencies) and five of Paul Tol's muted colours
// for the rest; the shapes differ in outline, not only in size.

// A shape is a polygon of unit circumradius, y pointing down (as SVG and
// cytoscape draw), or null for a circle.
const regular = (n, start = -90, r = 1) => Array.from({ length: n }, (_, k) => {
  const a = ((start + (360 * k) / n) * Math.PI) / 180;
  return [r * Math.cos(a), r * Math.sin(a)];
});
const star = () => Array.from({ length: 10 }, (_, k) => {
  const a = ((-90 + 36 * k) * Math.PI) / 180;
  const r = k % 2 ? 0.45 : 1;
  return [r * Math.cos(a), r * Math.sin(a)];
});
const plus = (w = 0.32) => [[-w, -1], [w, -1], [w, -w], [1, -w], [1, w], [w, w], [w, 1], [-w, 1], [-w, w], [-1, w], [-1, -w], [-w, -w]];
const rotate = (pts, deg) => {
  const a = (deg * Math.PI) / 180;
  return pts.map(([x, y]) => [x * Math.cos(a) - y * Math.sin(a), x * Math.sin(a) + y * Math.cos(a)]);
};
const dome = () => [...Array.from({ length: 9 }, (_, k) => {
  const a = Math.PI + (Math.PI * k) / 8;
  return [Math.cos(a), 0.35 + Math.sin(a)];
}), [1, 0.6], [-1, 0.6]];

export const SHAPES = {
  circle: null,
  square: [[-0.8, -0.8], [0.8, -0.8], [0.8, 0.8], [-0.8, 0.8]],
  triangle: regular(3, -90),
  diamond: [[0, -1], [1, 0], [0, 1], [-1, 0]],
  'triangle-down': regular(3, 90),
  pentagon: regular(5, -90),
  hexagon: regular(6, 0),
  star: star(),
  plus: plus(),
  cross: rotate(plus(0.28), 45),
  bowtie: [[-1, -0.8], [0, -0.12], [1, -0.8], [1, 0.8], [0, 0.12], [-1, 0.8]],
  bar: [[-1, -0.5], [1, -0.5], [1, 0.5], [-1, 0.5]],
  dome: dome(),
};

// A fixed assignment so that a profession keeps its colour and shape on
// every page. Withheld is how a profession the caller may not see is drawn.
const STYLES = {
  nurse: ['#0072B2', 'circle'],
  pharmacist: ['#E69F00', 'square'],
  doctor: ['#D55E00', 'triangle'],
  midwife: ['#CC79A7', 'diamond'],
  'allied health professional': ['#009E73', 'triangle-down'],
  'patient/carer/public': ['#F0E442', 'star'],
  'commissioner/manager': ['#56B4E9', 'pentagon'],
  student: ['#882255', 'hexagon'],
  'pharmacy technician': ['#999933', 'plus'],
  'healthcare scientist': ['#332288', 'cross'],
  paramedic: ['#44AA99', 'bowtie'],
  organisation: ['#000000', 'bar'],
  unknown: ['#BBBBBB', 'dome'],
};
const WITHHELD = ['#FFFFFF', 'circle'];

/** The 13 canonical professions, in the order legends list them. */
export const PROFESSIONS = Object.keys(STYLES);

export function professionStyle(name) {
  const [color, shape] = STYLES[name] || (name === 'withheld' ? WITHHELD : STYLES.unknown);
  return { color, shape, points: SHAPES[shape] };
}

/** An SVG path of a shape at (cx, cy) with circumradius r. */
export function shapePath(shape, cx, cy, r) {
  const pts = SHAPES[shape];
  if (!pts) return `M ${cx - r} ${cy} a ${r} ${r} 0 1 0 ${2 * r} 0 a ${r} ${r} 0 1 0 ${-2 * r} 0 Z`;
  return `M ${pts.map(([x, y]) => `${(cx + x * r).toFixed(2)} ${(cy + y * r).toFixed(2)}`).join(' L ')} Z`;
}

// A sequential scale (light to dark blue) readable in greyscale, for the
// heatmap: lightness alone carries the value.
export function sequential(t) {
  const x = Math.max(0, Math.min(1, t));
  const from = [247, 251, 255];
  const to = [8, 48, 107];
  const c = from.map((f, k) => Math.round(f + (to[k] - f) * Math.sqrt(x)));
  return `rgb(${c[0]}, ${c[1]}, ${c[2]})`;
}
export function onSequential(t) { return Math.sqrt(Math.max(0, t)) > 0.55 ? '#fff' : '#000'; }

// Diverging ends for E–I (orange inward, blue outward), Okabe–Ito's pair.
export const INWARD = '#D55E00';
export const OUTWARD = '#0072B2';

// Clusters of the conversation network: colours apart from the professions'
// meaning, cycled (a cluster's number is also shown wherever it is named).
export const CLUSTER_COLOURS = ['#4477AA', '#EE6677', '#228833', '#CCBB44', '#66CCEE', '#AA3377', '#BBBBBB', '#000000',
  '#EE7733', '#0077BB', '#33BBEE', '#EE3377', '#CC3311', '#009988'];
