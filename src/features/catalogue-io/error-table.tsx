import type { CatalogueError } from '../../catalogue/catalogue-errors';
import { catalogueErrorWords } from '../../components/catalogue-error-words';
import { DataTable } from '../../components/data-table';
import { useLanguage } from '../../components/use-messages';
import { format } from '../../i18n/messages';
import type { catalogueIoMessages } from './messages';

/**
 * Every problem of a file that was not imported: where, what it holds, what was expected —
 * in the interface language (the checks write English; catalogue-error-words gives the zh).
 */
export function ErrorTable({
  errors,
  subject,
  m,
}: {
  errors: readonly CatalogueError[];
  subject: string;
  m: (typeof catalogueIoMessages)['en'];
}) {
  const lang = useLanguage();
  return (
    <DataTable
      className="cat-io-errors"
      caption={format(m.errorsCaption, { subject })}
      columns={[m.path, m.value, m.expected]}
    >
      {errors.map((error, i) => {
        const words = catalogueErrorWords(error, lang);
        return (
          // Paths repeat (one cell, two rules): the position keeps rows apart.
          <tr key={i}>
            <th scope="row">
              <code>{words.path}</code>
            </th>
            <td>
              <code>{words.value}</code>
            </td>
            <td>{words.expected}</td>
          </tr>
        );
      })}
    </DataTable>
  );
}
