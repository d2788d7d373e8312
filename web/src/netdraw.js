// Drawing a whole conversation network with sigma.js (WebGL) and graphology,
// loaded only by the network view (a chunk of its own: the view imports this
// module dynamically).
//
// Why sigma and not cytoscape (which draws the ego network): cytoscape's
// default renderer paints every node and edge on a 2D canvas on the CPU at
// each frame, and its WebGL mode is experimental, where sigma is built to
// draw thousands of nodes and ties (every community together) with WebGL;
// its version 4 draws node shapes as signed-distance fields, so each
// profession keeps its own shape here too.
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import Sigma, { DEFAULT_STYLES } from 'sigma';
import { sdfCircle, layerFill } from 'sigma/rendering';
import { SHAPES } from './palette.js';

/** The shape's name in GLSL (and sigma's registry): letters, digits, underscores. */
export const shapeName = (shape) => (SHAPES[shape] ? `pg_${shape.replace(/[^a-z0-9]/g, '_')}` : 'circle');

// The professions' shapes (palette.js draws them as polygons) as analytic
// signed-distance functions, after Inigo Quilez's 2D distance functions, in
// a unit of the node's size, y up. Analytic rather than one generic polygon
// loop: a shader with thirteen unrolled loops took seconds to compile in a
// software renderer. [body, inradius / circumradius]
const GLSL = {
  square: ['vec2 d = abs(p) - vec2(0.75); return length(max(d, 0.0)) + min(max(d.x, d.y), 0.0);', 0.707],
  bar: ['vec2 d = abs(p) - vec2(1.0, 0.5); return length(max(d, 0.0)) + min(max(d.x, d.y), 0.0);', 0.45],
  diamond: [`vec2 b = vec2(1.0); p = abs(p);
  float h = clamp(((b.x - 2.0 * p.x) * b.x - (b.y - 2.0 * p.y) * b.y) / dot(b, b), -1.0, 1.0);
  return length(p - 0.5 * b * vec2(1.0 - h, 1.0 + h)) * sign(p.x * b.y + p.y * b.x - b.x * b.y);`, 0.707],
  triangle: ['return pgTriangle(p);', 0.5],
  'triangle-down': ['return pgTriangle(vec2(p.x, -p.y));', 0.5],
  pentagon: [`p.y = -p.y; const vec3 k = vec3(0.809016994, 0.587785252, 0.726542528); float r = 0.809016994;
  p.x = abs(p.x);
  p -= 2.0 * min(dot(vec2(-k.x, k.y), p), 0.0) * vec2(-k.x, k.y);
  p -= 2.0 * min(dot(vec2(k.x, k.y), p), 0.0) * vec2(k.x, k.y);
  p -= vec2(clamp(p.x, -r * k.z, r * k.z), r);
  return length(p) * sign(p.y);`, 0.809],
  hexagon: [`const vec3 k = vec3(-0.866025404, 0.5, 0.577350269); float r = 0.866025404;
  p = abs(p);
  p -= 2.0 * min(dot(k.xy, p), 0.0) * k.xy;
  p -= vec2(clamp(p.x, -k.z * r, k.z * r), r);
  return length(p) * sign(p.y);`, 0.866],
  star: [`const vec2 k1 = vec2(0.809016994375, -0.587785252292); const vec2 k2 = vec2(-k1.x, k1.y); float rf = 0.45;
  p.x = abs(p.x);
  p -= 2.0 * max(dot(k1, p), 0.0) * k1;
  p -= 2.0 * max(dot(k2, p), 0.0) * k2;
  p.x = abs(p.x);
  p.y -= 1.0;
  vec2 ba = rf * vec2(-k1.y, k1.x) - vec2(0.0, 1.0);
  float h = clamp(dot(p, ba) / dot(ba, ba), 0.0, 1.0);
  return length(p - ba * h) * sign(p.y * ba.x - p.x * ba.y);`, 0.4],
  plus: ['return pgCross(p, vec2(1.0, 0.32));', 0.32],
  cross: ['p = mat2(0.70710678, -0.70710678, 0.70710678, 0.70710678) * p; return pgCross(p, vec2(1.0, 0.28));', 0.28],
  bowtie: [`vec2 q = vec2(0.8, 1.0); p = vec2(p.y, abs(p.x));
  p.x = abs(p.x);
  vec2 a = p - q * clamp(dot(p, q) / dot(q, q), 0.0, 1.0);
  vec2 b = p - q * vec2(clamp(p.x / q.x, 0.0, 1.0), 1.0);
  vec2 d = min(vec2(dot(a, a), -(p.x * q.y - p.y * q.x)), vec2(dot(b, b), -(p.y - q.y)));
  return -sqrt(d.x) * sign(d.y);`, 0.3],
  dome: [`vec2 q = p - vec2(0.0, -0.35);
  float top = max(length(q) - 1.0, -q.y);
  vec2 d = abs(p - vec2(0.0, -0.475)) - vec2(1.0, 0.125);
  return min(top, length(max(d, 0.0)) + min(max(d.x, d.y), 0.0));`, 0.5],
};

