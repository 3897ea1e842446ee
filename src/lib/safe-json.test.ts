import { describe, expect, it } from 'vitest';
import { jsonForScript } from './safe-json.ts';

describe('jsonForScript', () => {
  const hostile = { title: 'Probe </script><script>alert(1)</script> <!-- & \u2028 \u2029' };

  it('leaves nothing that can close a script element or open a comment', () => {
    const json = jsonForScript(hostile);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(json).toContain('\\u003c/script\\u003e');
  });

  it('parses back to the same data', () => {
    expect(JSON.parse(jsonForScript(hostile))).toEqual(hostile);
  });
});
