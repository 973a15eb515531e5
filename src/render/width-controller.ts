/**
 * The width of an element, as a Lit controller. Updates are deferred to the
 * next animation frame so that redrawing (which changes our height) never
 * happens inside the ResizeObserver callback: that would raise "ResizeObserver
 * loop completed with undelivered notifications" in the host page's error
 * monitoring.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';

export class WidthController implements ReactiveController {
  /** Last measured width in CSS pixels (0 until measured). */
  value = 0;
  #observer?: ResizeObserver;
  #target?: Element;
  #frame = 0;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Starts watching `target` (replacing any earlier target). */
  observe(target: Element): void {
    if (target === this.#target) return;
    this.#target = target;
    this.#observer?.disconnect();
    this.#observer = new ResizeObserver((entries) => {
      const width = Math.floor(entries[entries.length - 1]?.contentRect.width ?? 0);
      if (width === this.value) return;
      cancelAnimationFrame(this.#frame);
      this.#frame = requestAnimationFrame(() => {
        this.value = width;
        this.host.requestUpdate();
      });
    });
    this.#observer.observe(target);
  }

  hostConnected(): void {
    if (this.#target && !this.#observer) {
      const target = this.#target;
      this.#target = undefined;
      this.observe(target);
    }
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.#frame);
    this.#observer?.disconnect();
    this.#observer = undefined;
  }
}
