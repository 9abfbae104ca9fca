/** The benchmark's figures and the table that prints them against their targets. */
export interface Figure {
  id: string;
  name: string;
  value: number;
  unit: 's' | 'x' | 'MB';
  /** The figure must be at most this. */
  target: number;
}

const show = (v: number, unit: Figure['unit']) =>
  Number.isNaN(v)
    ? 'n/a'
    : unit === 'MB'
      ? `${Math.round(v)} MB`
      : unit === 'x'
        ? `${v.toFixed(2)}x`
        : `${v.toFixed(2)} s`;

export function renderTable(figures: Figure[]): string {
  const rows = figures.map((f, i) => [
    `${i + 1}. ${f.name}`,
    show(f.value, f.unit),
    `<= ${show(f.target, f.unit)}`,
    Number.isNaN(f.value) ? 'N/A' : f.value <= f.target ? 'PASS' : 'OVER',
  ]);
  const head = ['figure', 'value', 'target', ''];
  const widths = head.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)));
  const line = (cells: string[]) =>
    cells.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ');
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
