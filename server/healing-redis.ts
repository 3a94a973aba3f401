import { Redis } from '@hocuspocus/extension-redis';
import type { Document } from '@hocuspocus/server';

/** The extension's own steps, private in its types: the first sync step and the awareness query, published. */
interface RedisSteps {
  publishFirstSyncStep(documentName: string, document: Document): Promise<unknown>;
  requestAwarenessFromOtherInstances(documentName: string): Promise<unknown>;
}

/** After Redis is back, wait this long for both connections to be up and subscribed again, then heal. */
const HEAL_DELAY_MS = 300;

/**
 * The Redis extension, healing after an outage. The extension sends a document's first sync step to the other
 * instances when it loads the document and after each change; what was published while Redis was away is
 * lost, so until the next change the instances stay out of step (a view the console sent never reaches
 * phones on another instance, an answer acked there never reaches the console). Here, once both connections
 * are back, every loaded document sends its first sync step again: the others answer with what it lacks and
 * with their own first step, which brings them what they lack in turn.
 */
export class HealingRedis extends Redis {
  private lost = false;
  private warned = false;
  private healing: NodeJS.Timeout | undefined;

  constructor(configuration: ConstructorParameters<typeof Redis>[0]) {
    super(configuration);
    for (const client of [this.pub, this.sub]) {
      client.on('reconnecting', () => {
        this.lost = true;
      });
      // Said once per outage (ioredis would print every failed attempt); it keeps trying by itself.
      client.on('error', (error: Error) => {
        if (this.warned) return;
        this.warned = true;
        console.error(`Redis unreachable (${error.message}); trying again`);
      });
      client.on('ready', () => {
        if (this.lost) this.scheduleHeal();
      });
    }
  }

  override async onDestroy(): Promise<void> {
    clearTimeout(this.healing);
    await super.onDestroy();
  }

  private scheduleHeal(): void {
    clearTimeout(this.healing);
    this.healing = setTimeout(() => {
      if (this.pub.status !== 'ready' || this.sub.status !== 'ready') return;
      this.lost = false;
      this.warned = false;
      this.heal();
    }, HEAL_DELAY_MS);
    this.healing.unref();
  }

  /** Sends each loaded document's first sync step (and asks who is there) to the other instances. */
  heal(): void {
    const steps = this as unknown as RedisSteps;
    for (const [name, document] of this.instance.documents) {
      steps.publishFirstSyncStep(name, document).catch((error: unknown) => console.error(`Healing ${name}`, error));
      steps.requestAwarenessFromOtherInstances(name).catch(() => undefined);
    }
  }
}
