import type { Cell, DocTable as Table } from '../../lib/brief/document';

/** A cell of the brief's words: one line, or a line with a smaller one under it. */
export function DocCell({ cell }: { cell: Cell }) {
  if (typeof cell === 'string') return <>{cell}</>;
  return (
    <>
      <span class="brief-cell-main">{cell.main}</span>
      <span class="brief-cell-sub">{cell.sub}</span>
    </>
  );
}

/** A table of the brief's words, as the Word document has it too. */
export default function DocTable({
  table,
  caption,
  class: look,
}: {
  table: Table;
  caption: string;
  class: string;
}) {
  return (
    <table class={`brief-table ${look}`}>
      <caption class="sr-only">{caption}</caption>
      <thead>
        <tr>
          {table.head.map((cell, i) => (
            <th key={i} scope="col">
              {cell}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row, r) => (
          <tr key={r}>
            {row.map((cell, c) => (
              <td key={c}>
                <DocCell cell={cell} />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
