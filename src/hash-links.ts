/**
 * `hash-links`: keeps `#event-id` in the page URL in step with the selection,
 * and selects the event a URL names (on load and when the hash changes).
 * Uses `history.replaceState`, so stepping through events does not flood the
 * reader's back button. Listens to the window only while switched on.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';

export class HashLinkController implements ReactiveController {
  #listening = false;

  constructor(
    host: ReactiveControllerHost,
    private readonly onHash: (id: string) => void
  ) {
    host.addController(this);
  }

  /** The event id in the URL, if any. */
  static current(): string | undefined {
    const hash = decodeURIComponent(location.hash.slice(1));
    return hash || undefined;
  }

  /** Starts or stops following the URL. */
  enable(on: boolean): void {
    if (on === this.#listening) return;
    this.#listening = on;
    if (on) window.addEventListener('hashchange', this.#handleHashChange);
    else window.removeEventListener('hashchange', this.#handleHashChange);
  }

  /** Writes the selection into the URL (or removes it). */
  write(id: string | undefined): void {
    if (!this.#listening) return;
    const url = `${location.pathname}${location.search}${id ? `#${encodeURIComponent(id)}` : ''}`;
    if (url !== `${location.pathname}${location.search}${location.hash}`)
      history.replaceState(history.state, '', url);
  }

  hostDisconnected(): void {
    this.enable(false);
  }

  readonly #handleHashChange = (): void => {
    const id = HashLinkController.current();
    if (id) this.onHash(id);
  };
}
