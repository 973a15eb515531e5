/**
 * `loading="lazy"`: tells the host once it comes near the viewport (or at
 * once where IntersectionObserver is missing), so that a timeline far down an
 * article fetches its data and draws only when a reader gets there.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';

export class VisibilityController implements ReactiveController {
  /** True once the host has been near the viewport. */
  seen = false;
  #observer?: IntersectionObserver;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly margin = '300px'
  ) {
    host.addController(this);
  }

  /** Starts watching (idempotent); a no-op once seen. */
  watch(): void {
    if (this.seen || this.#observer) return;
    if (typeof IntersectionObserver === 'undefined') {
      this.seen = true;
      return;
    }
    this.#observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        this.seen = true;
        this.#stop();
        this.host.requestUpdate();
      },
      {rootMargin: this.margin}
    );
    this.#observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.#stop();
  }

  #stop(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
  }
}
