// --shard K/N: a fixed 1/N of the inputs, chosen by a hash of each input's identity (path as
// given + zip entry), so adding or removing other files never moves an input to another shard.
import { createHash } from "node:crypto";
import type { Shard } from "./options.js";

/** The 1-based shard (of `count`) an input with this identity belongs to. */
export function shardOf(key: string, count: number): number {
  const digest = createHash("sha256").update(key).digest();
  return (digest.readUInt32BE(0) % count) + 1;
}

export const inShard = (key: string, shard: Shard | undefined): boolean =>
  !shard || shard.count === 1 || shardOf(key, shard.count) === shard.index;
