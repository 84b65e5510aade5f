import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createReplyWindowExposure } from './reply-window-exposure.js';

const send = (id: string, sentAt: number) => ({ id, segment: 'saas', angle: 'roi', channel: 'email', sentAt });

describe('createReplyWindowExposure', () => {
  it('counts a silent send as a failure growing with its elapsed share of the window (hand-computed)', () => {
    const exposure = createReplyWindowExposure(4);
    exposure.sent(send('m1', 10));
    expect(exposure.advance(10)).toEqual([]);
    expect(exposure.advance(11)).toEqual([{ segment: 'saas', angle: 'roi', channel: 'email', success: false, weight: 0.25 }]);
    expect(exposure.advance(13).map((update) => update.weight)).toEqual([0.5]);
    expect(exposure.advance(20).map((update) => update.weight)).toEqual([0.25]);
    expect(exposure.open).toBe(0);
    expect(exposure.advance(30)).toEqual([]);
  });

  it('makes a replied send a success carrying the rest of its weight, once', () => {
    const exposure = createReplyWindowExposure(5);
    exposure.sent(send('m1', 0));
    exposure.advance(2);
    expect(exposure.succeeded('m1')).toEqual({ segment: 'saas', angle: 'roi', channel: 'email', success: true, weight: 0.6 });
    expect(exposure.succeeded('m1')).toBeUndefined();
    expect(exposure.advance(10)).toEqual([]);
  });

  it('ignores a reply after the window closed and a second registration of a send', () => {
    const exposure = createReplyWindowExposure(2);
    exposure.sent(send('m1', 0));
    exposure.advance(1);
    exposure.sent(send('m1', 1));
    expect(exposure.advance(2).map((update) => update.weight)).toEqual([0.5]);
    expect(exposure.succeeded('m1')).toBeUndefined();
    expect(() => createReplyWindowExposure(0)).toThrow(RangeError);
  });

  it('gives every send a total weight of exactly 1 whatever the order of time steps and replies (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(20), fc.option(fc.nat(20), { nil: undefined })), { minLength: 1, maxLength: 30 }), fc.integer({ min: 1, max: 9 }), (sends, window) => {
        const exposure = createReplyWindowExposure(window);
        const total = new Map<string, number>();
        const add = (id: string, weight: number) => total.set(id, (total.get(id) ?? 0) + weight);
        sends.forEach(([sentAt], index) => exposure.sent(send(`m${index}`, sentAt)));
        for (let now = 0; now <= 40; now += 1) {
          sends.forEach(([sentAt, replyAfter], index) => {
            if (replyAfter !== undefined && sentAt + replyAfter === now) {
              const success = exposure.succeeded(`m${index}`);
              if (success) add(`m${index}`, success.weight ?? 0);
            }
          });
          // Updates carry no id: only the total weight over all sends is checked.
          const updates = exposure.advance(now);
          for (const update of updates) expect(update.weight).toBeGreaterThan(0);
          add('failures', updates.reduce((sum, update) => sum + (update.weight ?? 0), 0));
        }
        const sum = [...total.values()].reduce((a, b) => a + b, 0);
        expect(sum).toBeCloseTo(sends.length, 9);
        expect(exposure.open).toBe(0);
      }),
    );
  });
});
