// The professions' colours and shapes (no browser needed): every one of the
// 13 canonical professions has a colour and a shape of its own, so that no
// two look alike in a swatch, the ego network or the conversation network.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PROFESSIONS, SHAPES, professionStyle, shapePath } from '../src/palette.js';

test('13 professions, 13 colours, 13 shapes', () => {
  assert.equal(PROFESSIONS.length, 13);
  const styles = PROFESSIONS.map(professionStyle);
  assert.equal(new Set(styles.map((s) => s.color.toLowerCase())).size, 13, 'a colour each');
  assert.equal(new Set(styles.map((s) => s.shape)).size, 13, 'a shape each');
  // The case: pharmacy technician looked like nurse.
  assert.notDeepEqual(professionStyle('pharmacy technician'), professionStyle('nurse'));
  for (const s of styles) assert.ok(s.shape in SHAPES, s.shape);
});

test('every shape draws as a closed SVG path inside its box', () => {
  for (const shape of Object.keys(SHAPES)) {
    const d = shapePath(shape, 0, 0, 1);
    assert.match(d, /Z$/, shape);
    const nums = d.match(/-?\d+(\.\d+)?/g).map(Number);
    assert.ok(nums.every((x) => Math.abs(x) <= 2.01), `${shape}: ${d}`);
  }
});

test('an unknown name is drawn as unknown, a withheld one apart from every profession', () => {
  assert.deepEqual(professionStyle('astronaut'), professionStyle('unknown'));
  const withheld = professionStyle('withheld');
  assert.ok(!PROFESSIONS.map(professionStyle).some((s) => s.color === withheld.color), 'withheld has a colour of its own');
});
