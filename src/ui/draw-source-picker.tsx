import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import type { DealFilter } from '../domain/deal';
import { CARD_KINDS, CLUSTERS, type CardKind, type Cluster } from '../domain/deck-constants';

const encode = (filter: DealFilter) =>
  filter.cluster ? `cluster:${filter.cluster}` : filter.kind ? `kind:${filter.kind}` : 'all';

function decode(value: string): DealFilter {
  const [type, name] = value.split(':');
  if (type === 'kind') return { kind: name as CardKind, cluster: null };
  if (type === 'cluster') return { kind: 'factor', cluster: name as Cluster };
  return { kind: null, cluster: null };
}

/** Chooses what to draw from: all cards, one kind, or the factors of one cluster. */
export function DrawSourcePicker({
  filter,
  onChange,
  label,
}: {
  filter: DealFilter;
  onChange: (f: DealFilter) => void;
  /** The field's label when "Trek uit" does not fit, as on the print page. */
  label?: string;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label ?? t('drawFrom.label')}</label>
      <select id={id} value={encode(filter)} onChange={(event) => onChange(decode(event.target.value))}>
        <option value="all">{t('drawFrom.all')}</option>
        <optgroup label={t('drawFrom.kinds')}>
          {CARD_KINDS.map((kind) => (
            <option key={kind} value={`kind:${kind}`}>
              {t(`kindPlural.${kind}`)}
            </option>
          ))}
        </optgroup>
        <optgroup label={t('drawFrom.clusters')}>
          {CLUSTERS.map((cluster) => (
            <option key={cluster} value={`cluster:${cluster}`}>
              {t(`cluster.${cluster}`)}
            </option>
          ))}
        </optgroup>
      </select>
    </div>
  );
}
