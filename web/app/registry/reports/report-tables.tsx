import type { ReactNode } from 'react';
import shell from '../_shell/registry.module.css';
import styles from './reports.module.css';

const BAR_WIDTH = 128;

/**
 * The figure with a bar as long as its share of the largest in the table. The bar is an SVG drawing (its
 * width an attribute, as the pages' Content-Security-Policy allows no inline styles), hidden from readers.
 */
export function CountCell({ count, max }: { count: number; max: number }) {
  const width = max > 0 ? Math.max(4, Math.round((count / max) * BAR_WIDTH)) : 0;
  return (
    <td>
      <span className={styles.count}>
        <svg className={styles.bar} width={BAR_WIDTH} height="14" aria-hidden="true" focusable="false">
          <rect width={width} height="14" rx="2" />
        </svg>
        <span className={styles.figure}>{count}</span>
      </span>
    </td>
  );
}

/** One table of a report, with its title as the caption and a total line. */
export function ReportTable({
  title,
  headers,
  rows,
  total,
}: {
  title: string;
  headers: string[];
  rows: Array<{ key: string; cells: ReactNode[]; count: number }>;
  total?: boolean;
}) {
  const max = Math.max(0, ...rows.map((row) => row.count));
  const sum = rows.reduce((acc, row) => acc + row.count, 0);
  return (
    <div className={shell.tableWrap} tabIndex={0} role="region" aria-label={title}>
      <table className={shell.table}>
        <caption>{title}</caption>
        <thead>
          <tr>
            {headers.map((header) => (
              <th key={header} scope="col">
                {header}
              </th>
            ))}
            <th scope="col">Количество</th>
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && (
            <tr>
              <td colSpan={headers.length + 1}>Ничего не найдено.</td>
            </tr>
          )}
          {rows.map((row) => (
            <tr key={row.key}>
              {row.cells.map((cell, index) => (
                <td key={index}>{cell}</td>
              ))}
              <CountCell count={row.count} max={max} />
            </tr>
          ))}
        </tbody>
        {total && rows.length > 0 && (
          <tfoot>
            <tr>
              <th scope="row" colSpan={headers.length}>
                Итого
              </th>
              <td className={styles.figure}>{sum}</td>
            </tr>
          </tfoot>
        )}
      </table>
    </div>
  );
}
