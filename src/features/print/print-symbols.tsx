import type { ReactNode } from 'react';

import type { CardKind, Cluster } from '../../domain/deck-constants';

const KIND_SHAPES: Record<CardKind, ReactNode> = {
  // A weight with a ring on top.
  factor: (
    <>
      <circle cx="50" cy="24" r="11" />
      <path d="M28 40 H72 L84 88 H16 Z" />
    </>
  ),
  // A balance with two pans: two sides that pull against each other.
  dilemma: (
    <>
      <path d="M50 12 V86 M32 88 H68 M14 26 H86" />
      <path d="M14 26 L4 54 M14 26 L24 54 M2 54 Q14 68 26 54 Z" />
      <path d="M86 26 L76 54 M86 26 L96 54 M74 54 Q86 68 98 54 Z" />
    </>
  ),
  // A staircase.
  step: <path d="M8 90 H30 V70 H50 V50 H70 V30 H92 V90 Z" />,
  // A loop that comes back on itself.
  reflection: (
    <>
      <path d="M84 50 A34 34 0 1 1 66 20" />
      <path d="M56 8 L68 20 L54 30" />
    </>
  ),
  // A numbered list: how the game is played, in order.
  instruction: (
    <>
      <rect x="10" y="10" width="80" height="80" rx="6" />
      <path d="M22 30 H30 M22 50 H30 M22 70 H30 M40 30 H78 M40 50 H78 M40 70 H66" />
    </>
  ),
};

/** The big outline symbol of a card's kind: a second cue beside the kind's name, no fill, no colour needed. */
export function KindSymbol({ kind }: { kind: CardKind }) {
  return (
    <svg className="print-symbol" viewBox="0 0 100 100" aria-hidden="true" focusable="false">
      {KIND_SHAPES[kind]}
    </svg>
  );
}

const W = 160;
const H = 20;
const range = (from: number, to: number, step: number) =>
  Array.from({ length: Math.floor((to - from) / step) + 1 }, (_, i) => from + i * step);

/** Line patterns, one per cluster, that tell clusters apart in black and white. */
const CLUSTER_PATTERNS: Record<Cluster, () => ReactNode> = {
  'law-policy': () => range(3, H - 3, 7).map((y) => <line key={y} x1="0" y1={y} x2={W} y2={y} />),
  profession: () => range(-H, W, 8).map((x) => <line key={x} x1={x} y1={H} x2={x + H} y2="0" />),
  organisation: () => (
    <>
      {range(0, W, 10).map((x) => (
        <line key={`x${x}`} x1={x} y1="0" x2={x} y2={H} />
      ))}
      {range(0, H, 10).map((y) => (
        <line key={`y${y}`} x1="0" y1={y} x2={W} y2={y} />
      ))}
    </>
  ),
  professional: () =>
    range(5, W - 5, 10).flatMap((x) =>
      range(5, H - 5, 10).map((y) => <circle key={`${x}-${y}`} cx={x} cy={y} r="2.2" className="fill" />),
    ),
  client: () =>
    range(5, H - 5, 10).map((y) => <path key={y} d={`M0 ${y} q5 -6 10 0 ${'t10 0 '.repeat(W / 10 - 1)}`} />),
  'employer-labour-market': () => (
    <path
      d={`M0 16 ${range(10, W, 10)
        .map((x, i) => `L${x} ${i % 2 ? 16 : 4}`)
        .join(' ')}`}
    />
  ),
};

/** A band with the cluster's pattern. */
export function ClusterPattern({ cluster }: { cluster: Cluster }) {
  return (
    <svg
      className="print-pattern"
      viewBox={`0 0 ${W} ${H}`}
      preserveAspectRatio="xMidYMid slice"
      aria-hidden="true"
      focusable="false"
      data-cluster={cluster}
    >
      {CLUSTER_PATTERNS[cluster]()}
    </svg>
  );
}
