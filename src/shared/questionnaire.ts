// The "which path fits me" questionnaire: its questions, and pure rules to check and score a set of answers.
import { PATH_ORDER } from './roadmap';

export type PathId = string;

export interface QuestionOption {
  id: string;
  label: string;
  /** Points (0 to 3) this option gives to each path, with a short reason phrased about the learner. */
  points: Partial<Record<PathId, { score: number; reason: string }>>;
}

export interface Question {
  id: string;
  prompt: string;
  help?: string;
  options: QuestionOption[];
}

/** Question id -> option id. Missing questions are simply unanswered. */
export type Answers = Record<string, string>;

export interface PathScore {
  pathId: PathId;
  score: number;
  maxScore: number;
  percent: number;
  reasons: string[];
}

const ML = 'ml-engineer';
const DS = 'data-scientist';
const OPS = 'mlops-engineer';
const CHAIN = 'ai-blockchain-engineer';

const MAX_REASONS = 3;

// Option order is varied from question to question on purpose, so the answers
// do not fall into a pattern a learner could follow without reading them.
export const QUESTIONS: readonly Question[] = [
  {
    id: 'proudest-work',
    prompt: 'Which piece of work would you be proudest of?',
    options: [
      {
        id: 'shipped-feature',
        label: 'A model-powered feature that thousands of people use every day',
        points: { [ML]: { score: 3, reason: 'You want to see your models at work inside a real product.' } },
      },
      {
        id: 'decision-changed',
        label: 'An analysis that changed a big decision, with numbers showing it was the right call',
        points: { [DS]: { score: 3, reason: 'You want your work to change what an organization decides to do.' } },
      },
      {
        id: 'release-platform',
        label: 'A platform that lets any team release a model safely in minutes',
        points: { [OPS]: { score: 3, reason: 'You want to build the platform that gets models into production safely.' } },
      },
      {
        id: 'verifiable-model',
        label: 'An AI system where anyone can check which data trained it and prove its records were never changed',
        points: {
          [CHAIN]: { score: 3, reason: 'You want AI systems whose data and records anyone can check.' },
          [OPS]: { score: 1, reason: 'You care about auditability, which is part of running ML responsibly.' },
        },
      },
    ],
  },
  {
    id: 'enjoyed-problems',
    prompt: 'Which kind of problem do you most enjoy getting stuck into?',
    options: [
      {
        id: 'open-question',
        label: 'A vague question where nobody knows yet what the data will show',
        points: { [DS]: { score: 3, reason: 'You enjoy open-ended questions where the answer is not obvious at first.' } },
      },
      {
        id: 'model-errors',
        label: 'Working out why a model gets some cases wrong, then making it better',
        points: {
          [ML]: { score: 3, reason: "You like studying a model's mistakes and deciding what to try next." },
          [DS]: { score: 1, reason: 'You are happy digging into data to explain a result.' },
        },
      },
      {
        id: 'fragile-process',
        label: 'A fragile manual process that ought to run the same way every time',
        points: { [OPS]: { score: 3, reason: 'You like turning fragile manual steps into automation that repeats reliably.' } },
      },
      {
        id: 'shared-records',
        label: 'Several organizations that need to trust shared records without fully trusting each other',
        points: { [CHAIN]: { score: 3, reason: 'You are drawn to multi-party settings where records must stand up to scrutiny.' } },
      },
    ],
  },
  {
    id: 'daily-tools',
    prompt: 'Which tools would you happily spend your days in?',
    options: [
      {
        id: 'containers-ci',
        label: 'Docker, Kubernetes, CI/CD pipelines and infrastructure as code',
        points: { [OPS]: { score: 3, reason: 'You want to work in containers, pipelines and infrastructure code.' } },
      },
      {
        id: 'pytorch-serving',
        label: 'PyTorch or scikit-learn, plus the application code that serves a model behind an API',
        points: { [ML]: { score: 3, reason: 'You want to spend your days writing training and serving code.' } },
      },
      {
        id: 'solidity-python',
        label: 'Solidity and Ethereum tools side by side with Python ML code',
        points: {
          [CHAIN]: { score: 3, reason: 'You want to write smart contracts alongside ML code.' },
          [ML]: { score: 1, reason: 'You still want ML code in your daily toolkit.' },
        },
      },
      {
        id: 'sql-notebooks',
        label: 'SQL, notebooks and charting tools',
        points: { [DS]: { score: 3, reason: 'You like pulling, exploring and charting data to find answers.' } },
      },
    ],
  },
  {
    id: 'collaborators',
    prompt: 'Who would you most like to work alongside?',
    options: [
      {
        id: 'decision-makers',
        label: 'Business leaders who need a clear answer before they decide',
        points: { [DS]: { score: 3, reason: 'You like helping non-technical stakeholders reach a clear decision.' } },
      },
      {
        id: 'auditors-partners',
        label: 'Compliance teams, auditors and partner companies who must agree on the same records',
        points: { [CHAIN]: { score: 3, reason: 'You like working with people who need to verify and agree on records.' } },
      },
      {
        id: 'product-teams',
        label: 'Product managers and software engineers deciding how a feature should work',
        points: { [ML]: { score: 3, reason: 'You want to work with product and engineering teams on features that ship.' } },
      },
      {
        id: 'platform-oncall',
        label: 'Platform engineers and the people on call when something breaks',
        points: { [OPS]: { score: 3, reason: 'You want to be part of the team that keeps services running.' } },
      },
    ],
  },
  {
    id: 'success-metrics',
    prompt: 'Which results would you most like to be judged on?',
    options: [
      {
        id: 'model-quality',
        label: 'Model quality, how quickly you improve it and how reliably it works inside the product',
        points: { [ML]: { score: 3, reason: 'You want to be judged on model quality and how well it performs in production.' } },
      },
      {
        id: 'uptime-recovery',
        label: 'Uptime, how often you can deploy, monitoring coverage and how fast you recover from incidents',
        points: { [OPS]: { score: 3, reason: 'You want to be judged on uptime, reproducibility and fast recovery.' } },
      },
      {
        id: 'lift-and-clarity',
        label: 'Measurable lift, sound experiments and stakeholders who understand the findings',
        points: { [DS]: { score: 3, reason: 'You want to be judged on the impact of decisions and the soundness of experiments.' } },
      },
      {
        id: 'provable-records',
        label: 'How easily anyone can confirm where the data came from and that nothing was tampered with',
        points: { [CHAIN]: { score: 3, reason: 'You want to be judged on how verifiable and tamper-resistant a system is.' } },
      },
    ],
  },
  {
    id: 'drift-scenario',
    prompt: 'A model in production starts making worse predictions because its live data has drifted. Which part would you want to own?',
    help: 'Drift means the data a model sees today no longer looks like the data it learned from.',
    options: [
      {
        id: 'alerts-rollback',
        label: 'The alerts, the quick rollback and an automated pipeline so it is caught sooner next time',
        points: { [OPS]: { score: 3, reason: 'You want to own the platform that keeps models healthy.' } },
      },
      {
        id: 'measure-cost',
        label: 'Measuring what the drift is costing and advising the business on what to do',
        points: { [DS]: { score: 3, reason: 'You want to put a number on the damage and guide the decision.' } },
      },
      {
        id: 'retrain-model',
        label: 'Finding which inputs shifted, then retraining and re-evaluating the model',
        points: { [ML]: { score: 3, reason: 'You want to own the model itself and get it accurate again.' } },
      },
      {
        id: 'prediction-audit',
        label: 'A record nobody can quietly edit of which model version and data produced each prediction',
        points: {
          [CHAIN]: { score: 3, reason: 'You want a tamper-resistant trail of what a model did and with which data.' },
          [OPS]: { score: 1, reason: 'You value knowing exactly which model version was live and when.' },
        },
      },
    ],
  },
  {
    id: 'statistics',
    prompt: 'How do you feel about statistics and designing experiments?',
    options: [
      {
        id: 'love-it',
        label: 'I would enjoy it: designing a fair A/B test and reading the results sounds fun',
        points: { [DS]: { score: 3, reason: 'You enjoy statistics, experiments and putting numbers on outcomes.' } },
      },
      {
        id: 'for-evaluation',
        label: 'Useful for judging models properly, but I would rather spend the time building',
        points: { [ML]: { score: 2, reason: 'You use statistics to evaluate models but would rather be building.' } },
      },
      {
        id: 'for-monitoring',
        label: 'Enough to set sensible alert thresholds; the systems around the model interest me more',
        points: { [OPS]: { score: 2, reason: 'You would rather work on the systems than on the analysis.' } },
      },
    ],
  },
  {
    id: 'blockchain',
    prompt: 'How do you feel about blockchain and distributed ledgers?',
    help: 'Most AI jobs never touch a ledger, so "not for me" is a perfectly good answer.',
    options: [
      {
        id: 'keen',
        label: 'Keen: I would like to learn Solidity and connect AI systems to smart contracts',
        points: { [CHAIN]: { score: 3, reason: 'You are keen to connect AI systems to smart contracts and ledgers.' } },
      },
      {
        id: 'provenance-curious',
        label: 'Curious, mainly as a way to prove where data came from and who changed what',
        points: {
          [CHAIN]: { score: 2, reason: 'You are interested in proving where data came from.' },
          [OPS]: { score: 1, reason: 'You care about tracking who changed what, which MLOps handles too.' },
        },
      },
      {
        id: 'open-if-needed',
        label: 'Open to it if a project calls for it',
        points: { [CHAIN]: { score: 1, reason: 'You are open to blockchain work when a project needs it.' } },
      },
      {
        id: 'not-for-me',
        label: 'Not for me: I would rather stay with mainstream AI work',
        points: {},
      },
    ],
  },
];

