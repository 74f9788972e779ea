import { clip } from './application-form.limits';

describe('clip', () => {
  it('keeps a value that fits, and cuts a longer one to the limit, «…» included', () => {
    expect(clip('Шевцова', 7)).toBe('Шевцова');
    expect(clip('Шевцова', 5)).toBe('Шевц…');
    expect(Array.from(clip('Ж'.repeat(10_000), 300))).toHaveLength(300);
  });

  it('never splits a character of two UTF-16 units', () => {
    expect(clip('😀'.repeat(3), 3)).toBe('😀😀😀');
    expect(clip('😀'.repeat(4), 3)).toBe('😀😀…');
  });
});
