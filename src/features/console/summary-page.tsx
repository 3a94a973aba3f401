import type { SessionSummary, SummaryLabels } from './session-summary';
import { summaryFormats } from './session-summary';

/** The summary as a page to read on screen or print: the same content as the Markdown, as plain HTML. */
export function SummaryPage({ summary: s, labels }: { summary: SessionSummary; labels: SummaryLabels }) {
  const f = summaryFormats(s.language);
  const side = (x: 'a' | 'b') => labels.sideName(x, s.sides[x]);
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
      {s.weigh.length > 0 && (
        <section>
          <h3>{labels.weigh}</h3>
          <table>
            <thead>
              <tr>
                <th scope="col">{labels.factor}</th>
                <th scope="col">{labels.side}</th>
                <th scope="col">{labels.weights}</th>
                <th scope="col">{labels.mean}</th>
                <th scope="col">{labels.spread}</th>
              </tr>
            </thead>
            <tbody>
              {s.weigh.map((w) => (
                <tr key={w.factor}>
                  <th scope="row">{w.factor}</th>
                  <td>{side(w.side)}</td>
                  <td>{w.weights.join(', ') || '–'}</td>
                  <td>{f.decimal(w.mean)}</td>
                  <td>{w.min === null ? '–' : `${w.min}–${w.max}`}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {s.balance && (
            <p>
              <strong>{labels.balance}:</strong>{' '}
              {labels.balanceOutcome(s.balance.heavier && side(s.balance.heavier), {
                a: f.decimal(s.balance.totals.a),
                b: f.decimal(s.balance.totals.b),
              })}
            </p>
          )}
        </section>
      )}
      {s.duel && (
        <section>
          <h3>{labels.duel}</h3>
          <table>
            <thead>
              <tr>
                <th scope="col">{labels.side}</th>
                <th scope="col">{labels.chosen}</th>
                <th scope="col">{labels.share}</th>
              </tr>
            </thead>
            <tbody>
              {(['a', 'b'] as const).map((x) => (
                <tr key={x}>
                  <th scope="row">{side(x)}</th>
                  <td>{s.duel![x]}</td>
                  <td>{f.percent(s.duel!.shares[x])}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {s.duel.source === 'tally' && <p>{labels.duelCounted}</p>}
        </section>
      )}
      {s.weighAgain && (
        <section>
          <h3>{labels.rounds(...s.weighAgain.rounds)}</h3>
          <table>
            <thead>
              <tr>
                <th scope="col">{labels.factor}</th>
                <th scope="col">{labels.roundMean(s.weighAgain.rounds[0])}</th>
                <th scope="col">{labels.roundMean(s.weighAgain.rounds[1])}</th>
                <th scope="col">{labels.shift}</th>
                <th scope="col">{labels.roundSpread(s.weighAgain.rounds[0])}</th>
                <th scope="col">{labels.roundSpread(s.weighAgain.rounds[1])}</th>
              </tr>
            </thead>
            <tbody>
              {s.weighAgain.factors.map((x) => (
                <tr key={x.factor}>
                  <th scope="row">{x.factor}</th>
                  <td>{f.decimal(x.before?.mean ?? null)}</td>
                  <td>{f.decimal(x.after?.mean ?? null)}</td>
                  <td>{x.shift === null ? '–' : f.signed(x.shift)}</td>
                  <td>{x.before ? `${x.before.min}–${x.before.max}` : '–'}</td>
                  <td>{x.after ? `${x.after.min}–${x.after.max}` : '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p>{labels.ranges(s.weighAgain.ranges)}</p>
        </section>
      )}
      {s.duelAgain && s.duel && (
        <section>
          <h3>{labels.rounds(...s.duelAgain.rounds)}</h3>
          <table>
            <thead>
              <tr>
                <th scope="col">{labels.side}</th>
                <th scope="col">{labels.roundMean(s.duelAgain.rounds[0])}</th>
                <th scope="col">{labels.roundMean(s.duelAgain.rounds[1])}</th>
              </tr>
            </thead>
            <tbody>
              {(['a', 'b'] as const).map((x) => (
                <tr key={x}>
                  <th scope="row">{side(x)}</th>
                  <td>{s.duelAgain!.before[x]}</td>
                  <td>{s.duel![x]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      {s.rank && (
        <section>
          <h3>{labels.rank}</h3>
          <p>{labels.rankCount(s.rank.size, s.rank.voters)}</p>
          <table>
            <thead>
              <tr>
                <th scope="col">{labels.groupPlace}</th>
                <th scope="col">{labels.factor}</th>
                <th scope="col">{labels.studyPlace}</th>
                <th scope="col">{labels.picked}</th>
                <th scope="col">{labels.difference}</th>
              </tr>
            </thead>
            <tbody>
              {s.rank.rows.map((r) => (
                <tr key={r.factor}>
                  <td>{labels.place(r.place, r.tied)}</td>
                  <th scope="row">{r.factor}</th>
                  <td>{r.study ?? '–'}</td>
                  <td>{r.picks}</td>
                  <td>{r.mark ? labels.mark(r.mark) : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
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
