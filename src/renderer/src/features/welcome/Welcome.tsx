// src/renderer/src/features/welcome/: the first-run screen.
// First run: a short welcome that leads to the questionnaire, the comparison, or straight to the path list.
import { useApp } from '../../store/useApp';

export function Welcome() {
  const show = useApp((s) => s.show);
  const count = useApp((s) => s.roadmaps.length);
  const questions = useApp((s) => s.questionnaire?.questions.length ?? 0);

  return (
    <section className="welcome" aria-labelledby="welcome-title">
      <h2 id="welcome-title">Welcome to Pathboard</h2>
      <p className="lead">
        Plan your way into an AI career. Pick one of {count} paths, work through its roadmap milestone by milestone,
        and see how far you have come. Everything stays on this computer.
      </p>
      <div className="welcome-choices">
        <div className="welcome-card">
          <h3>Not sure which role fits you?</h3>
          <p>
            Answer {questions || 'a few'} short questions about the work you enjoy. You get the paths ranked, with the
            reasons behind the ranking.
          </p>
          <button type="button" className="button primary" onClick={() => show('quiz')}>
            Take the questionnaire
          </button>
        </div>
        <div className="welcome-card">
          <h3>Want to see the roles side by side?</h3>
          <p>Compare what each role does, the skills it needs, how success is measured and what a week looks like.</p>
          <button type="button" className="button primary" onClick={() => show('compare')}>
            Compare the paths
          </button>
        </div>
      </div>
      <p className="welcome-skip">
        <button type="button" className="link" onClick={() => show('picker')}>
          I already know my path
        </button>
      </p>
    </section>
  );
}
