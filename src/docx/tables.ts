import { BorderStyle, Paragraph, ShadingType, Table, TableCell, TableRow, WidthType, type ParagraphChild } from 'docx';
import { STYLE } from './styles.js';

/** One cell: its runs, and optionally a fill (hex, no `#`) as the PDF shades a score. */
export interface Cell {
  children: ParagraphChild[];
  fill?: string;
}

const NONE = { style: BorderStyle.NONE, size: 0, color: 'auto' } as const;

/** Where a table goes: the colour of its rules and the width between the page margins, in twips. */
export interface TableFrame {
  rule: string;
  textWidth: number;
}

/**
 * A Word table as the briefs draw theirs: full width, a header row that
 * repeats on every page, rows that do not break across pages, thin rules
 * under each row and no other lines. `widths` are percentages, equal by
 * default; they are written as twips too, which LibreOffice reads.
 */
export function briefTable(frame: TableFrame, head: readonly Cell[], rows: readonly (readonly Cell[])[], widths?: readonly number[]): Table {
  const line = { style: BorderStyle.SINGLE, size: 4, color: frame.rule } as const;
  const percent = widths ?? head.map(() => 100 / head.length);
  const twips = percent.map((p) => Math.floor((p / 100) * frame.textWidth));
  const cell = (c: Cell, style: string, i: number) =>
    new TableCell({
      children: [new Paragraph({ children: c.children, style })],
      ...(c.fill ? { shading: { type: ShadingType.CLEAR, fill: c.fill, color: 'auto' } } : {}),
      width: { size: twips[i] ?? 0, type: WidthType.DXA },
      margins: { top: 60, bottom: 60, left: 100, right: 100 },
    });
  return new Table({
    width: { size: frame.textWidth, type: WidthType.DXA },
    columnWidths: twips,
    borders: { top: NONE, left: NONE, right: NONE, insideVertical: NONE, bottom: line, insideHorizontal: line },
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: head.map((c, i) => cell(c, STYLE.tableHeading, i)) }),
      ...rows.map((row) => new TableRow({ cantSplit: true, children: row.map((c, i) => cell(c, STYLE.tableText, i)) })),
    ],
  });
}
