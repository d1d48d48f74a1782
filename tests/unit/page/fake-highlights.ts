/** happy-dom has no CSS Custom Highlight API: a stand-in registry and Highlight that keep their ranges. */
export class FakeHighlight extends Set<Range> {
  priority = 0;
  constructor(...ranges: Range[]) {
    super(ranges);
  }
}

/** Installs the stand-ins as the page's own (CSS.highlights, Highlight); returns the registry. */
export function installFakeHighlights(): Map<string, FakeHighlight> {
  const registry = new Map<string, FakeHighlight>();
  (globalThis as unknown as { Highlight: unknown }).Highlight = FakeHighlight;
  const g = globalThis as unknown as { CSS?: object };
  // happy-dom's CSS object does not take new properties by assignment.
  g.CSS = Object.defineProperty(Object.create(g.CSS ?? null) as object, 'highlights', { value: registry, configurable: true });
  return registry;
}

/** The texts of a highlight's ranges. */
export function highlighted(registry: Map<string, FakeHighlight>, name: string): string[] {
  return [...(registry.get(name) ?? [])].map((r) => r.toString());
}
