import type { CatalogueError } from '../../catalogue/catalogue-errors';
import { DataTable } from '../../components/data-table';
import { format } from '../../i18n/messages';
import type { catalogueIoMessages } from './messages';

/** Every problem of a file that was not imported: where, what it holds, what was expected. */
export function ErrorTable({
  errors,
  subject,
  m,
}: {
  errors: readonly CatalogueError[];
  subject: string;
  m: (typeof catalogueIoMessages)['en'];
}) {
  return (
    <DataTable
      className="cat-io-errors"
      caption={format(m.errorsCaption, { subject })}
      columns={[m.path, m.value, m.expected]}
    >
      {errors.map((error, i) => (
        // Paths repeat (one cell, two rules): the position keeps rows apart.
        <tr key={i}>
          <th scope="row">
            <code>{error.path}</code>
          </th>
          <td>
            <code>{error.value}</code>
          </td>
          <td>{error.expected}</td>
        </tr>
      ))}
    </DataTable>
  );
}
