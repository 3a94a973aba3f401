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
