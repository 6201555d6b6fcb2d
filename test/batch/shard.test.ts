import { describe, it, expect } from "vitest";
import { inShard, shardOf } from "../../src/batch/shard.js";
import { inputKey } from "../../src/batch/inputs.js";

const keys = Array.from({ length: 2000 }, (_, i) => inputKey(i % 3 ? { file: `reports/${i}.pdf` } : { file: "all.zip", zipEntry: `${i}.html` }));

describe("shards", () => {
  it("puts every input in exactly one of N shards, about 1/N each", () => {
    const count = 4;
    const sizes = [0, 0, 0, 0];
    for (const key of keys) {
      const owners = [1, 2, 3, 4].filter((index) => inShard(key, { index, count }));
      expect(owners).toHaveLength(1);
      sizes[owners[0]! - 1]!++;
    }
    expect(sizes.reduce((a, b) => a + b)).toBe(keys.length);
    for (const size of sizes) expect(Math.abs(size - keys.length / count)).toBeLessThan(keys.length * 0.05);
  });

  it("depends on the input's identity, not its position", () => {
    const forward = keys.map((key) => shardOf(key, 7));
    const backward = [...keys].reverse().map((key) => shardOf(key, 7)).reverse();
    expect(backward).toEqual(forward);
    expect(shardOf("samples/pingtan-2024.html", 7)).toBe(shardOf("samples/pingtan-2024.html", 7));
  });

  it("without --shard, or with 1/1, takes everything", () => {
    expect(keys.every((key) => inShard(key, undefined) && inShard(key, { index: 1, count: 1 }))).toBe(true);
  });
});
