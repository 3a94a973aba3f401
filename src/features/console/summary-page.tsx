import {
  summaryFormats,
  summarySections,
  type SessionSummary,
  type SummaryLabels,
  type SummaryLine,
  type SummaryTable,
} from './session-summary';

/** The summary as a page to read on screen or print: the same content as the Markdown, as plain HTML. */
export function SummaryPage({ summary: s, labels }: { summary: SessionSummary; labels: SummaryLabels }) {
  const f = summaryFormats(s.language);
  return (
    <article className="summary-page" lang={s.language} aria-labelledby="summary-page-title">
      <h2 id="summary-page-title">{labels.title}</h2>
      <dl className="summary-page__facts">
        <dt>{labels.format}</dt>
        <dd>{labels.formatName}</dd>
        <dt>{labels.date}</dt>
        <dd>
          <time dateTime={s.exportedAt}>{f.date(s.exportedAt)}</time>
        </dd>
        {s.plan && (
          <>
            <dt>{labels.plan}</dt>
            <dd>{labels.planStep(s.plan.title, s.plan.step, s.plan.steps)}</dd>
          </>
        )}
        {s.players.length > 0 && (
          <>
            <dt>{labels.players}</dt>
            <dd>{s.players.join(', ')}</dd>
          </>
        )}
        {s.caseCard && (
          <>
            <dt>{labels.caseCard}</dt>
            <dd>
              {s.caseCard.title}
              {s.caseCard.kind && ` (${labels.kind(s.caseCard.kind)})`}
            </dd>
          </>
        )}
        {s.decision !== null && (
          <>
            <dt>{labels.decision}</dt>
            <dd>{s.decision}</dd>
          </>
        )}
      </dl>
      {summarySections(s, labels).map((section) => (
        <section key={section.id} aria-labelledby={`summary-${section.id}`}>
          <h3 id={`summary-${section.id}`}>{section.title}</h3>
          {section.before.map(line)}
          <Table {...section.table} />
          {section.after.map(line)}
        </section>
      ))}
      {s.steps.length > 0 && (
        <section>
          <h3>{labels.steps}</h3>
          <ul>
            {s.steps.map((step) => (
              <li key={step.step}>
                <strong>{labels.stepName(step.step)}:</strong> {step.factors.join(', ')}
              </li>
            ))}
          </ul>
        </section>
      )}
      <section>
        <h3>{labels.cards}</h3>
        <p className="hint">{labels.cardsHint}</p>
        {s.cardsPlayed.length ? (
          <ol>
            {s.cardsPlayed.map((c) => (
              <li key={c.id}>
                {c.title}
                {c.kind && ` (${labels.kind(c.kind)})`}
              </li>
            ))}
          </ol>
        ) : (
          <p>{labels.none}</p>
        )}
      </section>
      {s.roomNotes.length > 0 && (
        <section>
          <h3>{labels.roomNotes}</h3>
          <ul>
            {s.roomNotes.map((note, i) => (
              <li key={i}>{note}</li>
            ))}
          </ul>
        </section>
      )}
      <section>
        <h3>{labels.notes}</h3>
        <p className="summary-page__notes">{s.facilitatorNotes.trim() || labels.none}</p>
      </section>
    </article>
  );
}

function line({ label, text }: SummaryLine) {
  return (
    <p key={text}>
      {label && <strong>{label}:</strong>} {text}
    </p>
  );
}

function Table({ heads, rowHead, rows }: SummaryTable) {
  return (
    <table>
      <thead>
        <tr>
          {heads.map((head) => (
            <th key={head} scope="col">
              {head}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            {row.cells.map((cell, i) =>
              i === rowHead ? (
                <th key={i} scope="row">
                  {cell}
                </th>
              ) : (
                <td key={i}>{cell}</td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
