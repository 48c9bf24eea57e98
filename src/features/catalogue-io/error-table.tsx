import type { CatalogueError } from '../../catalogue/catalogue-errors';
import { format } from '../../i18n/messages';
import type { catalogueIoMessages } from './messages';
import '../../components/data-table.css';

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
    <div className="data-scroll">
      <table className="data-table cat-io-errors">
        <caption>{format(m.errorsCaption, { subject })}</caption>
        <thead>
          <tr>
            <th scope="col">{m.path}</th>
            <th scope="col">{m.value}</th>
            <th scope="col">{m.expected}</th>
          </tr>
        </thead>
        <tbody>
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
        </tbody>
      </table>
    </div>
  );
}
