import type { TFunction } from 'i18next';

import type { Language } from '../../domain/deck-constants';
import type { Explanation } from '../../domain/explain-walk';

export interface DocBlock {
  heading: string;
  level: 2 | 3;
  paragraphs: string[];
  items: { title: string; detail: string }[];
}

/** The explanation for the client as headings, paragraphs and lists: rendered on the page and as Markdown. */
export interface ClientDocument {
  title: string;
  date: string;
  blocks: DocBlock[];
  footer: string;
}

/** Builds the one-page explanation in plain language, from what the professional chose and typed only. */
export function clientDocument(
  explanation: Explanation,
  t: TFunction<'explain'>,
  language: Language,
  date: Date,
): ClientDocument {
  const block = (heading: string, level: 2 | 3, paragraphs: string[], items: DocBlock['items'] = []): DocBlock => ({
    heading,
    level,
    paragraphs: paragraphs.filter((p) => p.trim() !== ''),
    items,
  });
  const blocks: DocBlock[] = [block(t('doc.decided'), 2, [explanation.decision])];
  blocks.push(block(t('doc.weighed'), 2, [t('doc.weighedIntro')]));
  for (const { step, factors } of explanation.steps) {
    if (factors.length === 0) continue;
    blocks.push(
      block(
        t(`doc.step.${step as 0 | 1 | 2 | 3 | 4 | 5}`),
        3,
        [],
        factors.map((f) => ({ title: f.card.title[language], detail: f.note })),
      ),
    );
  }
  if (explanation.canInfluence.length > 0)
    blocks.push(
      block(
        t('doc.canInfluence'),
        2,
        [t('doc.canInfluenceIntro')],
        explanation.canInfluence.map((f) => ({ title: f.card.title[language], detail: '' })),
      ),
    );
  if (explanation.cannotInfluence.length > 0)
    blocks.push(
      block(
        t('doc.cannotInfluence'),
        2,
        [t('doc.cannotInfluenceIntro')],
        explanation.cannotInfluence.map((f) => ({ title: f.card.title[language], detail: '' })),
      ),
    );
  blocks.push(block(t('doc.respond'), 2, [t('doc.respondIntro'), explanation.respond]));
  return {
    title: t('doc.title'),
    date: date.toLocaleDateString(language === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'long' }),
    blocks,
    footer: t('doc.footer'),
  };
}

const escape = (text: string) => text.replace(/([\\`*_#[\]])/g, '\\$1');

export function documentToMarkdown(doc: ClientDocument): string {
  const lines = [`# ${escape(doc.title)}`, '', `_${doc.date}_`, ''];
  for (const b of doc.blocks) {
    lines.push(`${'#'.repeat(b.level)} ${escape(b.heading)}`, '');
    for (const p of b.paragraphs) lines.push(escape(p), '');
    if (b.items.length > 0) {
      for (const item of b.items)
        lines.push(`- **${escape(item.title)}**${item.detail ? `: ${escape(item.detail)}` : ''}`);
      lines.push('');
    }
  }
  lines.push('---', '', `_${escape(doc.footer)}_`, '');
  return lines.join('\n');
}
