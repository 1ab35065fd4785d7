import type { MappedField } from '@/lib/lookups';

/** Mapped fields as a definition list and line items as a table; every value is a React text node. */
export function LookupAnswer(props: { fields: MappedField[]; items: MappedField[][]; label: (f: MappedField) => string; itemsTitle: string }) {
  const header = props.items[0];
  return (
    <>
      <dl className="dm-lookup-fields">
        {props.fields.map((f) => (
          <div key={f.label} data-label={f.label}>
            <dt>{props.label(f)}</dt>
            <dd>{f.value}</dd>
          </div>
        ))}
      </dl>
      {header && (
        <table className="dm-lookup-items">
          <caption>{props.itemsTitle}</caption>
          <thead>
            <tr>
              {header.map((f) => (
                <th key={f.label} scope="col">
                  {props.label(f)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {props.items.map((row, i) => (
              <tr key={i}>
                {row.map((f) => (
                  <td key={f.label}>{f.value}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