const QUESTION_BY_ID = new Map(QUESTIONS.map((q) => [q.id, q]));

type Award = { score: number; reason: string };

// Own properties only, so an id such as "constructor" never reads from the prototype.
function awardOf(option: QuestionOption, pathId: PathId): Award | undefined {
  return Object.hasOwn(option.points, pathId) ? option.points[pathId] : undefined;
}

function chosenOption(question: Question, answers: Answers): QuestionOption | undefined {
  if (!Object.hasOwn(answers, question.id)) return undefined;
  const optionId = answers[question.id];
  return question.options.find((o) => o.id === optionId);
}

/** The answered questions with their chosen options, in question order; unknown ids are dropped. */
function chosenOptions(answers: Answers): { question: Question; option: QuestionOption }[] {
  const chosen: { question: Question; option: QuestionOption }[] = [];
  for (const question of QUESTIONS) {
    const option = chosenOption(question, answers);
    if (option) chosen.push({ question, option });
  }
  return chosen;
}

/** Checks answers against QUESTIONS: returns a list of human-readable problems (unknown question id, unknown option id); empty when fine. Missing answers are allowed (partial answers). */
export function validateAnswers(answers: Answers): string[] {
  const problems: string[] = [];
  for (const [questionId, optionId] of Object.entries(answers)) {
    const question = QUESTION_BY_ID.get(questionId);
    if (!question) {
      problems.push(`Unknown question "${questionId}".`);
    } else if (!question.options.some((o) => o.id === optionId)) {
      problems.push(`Unknown option "${String(optionId)}" for question "${questionId}".`);
    }
  }
  return problems;
}

