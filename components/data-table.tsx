import type { ReactNode } from 'react';

/** The numbers behind a chart, as a table: readable without the picture, and copyable. */
export function DataTable({
  caption,
  columns,
  rows,
  open = false,
}: {
  caption: string;
  columns: string[];
  rows: ReactNode[][];
  open?: boolean;
}) {
  return (
    <details className="data-table" open={open}>
      <summary>{caption} (table)</summary>
      <div className="table-scroll">
        <table>
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              {columns.map((c) => (
                <th key={c} scope="col">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: rows are positional and never reorder
              <tr key={i}>
                {row.map((cell, j) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: cells are positional
                  <td key={j}>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
