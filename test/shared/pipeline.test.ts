import { describe, expect, it } from 'vitest';
import { isLargeJump, skippedStatuses } from '#shared/pipeline.js';

describe('pipeline jumps', () => {
  it('names the statuses a forward move skips; 已识别 → 已签约 is a large jump, one step or a drop is not', () => {
    expect(skippedStatuses('IDENTIFIED', 'SIGNED')).toEqual(['CONTACTED', 'NEGOTIATING']);
    expect(isLargeJump('IDENTIFIED', 'SIGNED')).toBe(true);
    expect(isLargeJump('CONTACTED', 'LANDED')).toBe(true);
    expect(isLargeJump('IDENTIFIED', 'NEGOTIATING')).toBe(false);
    expect(isLargeJump('IDENTIFIED', 'CONTACTED')).toBe(false);
    expect(isLargeJump('SIGNED', 'IDENTIFIED')).toBe(false);
    expect(isLargeJump('IDENTIFIED', 'DROPPED')).toBe(false);
    expect(isLargeJump('DROPPED', 'LANDED')).toBe(false);
    expect(skippedStatuses('SIGNED', 'SIGNED')).toEqual([]);
  });
});
