/** "(named by source 1, source 3)": links to the incident page's sources that say something. */
export function SourceLinks({
  lead,
  reportIds,
  sourceNumber,
}: {
  lead: string;
  reportIds: readonly number[];
  sourceNumber: ReadonlyMap<number, number>;
}) {
  return (
    <span className="muted">
      ({lead}{' '}
      {reportIds.map((id, i) => (
        <span key={id}>
          {i > 0 && ', '}
          <a href={`#source-${id}`}>source {sourceNumber.get(id) ?? id}</a>
        </span>
      ))}
      )
    </span>
  );
}
