import fc from 'fast-check';

/** Ways an editor's slip, a bad merge or a corrupt copy can damage a file. */
export const mutation = fc.oneof(
  fc.record({ kind: fc.constant('delete-line' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate-line' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap-lines' as const), at: fc.nat(), with: fc.nat() }),
  fc.record({ kind: fc.constant('indent' as const), at: fc.nat(), by: fc.integer({ min: -4, max: 4 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom(':', '- ', '[', '{', '"', "'", '&a ', '*a', '\t', '#', '\uFEFF', '\r', '|', '>', '---\n', '0x1F', 'null', '~', '@')) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
);

type Mutation = { kind: string; at: number; with?: number; by?: number; text?: string };

export function mutate(text: string, m: Mutation): string {
  const lines = text.split('\n');
  const i = m.at % Math.max(lines.length, 1);
  switch (m.kind) {
    case 'delete-line':
      lines.splice(i, 1);
      return lines.join('\n');
    case 'duplicate-line':
      lines.splice(i, 0, lines[i] ?? '');
      return lines.join('\n');
    case 'swap-lines': {
      const j = (m.with ?? 0) % lines.length;
      [lines[i], lines[j]] = [lines[j]!, lines[i]!];
      return lines.join('\n');
    }
    case 'indent':
      lines[i] = (m.by ?? 0) >= 0 ? ' '.repeat(m.by ?? 0) + lines[i] : (lines[i] ?? '').slice(-(m.by ?? 0));
      return lines.join('\n');
    case 'insert': {
      const at = m.at % (text.length + 1);
      return text.slice(0, at) + (m.text ?? '') + text.slice(at);
    }
    default:
      return text.slice(0, m.at % (text.length + 1));
  }
}
