import { describe, expect, it } from 'vitest';

import { parseRoute, safeDecode } from '../../src/app/routes';

describe('routes', () => {
  it('never throws on a broken escape in a link', () => {
    expect(() => parseRoute('#/join/%E0%A4%A')).not.toThrow();
    expect(parseRoute('#/join/%E0%A4%A')).toEqual({ view: 'join', code: '%E0%A4%A' });
    expect(parseRoute('#/projector?session=%E0%A4%A')).toMatchObject({ view: 'projector' });
    expect(safeDecode('%')).toBe('%');
  });

  it('decodes a well-formed code', () => {
    expect(parseRoute('#/join/ab%20c12')).toEqual({ view: 'join', code: 'ab c12' });
    expect(parseRoute('#/join?code=XYZ234')).toEqual({ view: 'join', code: 'XYZ234' });
  });

  it('opens a shared plan in the console', () => {
    expect(parseRoute('#/plan/eyJmIjoxfQ.0123abcd')).toEqual({ view: 'plan', payload: 'eyJmIjoxfQ.0123abcd' });
    expect(parseRoute('#/plan')).toEqual({ view: 'plan', payload: '' });
  });
});
