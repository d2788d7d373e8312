// Professions in the Okabe–Ito palette, which stays distinguishable for the
// common colour-vision deficiencies; a shape per profession in the graph and
// the name beside every colour mean colour is never the only cue.

const OKABE_ITO = ['#E69F00', '#56B4E9', '#009E73', '#F0E442', '#0072B2', '#D55E00', '#CC79A7', '#000000'];
const SHAPES = ['ellipse', 'round-rectangle', 'triangle', 'diamond', 'hexagon', 'star', 'vee', 'octagon'];

// A fixed order so that a profession keeps its colour on every page.
const KNOWN = ['nurse', 'pharmacist', 'doctor', 'midwife', 'allied health professional', 'patient/carer/public',
  'commissioner/manager', 'student', 'pharmacy technician', 'healthcare scientist', 'paramedic', 'organisation', 'unknown'];

export function professionStyle(name) {
  let i = KNOWN.indexOf(name);
  if (i < 0) i = [...(name || '')].reduce((a, c) => a + c.charCodeAt(0), 0);
  return {
    color: OKABE_ITO[i % OKABE_ITO.length],
    shape: SHAPES[Math.floor(i / OKABE_ITO.length + i) % SHAPES.length],
    // Text on the colour: the palette's dark entries need white.
    text: ['#0072B2', '#000000', '#D55E00', '#009E73', '#CC79A7'].includes(OKABE_ITO[i % OKABE_ITO.length]) ? '#fff' : '#000',
  };
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
