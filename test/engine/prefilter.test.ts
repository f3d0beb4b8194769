import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildPrefilter } from '../../src/engine/prefilter.js';

function found(keywords: string[], text: string | Buffer, make: (keywords: string[]) => ReturnType<typeof buildPrefilter> = buildPrefilter): string[] {
  const pf = make(keywords);
  const marks = new Uint8Array(keywords.length);
  pf.scan(typeof text === 'string' ? Buffer.from(text, 'latin1') : text, marks);
  return keywords.filter((_, i) => marks[i] === 1);
}

test('finds keywords case-insensitively', () => {
  assert.deepEqual(found(['ghp_', 'password'], 'const PassWord = 1; GHP_x'), ['ghp_', 'password']);
});

test('finds overlapping and nested keywords (a combined regex would miss these)', () => {
  assert.deepEqual(found(['xoxb-', 'oxb', 'b-1'], 'token xoxb-1'), ['xoxb-', 'oxb', 'b-1']);
  assert.deepEqual(found(['abcd', 'bc'], 'abcd'), ['abcd', 'bc']);
  assert.deepEqual(found(['aab', 'ab'], 'aaab'), ['aab', 'ab']);
});

test('finds keywords at the very start and end of the buffer', () => {
  assert.deepEqual(found(['start', 'end!'], 'start middle end!'), ['start', 'end!']);
});

test('finds nothing in text without keywords, and handles empty input and empty keyword lists', () => {
  assert.deepEqual(found(['secret'], 'nothing here'), []);
  assert.deepEqual(found(['secret'], ''), []);
  assert.deepEqual(found([], 'secret'), []);
});

test('works on binary bytes including NUL and high bytes', () => {
  const bytes = Buffer.from([0, 255, 0x73, 0x6b, 0x5f, 0x6c, 0x69, 0x76, 0x65, 0x5f, 0, 200]);
  assert.deepEqual(found(['sk_live_'], bytes), ['sk_live_']);
});

test('agrees with a naive search on random text', () => {
  const keywords = ['abc', 'bca', 'cab', 'aaa', 'abca', 'c_a'];
  let state = 7;
  const rand = (): number => (state = (state * 1103515245 + 12345) & 0x7fffffff) % 4;
  for (let round = 0; round < 200; round++) {
    const text = Array.from({ length: 40 }, () => 'abc_'[rand()]).join('');
    const naive = keywords.filter((k) => text.includes(k));
    assert.deepEqual(found(keywords, text), naive, text);
  }
});

/** A prefilter past its cold start (COLD_BYTES scanned with one automaton): it interleaves four from 4 KiB up. */
function warm(keywords: string[]): ReturnType<typeof buildPrefilter> {
  const pf = buildPrefilter(keywords);
  pf.scan(Buffer.alloc((1 << 20) + 1, 'x'), new Uint8Array(keywords.length));
  return pf;
}

test('large buffers (one automaton while cold, four interleaved quarters once warm) agree with a naive search, keywords on every boundary', () => {
  for (const make of [buildPrefilter, warm]) {
    const keywords = ['secret', 'ghp_', 'tok', 'a_very_long_keyword'];
    for (const size of [4096, 4097, 4099, 10_000, 65_537]) {
      for (const keyword of keywords) {
        // Put the keyword across each quarter boundary and at both ends.
        for (const at of [0, size >> 2, (size >> 2) - 3, size >> 1, (size >> 1) - 5, (3 * size) >> 2, ((3 * size) >> 2) - 1, size - keyword.length, size - 20]) {
          const text = Buffer.alloc(size, 'x');
          text.write(keyword.toUpperCase(), Math.max(0, Math.min(at, size - keyword.length)), 'latin1');
          assert.deepEqual(found(keywords, text, make), [keyword], `size ${size}, ${keyword} at ${at}`);
        }
      }
    }
    let state = 11;
    const rand = (): number => (state = (state * 1103515245 + 12345) & 0x7fffffff) % 5;
    for (let round = 0; round < 30; round++) {
      const text = Array.from({ length: 5000 + round * 37 }, () => 'tokse'[rand()]).join('');
      const naive = ['secret', 'tok', 'sek', 'okt'].filter((k) => text.includes(k));
      assert.deepEqual(found(['secret', 'tok', 'sek', 'okt'], text, make), naive);
    }
  }
  });

  test('with hits, records every start of the wanted keywords, in small and in four-way interleaved buffers, cold or warm', () => {
  for (const make of [buildPrefilter, warm]) {
    const keywords = ['token', 'ok', 'secret', 'pass'];
    const pf = make(keywords);
    // Random text over a small alphabet with keywords sprinkled in (mixed case), large enough for the 4-way loop.
    let seed = 7;
    const rand = (n: number): number => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 8) % n;
    for (const size of [100, 5000, 70_001]) {
      let text = '';
      while (text.length < size) {
        const pick = rand(10);
        text += pick < 2 ? ['TOKEN', 'token', 'Secret', 'pAsS'][rand(4)] : 'tkospa ecrnx\n'[rand(13)];
      }
      const want = Uint8Array.from([1, 1, 0, 1]);
      const hits = { want, starts: [] as number[] };
      pf.scan(Buffer.from(text, 'latin1'), new Uint8Array(keywords.length), hits);
      const got = new Set<string>();
      for (let i = 0; i < hits.starts.length; i += 2) got.add(`${hits.starts[i]}:${keywords[hits.starts[i + 1]!]}`);
      const expected = new Set<string>();
      const lower = text.toLowerCase();
      keywords.forEach((k, ki) => {
        if (want[ki] !== 1) return;
        for (let at = lower.indexOf(k); at !== -1; at = lower.indexOf(k, at + 1)) expected.add(`${at}:${k}`);
      });
      assert.deepEqual([...got].sort(), [...expected].sort(), `size ${size}, ${make === warm ? 'warm' : 'cold'}`);
    }
  }
});
