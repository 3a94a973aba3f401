import { TokenBucket } from './token-bucket';

/** At most this many addresses are remembered per limit; beyond, the longest-remembered are forgotten. */
const MAX_ADDRESSES = 50_000;

/**
 * A token bucket per client address: `rate` per second, `burst` at once. Buckets that are full again are
 * forgotten, so the map holds only addresses that used the limit lately.
 */
export class AddressBuckets {
  private readonly buckets = new Map<string, TokenBucket>();
  private sweeps = 0;

  constructor(
    private readonly rate: number,
    private readonly burst: number,
    private readonly isExempt: (address: string) => boolean,
  ) {}

  /** 0 when the address may go on (a token is taken), else the seconds to wait (for `Retry-After`). */
  take(address: string): number {
    if (this.isExempt(address)) return 0;
    const bucket = this.bucket(address);
    return bucket.take() ? 0 : bucket.secondsUntilToken();
  }

  /** 0 when the address has a token (none is taken), else the seconds to wait. */
  check(address: string): number {
    if (this.isExempt(address)) return 0;
    return this.buckets.get(address)?.secondsUntilToken() ?? 0;
  }

  /** Takes a token after the fact (a miss): the address may run into debt, and waits longer. */
  charge(address: string): void {
    if (!this.isExempt(address)) this.bucket(address).charge();
  }

  private bucket(address: string): TokenBucket {
    let bucket = this.buckets.get(address);
    if (!bucket) {
      if ((this.sweeps += 1) % 1_000 === 0 || this.buckets.size >= MAX_ADDRESSES) this.sweep();
      bucket = new TokenBucket(this.rate, this.burst);
      this.buckets.set(address, bucket);
    }
    return bucket;
  }

  private sweep(): void {
    for (const [address, bucket] of this.buckets) if (bucket.isFull()) this.buckets.delete(address);
    for (const address of this.buckets.keys()) {
      if (this.buckets.size < MAX_ADDRESSES) break;
      this.buckets.delete(address);
    }
  }
}

/** Counts what each address holds (sockets), with a cap per address and in all. */
export class AddressCounter {
  private readonly counts = new Map<string, number>();
  private total = 0;

  constructor(
    private readonly perAddress: number,
    private readonly overall: number,
    private readonly isExempt: (address: string) => boolean,
  ) {}

  get size(): number {
    return this.total;
  }

  /** Counts one in; false (nothing counted) when the address or the whole is at its cap. */
  add(address: string): boolean {
    if (this.total >= this.overall) return false;
    const count = this.counts.get(address) ?? 0;
    if (count >= this.perAddress && !this.isExempt(address)) return false;
    this.counts.set(address, count + 1);
    this.total += 1;
    return true;
  }

  remove(address: string): void {
    const count = this.counts.get(address);
    if (count === undefined) return;
    if (count <= 1) this.counts.delete(address);
    else this.counts.set(address, count - 1);
    this.total -= 1;
  }
}
