// src/renderer/src/features/questionnaire/: the "which path fits me" questionnaire and its result.
// "Which path fits me?": one question at a time, then the paths ranked with reasons; answers are saved and can be retaken.
import { useEffect, useRef, useState } from 'react';
import { isComplete, type Answers, type Questionnaire as QuestionnaireContent } from '../../../../shared/questionnaire';
import { useApp } from '../../store/useApp';
import { QuizResult } from './QuizResult';

export function Questionnaire() {
  const questionnaire = useApp((s) => s.questionnaire);
  if (!questionnaire) {
    // The questionnaire loads with everything else at start-up; when it could not be read, a message says why.
    return (
      <section className="quiz" aria-labelledby="quiz-title">
        <h2 id="quiz-title">Which path fits me?</h2>
        <p>The questionnaire could not be loaded. The message in the corner of the window says why.</p>
      </section>
    );
  }
  return <QuestionnaireSteps questionnaire={questionnaire} />;
}

function QuestionnaireSteps({ questionnaire }: { questionnaire: QuestionnaireContent }) {
  const { questions } = questionnaire;
  const saved = useApp((s) => s.document?.questionnaire);
  const saveQuestionnaire = useApp((s) => s.saveQuestionnaire);
  const [retaking, setRetaking] = useState(false);
  const [answers, setAnswers] = useState<Answers>({});
  const [step, setStep] = useState(0);
  const optionsRef = useRef<HTMLDivElement>(null);
  const moved = useRef(false);
  // Next and Back replace the question: focus its chosen (or first) answer, not the button that may now be disabled.
  useEffect(() => {
    if (!moved.current) return;
    (optionsRef.current?.querySelector<HTMLInputElement>('input:checked') ?? optionsRef.current?.querySelector<HTMLInputElement>('input'))?.focus();
  }, [step]);
  const go = (to: number) => {
    moved.current = true;
    setStep(to);
  };

  if (saved && !retaking) {
    return (
      <QuizResult
        answers={saved.answers}
        questionnaire={questionnaire}
        onRetake={() => {
          setAnswers({});
          setStep(0);
          setRetaking(true);
        }}
      />
    );
  }

  const question = questions[step];
  if (!question) return null;
  const chosen = answers[question.id];
  const last = step === questions.length - 1;

  const next = async () => {
    if (!last) {
      go(step + 1);
      return;
    }
    if (isComplete(questions, answers) && (await saveQuestionnaire(answers))) setRetaking(false);
  };

  return (
    <section className="quiz" aria-labelledby="quiz-title">
      <h2 id="quiz-title">Which path fits me?</h2>
      <p className="quiz-step" aria-live="polite">
        Question {step + 1} of {questions.length}
      </p>
      <div className="quiz-meter" aria-hidden="true">
        <div style={{ width: `${((step + (chosen ? 1 : 0)) / questions.length) * 100}%` }} />
      </div>
      <form
        className="quiz-card"
        onSubmit={(e) => {
          e.preventDefault();
          if (chosen) void next();
        }}
      >
        <fieldset>
          <legend>{question.prompt}</legend>
          {question.help && <p className="muted">{question.help}</p>}
          <div className="quiz-options" ref={optionsRef}>
            {question.options.map((option) => (
              <label key={option.id} className={`quiz-option${chosen === option.id ? ' chosen' : ''}`}>
                <input
                  type="radio"
                  name={question.id}
                  value={option.id}
                  checked={chosen === option.id}
                  onChange={() => setAnswers({ ...answers, [question.id]: option.id })}
                />
                <span>{option.label}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <div className="quiz-actions">
          <button type="button" className="button secondary" disabled={step === 0} onClick={() => go(step - 1)}>
            Back
          </button>
          {retaking && (
            <button type="button" className="button ghost-muted" onClick={() => setRetaking(false)}>
              Cancel
            </button>
          )}
          <button type="submit" className="button primary" disabled={!chosen}>
            {last ? 'See my result' : 'Next'}
          </button>
        </div>
      </form>
    </section>
  );
}
