/**
 * Numbers sources in the order a brief first cites them. Rendering twice with
 * the same instance gives the same numbers the second time, so a sources list
 * printed anywhere in the brief agrees with every citation.
 */
export class CitationOrder {
  readonly #numbers = new Map<string, number>();

  /** The number of source `id`, assigning the next one on first use. */
  number(id: string): number {
    let n = this.#numbers.get(id);
    if (n === undefined) {
      n = this.#numbers.size + 1;
      this.#numbers.set(id, n);
    }
    return n;
  }

  /** Source ids in citation order. */
  get ids(): string[] {
    return [...this.#numbers.keys()];
  }
}
