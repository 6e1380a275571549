import type { ConvertedText } from './create-markdown.js';
import type { ParsedStyle } from './parse-style.js';
import type { RenderBrief } from './renderer.js';

/**
 * What a watch session keeps between rebuilds, so that a save renders again
 * only what it changed: compiled template sets with their inlined CSS, the
 * sources list as formatted, style sheets as parsed, Markdown texts as
 * converted, and inlined files. Every entry is keyed by what
 * it was made from (file contents, or a file's size and modification time),
 * so nothing stale is ever served; entries a build did not use are dropped.
 */
export interface RenderCache {
  renderers: Map<string, Promise<RenderBrief>>;
  bibliographies: Map<string, Map<string, string>>;
  dataUris: Map<string, Promise<string>>;
  /** Style sheets as parsed, by file and text. */
  styles: Map<string, ParsedStyle>;
  /** Markdown texts as converted, by kind and text (see `createMarkdown`). */
  markdown: Map<string, ConvertedText>;
  /** The keys used by the build under way. */
  used: Set<string>;
}

export function createRenderCache(): RenderCache {
  return { renderers: new Map(), bibliographies: new Map(), dataUris: new Map(), styles: new Map(), markdown: new Map(), used: new Set() };
}

/** Looks `key` up in one of the cache's maps, making and keeping the value on a miss. */
export function cached<T>(cache: RenderCache | undefined, map: Map<string, T> | undefined, key: string, make: () => T): T {
  if (!cache || !map) return make();
  cache.used.add(key);
  if (map.has(key)) return map.get(key) as T;
  const value = make();
  map.set(key, value);
  return value;
}

/** Ends a build: drops what it did not use, so a long session does not grow the cache. */
export function pruneRenderCache(cache: RenderCache): void {
  for (const map of [cache.renderers, cache.bibliographies, cache.dataUris, cache.styles, cache.markdown]) {
    for (const key of map.keys()) if (!cache.used.has(key)) map.delete(key);
  }
  cache.used.clear();
}