// Shared by the triangles and the crosses.
const HELPERS = `
float pgTriangle(vec2 p) {
  const float k = sqrt(3.0); float r = 0.866025404;
  p.x = abs(p.x) - r;
  p.y = p.y + r / k;
  if (p.x + k * p.y > 0.0) p = vec2(p.x - k * p.y, -k * p.x - p.y) / 2.0;
  p.x -= clamp(p.x, -2.0 * r, 0.0);
  return -length(p) * sign(p.y);
}
float pgCross(vec2 p, vec2 b) {
  p = abs(p); p = (p.y > p.x) ? p.yx : p.xy;
  vec2 q = p - b;
  float k = max(q.y, q.x);
  vec2 w = (k > 0.0) ? q : vec2(b.y - p.x, -k);
  return sign(k) * length(max(w, 0.0));
}
`;

function analyticShape(shape, i) {
  const name = shapeName(shape);
  const [body, inradiusFactor] = GLSL[shape];
  return { name, inradiusFactor, glsl: `${i === 0 ? HELPERS : ''}
float unit_${name}(vec2 p) {
  ${body}
}
float sdf_${name}(vec2 uv, float size) {
  return unit_${name}(uv / size) * size;
}
` };
}

/** A small seeded random generator, so that a network is laid out the same way each time. */
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6D2B79F5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A graphology graph of the API's network: nodes keyed by index, with
 * attributes given by attrs(node, i); ties undirected with their acts.
 */
export function buildGraph(net, attrs) {
  const g = new Graph({ type: 'undirected', multi: false });
  const rnd = mulberry32(net.nodes.length * 7919 + net.ties.length);
  net.nodes.forEach((n, i) => g.addNode(String(i), { x: rnd() * 100, y: rnd() * 100, ...attrs(n, i) }));
  const maxActs = Math.max(1, ...net.ties.map((t) => t.acts));
  for (const t of net.ties) {
    g.addEdge(String(t.source), String(t.target), { acts: t.acts, size: 0.4 + 2 * Math.sqrt(t.acts / maxActs), color: '#c8c8c8' });
  }
  return g;
}

/**
 * ForceAtlas2 (Gephi's layout) in slices of iterations between animation
 * frames, so that the page stays responsive while a large network settles;
 * onProgress(done, total) after each slice, which stops it by answering false.
 */
export async function layout(g, onProgress) {
  const n = g.order;
  const total = n > 2000 ? 80 : n > 500 ? 150 : 300;
  const settings = { ...forceAtlas2.inferSettings(g), barnesHutOptimize: n > 300, adjustSizes: false, strongGravityMode: false, gravity: 1, scalingRatio: 8 };
  for (let done = 0; done < total; done += 10) {
    forceAtlas2.assign(g, { iterations: Math.min(10, total - done), settings });
    if (onProgress?.(Math.min(total, done + 10), total) === false) return;
    await new Promise((r) => requestAnimationFrame(() => r()));
  }
}

/** The sigma renderer: each node's own shape and colour, labels at 12 px, focus by attributes. */
export function draw(g, container) {
  // While the camera moves, a large network drops its ties and every
  // network its labels, and draws them again when it stops.
  const busy = g.size > 3000;
  const shapes = [sdfCircle(), ...Object.keys(GLSL).map(analyticShape)];
  return new Sigma(g, container, {
    primitives: { nodes: { shapes, layers: [layerFill()] } },
    styles: {
      nodes: [
        DEFAULT_STYLES.nodes,
        { shape: { attribute: 'shape', defaultValue: 'circle' }, labelSize: 12, labelColor: '#111' },
        // Focus: the chosen member and their partners named, the rest faded.
        { whenData: { focus: true }, then: { labelVisibility: 'visible', depth: 'topNodes' } },
        { whenData: { dim: true }, then: { opacity: 0.12, labelVisibility: 'hidden' } },
      ],
      edges: [DEFAULT_STYLES.edges, { whenData: { dim: true }, then: { opacity: 0.06 } }, { whenData: { focus: true }, then: { color: '#333' } }],
    },
    settings: { labelRenderedSizeThreshold: 7, labelDensity: 0.6, hideEdgesOnMove: busy, hideLabelsOnMove: true, stagePadding: 20 },
  });
}