/** Ranks every path in PATH_ORDER (all four, always) by score, highest first; ties keep PATH_ORDER order.
 *  score = sum of points from the chosen options; maxScore = the most that path could get over the answered questions
 *  (sum over answered questions of the max points that question's options give that path); percent = round(100*score/maxScore), 0 when maxScore is 0.
 *  reasons = the reasons of the chosen options that gave this path points, strongest first, at most 3. Unknown ids are ignored. */
export function scoreAnswers(answers: Answers, pathIds: readonly PathId[] = PATH_ORDER): PathScore[] {
  const chosen = chosenOptions(answers);
  const scores = pathIds.map((pathId): PathScore => {
    let score = 0;
    let maxScore = 0;
    const earned: Award[] = [];
    for (const { question, option } of chosen) {
      maxScore += Math.max(0, ...question.options.map((o) => awardOf(o, pathId)?.score ?? 0));
      const award = awardOf(option, pathId);
      if (award && award.score > 0) {
        score += award.score;
        earned.push(award);
      }
    }
    // Stable sort: equally strong reasons stay in question order.
    const reasons = earned
      .sort((a, b) => b.score - a.score)
      .slice(0, MAX_REASONS)
      .map((a) => a.reason);
    const percent = maxScore === 0 ? 0 : Math.round((100 * score) / maxScore);
    return { pathId, score, maxScore, percent, reasons };
  });
  // Array.prototype.sort is stable, so tied paths keep the order they were given in.
  return scores.sort((a, b) => b.score - a.score);
}

/** True when every question is answered with a known option. */
export function isComplete(answers: Answers): boolean {
  return QUESTIONS.every((q) => chosenOption(q, answers) !== undefined);
}
