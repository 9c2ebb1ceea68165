/**
 * In-memory full-text search over thread texts: case-insensitive substring match of every
 * whitespace-separated term (all must occur). Thread text is never indexed in IndexedDB
 * (docs/stack.md: text indexes are slow to write); this index is built lazily, off the main thread.
 */
export class TextIndex {
  private readonly ids: string[] = [];
  private readonly texts: string[] = [];

  add(id: string, turns: readonly string[]): void {
    this.ids.push(id);
    this.texts.push(turns.join('\n').toLocaleLowerCase());
  }

  get size(): number {
    return this.ids.length;
  }

  /** The ids whose text contains every term of `query`, in insertion order. Empty query: all. */
  search(query: string): string[] {
    const terms = query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
    if (terms.length === 0) return [...this.ids];
    const hits: string[] = [];
    for (let i = 0; i < this.texts.length; i++) {
      const text = this.texts[i]!;
      if (terms.every((t) => text.includes(t))) hits.push(this.ids[i]!);
    }
    return hits;
  }
}
