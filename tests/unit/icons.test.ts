import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { icons } from '../../scripts/make-icons.mjs';

it('the committed toolbar icons are what scripts/make-icons.mjs draws (rerun it after changing it)', () => {
  const drawn = icons();
  expect(Object.keys(drawn).sort()).toEqual(['128', '16', '32', '48']);
  for (const [size, bytes] of Object.entries(drawn)) {
    const committed = readFileSync(join(import.meta.dirname, '../../assets/public/icon', `${size}.png`));
    expect(committed.equals(bytes), `assets/public/icon/${size}.png differs from what the script draws`).toBe(true);
  }
});
