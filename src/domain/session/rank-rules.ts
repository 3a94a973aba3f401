/**
 * Rangorde: each player picks, in order, the factors that weigh most in their own practice; the group's
 * ranking is set beside the study's top 15. Pure functions; the reducer, the wall view, the console and the
 * summary all ask these.
 */

/** How many factors each player picks: the trainer chooses 3 to 7. */
export const RANK_SIZE_MIN = 3;
export const RANK_SIZE_MAX = 7;
export const DEFAULT_RANK_SIZE = 5;
/** The most factors a shortlist (or the whole choice) may hold. */
export const RANK_CHOICES_MAX = 80;

/** A difference of places counts as large from this many places on. */
export const RANK_SHIFT_MIN = 3;
/** At most this many factors are marked for the largest difference of places (more only when tied). */
export const RANK_SHIFT_MARKED = 3;
/** "High" in the group: this place or better. */
export const RANK_GROUP_HIGH = 5;
/** "High" in the study: this rank or better (a factor this high that nobody picked is marked). */
export const RANK_STUDY_HIGH = 5;

export interface RankState {
  /** How many factors each player picks, 3..7. */
  size: number;
  /** The factor ids to choose from; empty means every factor card of the deck. */
  shortlist: string[];
  /** voter -> factor ids, most weighty first; hidden until revealed. */
  picks: Record<string, string[]>;
}

export const createRankState = (): RankState => ({ size: DEFAULT_RANK_SIZE, shortlist: [], picks: {} });

export type PickProblem = 'size' | 'duplicate' | 'not-a-choice';

/**
 * Whether a pick can be counted: exactly `size` factors, each once, each from the shortlist when there is
 * one. Null when it can; else what is wrong with it.
 */
export function pickProblem(pick: readonly string[], rank: Pick<RankState, 'size' | 'shortlist'>): PickProblem | null {
  if (pick.length !== rank.size) return 'size';
  if (new Set(pick).size !== pick.length) return 'duplicate';
  if (rank.shortlist.length > 0 && pick.some((id) => !rank.shortlist.includes(id))) return 'not-a-choice';
  return null;
}

/** One factor's place in the group. */
export interface GroupPlace {
  factorId: string;
  /** Borda points: the sum over all picks of the points it got there. */
  points: number;
  /** 1 is first. Tied factors share the place ("gedeeld 2e"), the next place after a tie is skipped. */
  place: number;
  /** Another factor has the same points (and so the same place). */
  tied: boolean;
  /** How many players picked it. */
  picks: number;
  /** The highest place (1 = first) and the lowest place any player gave it. */
  best: number;
  worst: number;
}

/**
 * The group's ranking by Borda count. In a pick of k factors the first gets k points, the second k - 1, and
 * so on down to 1 point for the last; a factor's points are the sum over every player's pick. A factor
 * nobody picked gets no place. More points is a better place; equal points share a place (standard
 * competition ranking: 1, 2, 2, 4), so a tie is shown as a tie and never broken by chance.
 * Within a tie the order is by highest place given, then by id, only so that the list is stable.
 */
export function groupRanking(picks: Readonly<Record<string, readonly string[]>>): GroupPlace[] {
  const byFactor = new Map<string, { points: number; picks: number; best: number; worst: number }>();
  for (const pick of Object.values(picks)) {
    const k = pick.length;
    pick.forEach((factorId, index) => {
      const place = index + 1;
      const entry = byFactor.get(factorId) ?? { points: 0, picks: 0, best: place, worst: place };
      entry.points += k - index;
      entry.picks += 1;
      entry.best = Math.min(entry.best, place);
      entry.worst = Math.max(entry.worst, place);
      byFactor.set(factorId, entry);
    });
  }
  const rows = [...byFactor].map(([factorId, e]) => ({ factorId, ...e }));
  rows.sort((x, y) => y.points - x.points || x.best - y.best || (x.factorId < y.factorId ? -1 : 1));
  return rows.map((row) => {
    const place = 1 + rows.filter((other) => other.points > row.points).length;
    const tied = rows.some((other) => other !== row && other.points === row.points);
    return { ...row, place, tied };
  });
}

/**
 * Why a factor is marked as a large difference between the group and the study:
 * - `shift`: in both, with one of the largest differences of place (|group place - study rank| at least
 *   {@link RANK_SHIFT_MIN}; the {@link RANK_SHIFT_MARKED} largest, ties included);
 * - `group-only`: in the group's top {@link RANK_GROUP_HIGH} but not in the study's top 15;
 * - `missed`: in the study's top {@link RANK_STUDY_HIGH}, could be picked, and nobody picked it.
 */
export type RankMark = 'shift' | 'group-only' | 'missed';

export interface RankComparisonRow {
  factorId: string;
  /** The group's place, null when nobody picked it. */
  place: number | null;
  tied: boolean;
  points: number;
  picks: number;
  best: number | null;
  worst: number | null;
  /** The factor's rank in the study's top 15, null when it is not in it. */
  study: number | null;
  /** |place - study| when both are known. */
  difference: number | null;
  mark: RankMark | null;
}

export interface RankComparison {
  /** How many players' picks were counted. */
  voters: number;
  /** Every factor the group picked, by place, then the study's top 15 nobody picked, by study rank. */
  rows: RankComparisonRow[];
}

/**
 * The group's ranking beside the study's top 15. `studyRank` gives a factor's rank in the top 15 (or null);
 * `choices` are the factors that could be picked (the study's factors outside them are left out: nobody
 * could pick them), or null when every factor could be.
 */
export function compareWithStudy(
  picks: Readonly<Record<string, readonly string[]>>,
  studyRank: (factorId: string) => number | null,
  studyTop: readonly string[],
  choices: readonly string[] | null,
): RankComparison {
  const group = groupRanking(picks);
  const rows: RankComparisonRow[] = group.map((g) => {
    const study = studyRank(g.factorId);
    return {
      factorId: g.factorId,
      place: g.place,
      tied: g.tied,
      points: g.points,
      picks: g.picks,
      best: g.best,
      worst: g.worst,
      study,
      difference: study === null ? null : Math.abs(g.place - study),
      mark: study === null && g.place <= RANK_GROUP_HIGH ? 'group-only' : null,
    };
  });
  const picked = new Set(group.map((g) => g.factorId));
  const unpicked = studyTop
    .filter((id) => !picked.has(id) && (choices === null || choices.includes(id)))
    .map((factorId) => ({ factorId, study: studyRank(factorId) }))
    .filter((f): f is { factorId: string; study: number } => f.study !== null)
    .sort((x, y) => x.study - y.study);
  for (const { factorId, study } of unpicked)
    rows.push({
      factorId,
      place: null,
      tied: false,
      points: 0,
      picks: 0,
      best: null,
      worst: null,
      study,
      difference: null,
      mark: group.length > 0 && study <= RANK_STUDY_HIGH ? 'missed' : null,
    });

  const shifts = rows
    .map((r) => r.difference)
    .filter((d): d is number => d !== null && d >= RANK_SHIFT_MIN)
    .sort((x, y) => y - x);
  const threshold = shifts[Math.min(RANK_SHIFT_MARKED, shifts.length) - 1];
  if (threshold !== undefined)
    for (const row of rows) if (row.difference !== null && row.difference >= threshold) row.mark = 'shift';
  return { voters: Object.keys(picks).length, rows };
}
