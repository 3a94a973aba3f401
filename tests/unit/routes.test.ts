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
});
