import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { LANGUAGES, type Language } from '../../domain/deck-constants';
import type { Deck } from '../../domain/deck-schema';
import {
  explanationOf,
  isExplainable,
  MAX_RESPOND_CHARS,
  reflectionFor,
  setRespond,
  type Walk,
} from '../../domain/explain-walk';
import { useAppStore } from '../../state/store';
import { TextExport } from '../../ui/text-export';
import { explainHref } from '../../ui/view-links';
import { clientDocument, documentToMarkdown } from './client-document';

/** The explanation for the client: on the page, printed on one sheet, or as Markdown; then a reflection. */
export function ResultStage({ walk, deck }: { walk: Walk; deck: Deck }) {
  const { t, i18n } = useTranslation(['explain', 'common']);
  const appLanguage = useAppStore((s) => s.language);
  const changeWalk = useAppStore((s) => s.changeWalk);
  const [docLanguage, setDocLanguage] = useState<Language>(appLanguage);
  const [confirming, setConfirming] = useState(false);
  const respondId = useId();
  const languageId = useId();
  const ready = isExplainable(walk);
  const doc = clientDocument(
    explanationOf(walk, deck.cards),
    i18n.getFixedT(docLanguage, 'explain'),
    docLanguage,
    new Date(walk.updatedAt),
  );
  const reflection = reflectionFor(walk, deck.cards);

  return (
    <div className="explain__result">
      <div className="explain__no-print">
        <div className="field">
          <label htmlFor={respondId}>{t('result.respondLabel')}</label>
          <textarea
            id={respondId}
            rows={3}
            maxLength={MAX_RESPOND_CHARS}
            value={walk.respond}
            aria-describedby={`${respondId}-hint`}
            onChange={(e) => changeWalk(walk.id, (w, now) => setRespond(w, e.target.value, now))}
          />
          <p id={`${respondId}-hint`} className="hint">
            {t('result.respondHint')}
          </p>
        </div>
        <div className="field explain__language">
          <label htmlFor={languageId}>{t('result.language')}</label>
          <select id={languageId} value={docLanguage} onChange={(e) => setDocLanguage(e.target.value as Language)}>
            {LANGUAGES.map((language) => (
              <option key={language} value={language}>
                {t(`common:language.${language}`)}
              </option>
            ))}
          </select>
        </div>
      </div>

      {!ready ? (
        <p className="alert" role="alert">
          {t('result.notReady')}
        </p>
      ) : (
        <>
          <article className="explain-doc" aria-label={t('result.documentLabel')} lang={docLanguage}>
            <h1>{doc.title}</h1>
            <p className="explain-doc__date">{doc.date}</p>
            {doc.blocks.map((block, i) => {
              const Heading = block.level === 2 ? 'h2' : 'h3';
              return (
                <section key={i} className={`explain-doc__block explain-doc__block--${block.level}`}>
                  <Heading>{block.heading}</Heading>
                  {block.paragraphs.map((p, j) => (
                    <p key={j}>{p}</p>
                  ))}
                  {block.items.length > 0 && (
                    <ul>
                      {block.items.map((item, j) => (
                        <li key={j}>
                          <strong>{item.title}</strong>
                          {item.detail && <>: {item.detail}</>}
                        </li>
                      ))}
                    </ul>
                  )}
                </section>
              );
            })}
            <p className="explain-doc__footer">{doc.footer}</p>
          </article>
          <div className="explain__tools explain__no-print">
            <button type="button" className="button button--primary" onClick={() => window.print()}>
              {t('result.print')}
            </button>
            <TextExport
              getText={() => documentToMarkdown(doc)}
              fileName={`${t('result.fileName')}-${new Date(walk.updatedAt).toISOString().slice(0, 10)}.md`}
              title={doc.title}
              what={t('result.what')}
            />
          </div>
        </>
      )}

      {reflection && (
        <section className="explain__reflection explain__no-print" aria-labelledby="explain-reflection">
          <h2 id="explain-reflection" className="section-title">
            {t('result.reflection')}: {reflection.title[appLanguage]}
          </h2>
          <p className="hint">{t('result.reflectionHint')}</p>
          <p>{reflection.text[appLanguage]}</p>
          <ul>
            {reflection.questions.map((q, i) => (
              <li key={i}>{q[appLanguage]}</li>
            ))}
          </ul>
        </section>
      )}

      <div className="explain__no-print explain__delete">
        {confirming ? (
          <div className="confirm" role="group" aria-labelledby="explain-delete-question">
            <p id="explain-delete-question">{t('result.confirmDelete')}</p>
            <div className="row">
              <button
                type="button"
                className="button button--danger"
                onClick={() => {
                  useAppStore.getState().deleteWalk(walk.id);
                  window.location.hash = explainHref;
                }}
              >
                {t('result.confirmYes')}
              </button>
              <button type="button" className="button" onClick={() => setConfirming(false)}>
                {t('result.confirmNo')}
              </button>
            </div>
          </div>
        ) : (
          <button type="button" className="button button--secondary" onClick={() => setConfirming(true)}>
            {t('result.delete')}
          </button>
        )}
      </div>
    </div>
  );
}
