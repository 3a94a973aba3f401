/** A token bucket: holds up to `burst` tokens and gains `rate` tokens a second; each message takes one. */
export class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(
    private rate: number,
    private burst: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.tokens = burst;
    this.last = now();
  }

  /** Takes a token if there is one. */
  take(): boolean {
    this.refill();
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }

  /** Whether a token is there, without taking it. */
  has(): boolean {
    this.refill();
    return this.tokens >= 1;
  }

  /** Takes a token even when there is none (the bucket goes into debt, down to minus one burst). */
  charge(): void {
    this.refill();
    this.tokens = Math.max(-this.burst, this.tokens - 1);
  }

  /** Whether the bucket is full again (nothing to remember about its user). */
  isFull(): boolean {
    this.refill();
    return this.tokens >= this.burst;
  }

  /** Whole seconds until a token is there (at least 1 when there is none now, 0 when there is one). */
  secondsUntilToken(): number {
    this.refill();
    return this.tokens >= 1 ? 0 : Math.max(1, Math.ceil((1 - this.tokens) / this.rate));
  }

  /** New rate and burst from now on; a larger burst is granted at once. */
  reconfigure(rate: number, burst: number): void {
    this.refill();
    this.tokens = Math.min(burst, this.tokens + Math.max(0, burst - this.burst));
    this.rate = rate;
    this.burst = burst;
  }

  private refill(): void {
    const now = this.now();
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) / 1000) * this.rate);
    this.last = now;
  }
}
