import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import type { Answer, RelayMessage } from '../../domain/room-protocol';
import type { WallView } from '../../domain/session/wall-view';
import { myAnswerKey } from '../../state/participant-slice';
import { useAppStore } from '../../state/store';
import type { ParticipantRoom } from '../../sync/participant-room';
import { RankForm } from './rank-form';

interface AnswerFormProps {
  room: ParticipantRoom;
  roomCode: string;
  view: WallView;
}

/** The answer the format asks for: a weight per factor, or a side. Anonymous unless a name is given. */
export function AnswerForm({ room, roomCode, view }: AnswerFormProps) {
  const { t } = useTranslation(['participant', 'common']);
  const id = useId();
  const language = useAppStore((s) => s.language);
  const questionId = view.questionId!;
  const question = view.question!;
  const saved = useAppStore((s) => s.myAnswers[myAnswerKey(roomCode, questionId)]);
  const displayName = useAppStore((s) => s.displayName);
  const { rememberAnswer, setDisplayName } = useAppStore.getState();
  const [weights, setWeights] = useState<Record<string, number>>(saved?.kind === 'weights' ? saved.weights : {});
  const [reply, setReply] = useState<RelayMessage | 'sending' | null>(saved ? { type: 'ack', questionId } : null);
  const [note, setNote] = useState('');
  const [noteReply, setNoteReply] = useState<RelayMessage | 'sending' | null>(null);
  const sendNote = async (event: FormEvent) => {
    event.preventDefault();
    const text = note.trim();
    if (!text) return;
    setNoteReply('sending');
    // A note is always anonymous: it goes without the display name.
    setNoteReply(await room.answer({ type: 'answer', questionId, answer: { kind: 'note', text } }));
  };

  const send = async (answer: Answer) => {
    setReply('sending');
    rememberAnswer(roomCode, questionId, answer);
    const name = displayName.trim();
    setReply(await room.answer({ type: 'answer', questionId, answer, ...(name ? { name } : {}) }));
  };
  const submitWeights = (event: FormEvent) => {
    event.preventDefault();
    if (Object.keys(weights).length > 0) void send({ kind: 'weights', weights });
  };

  const describe = (r: RelayMessage | 'sending' | null) =>
    r === 'sending'
      ? t('answer.sending')
      : r?.type === 'ack'
        ? t('answer.sent')
        : r?.type === 'refused'
          ? t(`answer.refused.${r.reason}` as 'answer.refused.malformed')
          : '';
  const status = describe(reply);
  // The name goes with the answer, so it is asked before the answer is sent.
  const nameField = (
    <div className="field answer__name">
      <label htmlFor={`${id}-name`}>{t('answer.name')}</label>
      <input
        id={`${id}-name`}
        type="text"
        maxLength={40}
        value={displayName}
        autoComplete="off"
        aria-describedby={`${id}-name-hint`}
        onChange={(e) => setDisplayName(e.target.value)}
      />
      <p id={`${id}-name-hint`} className="hint">
        {t('answer.anonymous')}
      </p>
    </div>
  );

  return (
    <section className="answer panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{question.kind === 'note' ? t('answer.noteTitle') : t('answer.title')}</h2>
      {question.kind === 'weights' && (
        <form onSubmit={submitWeights}>
          <p className="hint">{t('answer.weightsHint')}</p>
          {question.factors.map((factor) => (
            <fieldset key={factor.id} className="weight-row">
              <legend>{factor.title[language]}</legend>
              <div className="weight-options">
                {[1, 2, 3, 4, 5].map((w) => (
                  <label key={w} className="weight-option">
                    <input
                      type="radio"
                      name={`${id}-${factor.id}`}
                      value={w}
                      checked={weights[factor.id] === w}
                      onChange={() => setWeights({ ...weights, [factor.id]: w })}
                    />
                    <span>{w}</span>
                  </label>
                ))}
              </div>
            </fieldset>
          ))}
          {nameField}
          <button type="submit" className="button button--primary" disabled={Object.keys(weights).length === 0}>
            {t('answer.send')}
          </button>
        </form>
      )}
      {question.kind === 'ranking' && (
        <RankForm
          question={question}
          saved={saved?.kind === 'ranking' ? saved.order : null}
          nameField={nameField}
          onSend={(answer) => void send(answer)}
        />
      )}
      {question.kind === 'side' && nameField}
      {question.kind === 'side' && (
        <div className="side-choice" role="group" aria-label={t('answer.chooseSide')}>
          {(['a', 'b'] as const).map((side, index) => (
            <button
              key={side}
              type="button"
              className="button side-button"
              aria-pressed={saved?.kind === 'side' && saved.side === side}
              onClick={() => void send({ kind: 'side', side })}
            >
              {t(index === 0 ? 'common:card.sideA' : 'common:card.sideB')}: {question.labels[index]![language]}
            </button>
          ))}
        </div>
      )}
      <p role="status" className="answer__status">
        {status}
      </p>
      <form className="field" onSubmit={(event) => void sendNote(event)}>
        <label htmlFor={`${id}-note`}>{t('answer.note')}</label>
        <textarea
          id={`${id}-note`}
          rows={3}
          maxLength={500}
          value={note}
          aria-describedby={`${id}-note-hint`}
          onChange={(e) => setNote(e.target.value)}
        />
        <p id={`${id}-note-hint`} className="hint">
          {t('answer.noteHint', { left: 500 - note.length })}
        </p>
        <button type="submit" className="button" disabled={!note.trim() || noteReply === 'sending'}>
          {t('answer.sendNote')}
        </button>
        <p role="status" className="answer__status">
          {noteReply && noteReply !== 'sending' && noteReply.type === 'ack'
            ? t('answer.noteSent')
            : describe(noteReply)}
        </p>
      </form>
    </section>
  );
}
