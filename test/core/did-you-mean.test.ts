import { describe, expect, it } from 'vitest';
import { closest, didYouMean } from '../../src/core/did-you-mean.js';

describe('did you mean', () => {
  it('suggests a near miss', () => {
    expect(didYouMean('s1792', ['s1791', 'frus-1950'])).toBe(' (did you mean "s1791"?)');
    expect(closest('sumary', ['summary', 'status'])).toBe('summary');
  });

  it('stays quiet when nothing is close', () => {
    expect(didYouMean('completely-different', ['summary', 'status'])).toBe('');
  });
});
