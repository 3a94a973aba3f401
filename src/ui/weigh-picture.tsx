import { useTranslation } from 'react-i18next';

import type { Language } from '../domain/deck-constants';
import type { WallView } from '../domain/session/wall-view';
import './pictures.css';

export type WeighResults = Extract<NonNullable<WallView['results']>, { kind: 'weigh' }>;
type FactorResult = WeighResults['factors'][number];
type Side = FactorResult['side'];

interface WeighPictureProps {
  results: WeighResults;
  language: Language;
  /** `large` for the wall: the text version sits beside the picture instead of below it. */
  size?: 'normal' | 'large';
}

const SIDES = ['a', 'b'] as const;
const LETTER: Record<Side, string> = { a: 'A', b: 'B' };
/** How far the beam turns at a full tilt, in degrees. */
const MAX_ANGLE = 12;

/**
 * How a group weighs: a balance that tips between the two sides, per factor every weight given with the
 * mean and the spread, and beside it the same as a table.
 */
export function WeighPicture({ results, language, size = 'normal' }: WeighPictureProps) {
  const { t } = useTranslation('projector');
  const decimal = new Intl.NumberFormat(language, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const label: Record<Side, string> = { a: results.sides[0][language], b: results.sides[1][language] };
  const total: Record<Side, string> = { a: decimal.format(results.totals.a), b: decimal.format(results.totals.b) };
  const heavier: Side | null = results.tilt < 0 ? 'a' : results.tilt > 0 ? 'b' : null;
  const summary = heavier
    ? t('weigh.tipsTo', {
        letter: LETTER[heavier],
        side: label[heavier],
        heavy: total[heavier],
        light: total[heavier === 'a' ? 'b' : 'a'],
      })
    : t('weigh.even', { a: total.a, b: total.b });
  const spread = (f: FactorResult) => (f.min === null || f.max === null ? t('weigh.none') : `${f.min}–${f.max}`);
  const mean = (f: FactorResult) => (f.mean === null ? t('weigh.none') : decimal.format(f.mean));
  const rounds = results.rounds;

  if (size === 'large') {
    // The wall: the balance with the two sides under it, and one table in which every factor's weights are a
    // row of dots on a scale of 1 to 5 that the table's head numbers once.
    const ordered = SIDES.flatMap((side) => results.factors.filter((f) => f.side === side));
    return (
      <figure className="weigh-picture weigh-picture--large">
        <div className="weigh-picture__balance">
          <Balance tilt={results.tilt} totals={total} label={summary} />
          {SIDES.map((side) => (
            <p key={side} className={`weigh-picture__side weigh-picture__side--${side}`}>
              <span className="side-letter" data-side={side}>
                {LETTER[side]}
              </span>{' '}
              {label[side]} <span className="weigh-side__total">{t('weigh.total', { total: total[side] })}</span>
            </p>
          ))}
          {rounds && results.ranges && (
            <p className="weigh-picture__rounds">
              <strong>{t('weigh.rounds', { before: rounds[0], after: rounds[1] })}</strong>{' '}
              {t('weigh.ranges', results.ranges)}
            </p>
          )}
        </div>
        <table className="weigh-table">
          <caption className="visually-hidden">{t('weigh.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('weigh.column.factor')}</th>
              <th scope="col" className="weigh-table__weights">
                <span className="visually-hidden">{t('weigh.column.weights')}</span>
                <span className="weigh-table__ruler" aria-hidden="true">
                  {[1, 2, 3, 4, 5].map((value) => (
                    <span key={value} style={{ left: `${(rulerX(value) / STRIP_WIDTH) * 100}%` }}>
                      {value}
                    </span>
                  ))}
                </span>
              </th>
              <th scope="col">{t('weigh.column.mean')}</th>
              <th scope="col">{t('weigh.column.spread')}</th>
            </tr>
          </thead>
          <tbody>
            {ordered.map((f) => (
              <tr key={f.id}>
                <th scope="row">
                  <span className="side-letter" data-side={f.side} aria-hidden="true">
                    {LETTER[f.side]}
                  </span>{' '}
                  {f.title[language]}
                  <span className="visually-hidden">
                    {' '}
                    ({LETTER[f.side]} · {label[f.side]})
                  </span>
                </th>
                <td className="weigh-table__weights">
                  <span className="visually-hidden">{f.weights.length ? f.weights.join(', ') : t('weigh.none')}</span>
                  <DotStrip factor={f} bare />
                </td>
                {rounds ? (
                  <RoundCells factor={f} rounds={rounds} decimal={decimal} mean={mean} spread={spread} />
                ) : (
                  <>
                    <td>{mean(f)}</td>
                    <td>{spread(f)}</td>
                  </>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </figure>
    );
  }

  return (
    <figure className={`weigh-picture weigh-picture--${size}`}>
      <div className="weigh-picture__graphic">
        <Balance tilt={results.tilt} totals={total} label={summary} />
        {SIDES.map((side) => (
          <section key={side} className={`weigh-side weigh-side--${side}`}>
            <h3 className="weigh-side__title">
              <span className="side-letter" data-side={side}>
                {LETTER[side]}
              </span>{' '}
              {label[side]} <span className="weigh-side__total">{t('weigh.total', { total: total[side] })}</span>
            </h3>
            {/* The table below says the same in words. */}
            <ul className="weigh-side__factors" aria-hidden="true">
              {results.factors
                .filter((f) => f.side === side)
                .map((f) => (
                  <li key={f.id} className="weigh-factor">
                    <span className="weigh-factor__title">{f.title[language]}</span>
                    <DotStrip factor={f} />
                    <span className="weigh-factor__numbers">
                      {f.mean === null ? (
                        t('weigh.noWeights')
                      ) : (
                        <>
                          <span>{t('weigh.mean', { mean: mean(f) })}</span>{' '}
                          <span>{t('weigh.range', { range: spread(f) })}</span>
                        </>
                      )}
                    </span>
                  </li>
                ))}
            </ul>
          </section>
        ))}
      </div>
      <table className="weigh-table">
        <caption>{t('weigh.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('weigh.column.factor')}</th>
            <th scope="col">{t('weigh.column.side')}</th>
            <th scope="col">{t('weigh.column.weights')}</th>
            <th scope="col">{t('weigh.column.mean')}</th>
            <th scope="col">{t('weigh.column.spread')}</th>
          </tr>
        </thead>
        <tbody>
          {results.factors.map((f) => (
            <tr key={f.id}>
              <th scope="row">{f.title[language]}</th>
              <td>
                {LETTER[f.side]} · {label[f.side]}
              </td>
              <td>{f.weights.length ? f.weights.join(', ') : t('weigh.none')}</td>
              <td>{mean(f)}</td>
              <td>{spread(f)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

/**
 * Weeg opnieuw on the wall: the mean and the range of the round before beside this round's, with the shift as
 * an arrow; a screen reader hears both rounds and the shift in words.
 */
function RoundCells({
  factor,
  rounds,
  decimal,
  mean,
  spread,
}: {
  factor: FactorResult;
  rounds: [number, number];
  decimal: Intl.NumberFormat;
  mean: (f: FactorResult) => string;
  spread: (f: FactorResult) => string;
}) {
  const { t } = useTranslation('projector');
  const { before } = factor;
  const was = before ? decimal.format(before.mean) : t('weigh.notWeighed');
  const shift = before && factor.mean !== null ? Math.round((factor.mean - before.mean) * 100) / 100 : null;
  const amount = shift === null ? '' : decimal.format(Math.abs(shift));
  const moved =
    shift === null
      ? ''
      : shift > 0
        ? t('weigh.heavier', { amount })
        : shift < 0
          ? t('weigh.lighter', { amount })
          : t('weigh.unchanged');
  const arrow = shift === null ? '' : shift > 0 ? '↑' : shift < 0 ? '↓' : '=';
  const wasRange = before ? `${before.min}–${before.max}` : t('weigh.none');
  const said = (was: string, now: string) => t('weigh.beforeAfter', { before: rounds[0], after: rounds[1], was, now });
  return (
    <>
      <td className="weigh-table__round">
        <span aria-hidden="true">
          <span className="weigh-table__before">{was}</span> → {mean(factor)}{' '}
          <span className="weigh-table__shift" data-shift={shift === null ? undefined : Math.sign(shift)}>
            {arrow}
          </span>
        </span>
        <span className="visually-hidden">
          {said(was, mean(factor))}
          {moved && ` (${moved})`}
        </span>
      </td>
      <td className="weigh-table__round">
        <span aria-hidden="true">
          <span className="weigh-table__before">{wasRange}</span> → {spread(factor)}
        </span>
        <span className="visually-hidden">{said(wasRange, spread(factor))}</span>
      </td>
    </>
  );
}

/** A balance whose beam turns towards the heavier side, with the side letters and totals on the pans. */
function Balance({ tilt, totals, label }: { tilt: number; totals: Record<Side, string>; label: string }) {
  const cx = 200;
  const cy = 64;
  const arm = 135;
  const angle = Math.max(-1, Math.min(1, tilt)) * MAX_ANGLE;
  const rad = (angle * Math.PI) / 180;
  const end = (side: Side) => {
    const sign = side === 'a' ? -1 : 1;
    return { x: cx + sign * arm * Math.cos(rad), y: cy + sign * arm * Math.sin(rad) };
  };
  return (
    <svg className="balance" role="img" aria-label={label} viewBox="0 0 400 236" focusable="false">
      <line className="balance__level" x1={20} y1={cy} x2={380} y2={cy} />
      <rect className="balance__stand" x={cx - 6} y={cy} width={12} height={150} />
      <rect className="balance__stand" x={cx - 60} y={cy + 146} width={120} height={12} rx={6} />
      <g transform={`rotate(${angle.toFixed(2)} ${cx} ${cy})`}>
        <rect className="balance__beam" x={cx - arm - 6} y={cy - 5} width={2 * arm + 12} height={10} rx={5} />
      </g>
      <circle className="balance__pivot" cx={cx} cy={cy} r={11} />
      {SIDES.map((side) => {
        const { x, y } = end(side);
        return (
          <g key={side} className={`balance__pan balance__pan--${side}`}>
            <path className="balance__strings" d={`M${x} ${y}L${x - 46} ${y + 56}M${x} ${y}L${x + 46} ${y + 56}`} />
            <path className="balance__bowl" d={`M${x - 58} ${y + 56}h116a58 34 0 0 1 -116 0z`} />
            <text className="balance__letter" x={x} y={y + 80} textAnchor="middle">
              {LETTER[side]}
            </text>
            <text className="balance__total" x={x} y={y + 124} textAnchor="middle">
              {totals[side]}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/** The width of a dot strip, and where on it a weight of 1 to 5 lies. */
const STRIP_WIDTH = 156;
const rulerX = (value: number) => 14 + (value - 1) * 32;

/**
 * One dot per weight on a scale of 1 to 5, stacked when equal, over a bar from the lowest to the highest.
 * `bare` leaves the numbers of the scale to the table's head (the wall).
 */
function DotStrip({ factor, bare = false }: { factor: FactorResult; bare?: boolean }) {
  const x = rulerX;
  // Bare, the strip is lower (a stack packs closer) and leaves room above the dots for a tall stack's number.
  const headroom = bare ? 20 : 0;
  const stack = bare ? 14 : 24;
  const row = bare ? 40 : 34;
  const axis = row + 10;
  const counts = [1, 2, 3, 4, 5].map((value) => factor.weights.filter((w) => w === value).length);
  return (
    <svg
      className={`dot-strip dot-strip--${factor.side}`}
      viewBox={`0 0 ${STRIP_WIDTH} 56`}
      aria-hidden="true"
      focusable="false"
    >
      <line className="dot-strip__axis" x1={4} y1={axis} x2={150} y2={axis} />
      {[1, 2, 3, 4, 5].map((value) => (
        <g key={value}>
          <line className="dot-strip__tick" x1={x(value)} y1={axis - 3} x2={x(value)} y2={axis + 3} />
          {!bare && (
            <text className="dot-strip__value" x={x(value)} y={55} textAnchor="middle">
              {value}
            </text>
          )}
        </g>
      ))}
      {factor.min !== null && factor.max !== null && (
        <rect
          className="dot-strip__spread"
          x={x(factor.min) - 9}
          y={row - 9}
          width={x(factor.max) - x(factor.min) + 18}
          height={18}
          rx={9}
        />
      )}
      {counts.map((count, index) => {
        // Equal weights stack upwards; a tall stack packs closer and says its number.
        const step = count > 1 ? Math.min(bare ? 7 : 10, stack / (count - 1)) : 0;
        const top = row - (count - 1) * step;
        return (
          <g key={index}>
            {Array.from({ length: count }, (_, i) => (
              <circle key={i} className="dot-strip__dot" cx={x(index + 1)} cy={row - i * step} r={6} />
            ))}
            {count > 3 &&
              (bare ? (
                <text
                  className="dot-strip__count dot-strip__count--above"
                  x={x(index + 1)}
                  y={top - 6}
                  textAnchor="middle"
                >
                  {count}
                </text>
              ) : (
                <text className="dot-strip__count" x={x(index + 1) + 8} y={top + 3}>
                  {count}
                </text>
              ))}
          </g>
        );
      })}
      {factor.mean !== null && (
        <g className="dot-strip__mean">
          <line x1={x(factor.mean)} y1={5 + headroom} x2={x(factor.mean)} y2={axis + 3} />
          <path d={`M${x(factor.mean) - 5} ${headroom}h10l-5 7z`} />
        </g>
      )}
    </svg>
  );
}
