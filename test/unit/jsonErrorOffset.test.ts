import { describe, expect, it } from 'vitest';
import { jsonErrorOffset } from '../../src/io/jsonErrorOffset';

describe('jsonErrorOffset', () => {
  it.each([
    ['{"a": 1}', -1], ['[1, 2, {"b": [true, false, null, "x\\n\\u00e9"]}]', -1], [' 1.5e3 ', -1],
    ['<!doctype html>', 0], ['{"a": 1,}', 8], ['{"a": 64,5}', 9], ['{"a": tru}', 9], ['{"a" 1}', 5], ['{"a": "x', 8],
    ['[1 2]', 3], ['{"a": 1} x', 9], ['', 0], ['{"a": -}', 6], ['{"a": "\\q"}', 8], ['Mã;Tên\r\n1;2', 0],
  ])('finds where %j stops being JSON: %i', (text, offset) => {
    expect(jsonErrorOffset(text)).toBe(offset);
    if (offset === -1) expect(() => JSON.parse(text)).not.toThrow();
    else expect(() => JSON.parse(text)).toThrow();
  });
});
