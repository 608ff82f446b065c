// The "which path fits me" questionnaire: the schema of resources/questionnaire.json, and pure rules to check and score answers.
import { z } from 'zod';
import { formatIssuePath, PATH_ORDER, RoadmapContentError, type ContentIssue } from './roadmap';

export type PathId = string;

const Id = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9 and single dashes)');
const Text = z.string().trim().min(1, 'must not be empty');

/** The most points one option gives one path: an option with this score is aimed at that path. */
export const FULL_MARKS = 3;

const AwardSchema = z.object({ score: z.number().int().min(0).max(FULL_MARKS), reason: Text }).strict();

export const QuestionOptionSchema = z
  .object({
    id: Id,
    label: Text,
    /** Points this option gives to each path, with a short reason phrased about the learner. */
    points: z.record(Id, AwardSchema),
  })
  .strict();

export const QuestionSchema = z
  .object({
    id: Id,
    prompt: Text,
    help: Text.optional(),
    options: z.array(QuestionOptionSchema).min(2).max(6),
  })
  .strict();

export const QuestionnaireSchema = z
  .object({
    /** A line shown with a path in the result, keyed by path id (for example: what a path builds on). */
    pathNotes: z.record(Id, Text),
    questions: z.array(QuestionSchema).min(1),
  })
  .strict();

export type QuestionOption = z.infer<typeof QuestionOptionSchema>;
export type Question = z.infer<typeof QuestionSchema>;
export type Questionnaire = z.infer<typeof QuestionnaireSchema>;

/** Question id -> option id. Missing questions are simply unanswered. */
export type Answers = Record<string, string>;

export interface PathScore {
  pathId: PathId;
  score: number;
  maxScore: number;
  percent: number;
  /** 1-based place in the ranking; paths with the same percent share a place. */
  place: number;
  reasons: string[];
}

const MAX_REASONS = 3;

/** Checks what the schema cannot: unique ids, and points and notes only for paths that exist. */
export function checkQuestionnaire(questionnaire: Questionnaire, pathIds: readonly PathId[]): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const known = new Set(pathIds);
  const questionIds = new Set<string>();
  questionnaire.questions.forEach((q, i) => {
    if (questionIds.has(q.id)) issues.push({ path: `questions[${i}].id`, message: `duplicate question id "${q.id}"` });
    questionIds.add(q.id);
    const optionIds = new Set<string>();
    q.options.forEach((o, j) => {
      const where = `questions[${i}].options[${j}]`;
      if (optionIds.has(o.id)) issues.push({ path: `${where}.id`, message: `duplicate option id "${o.id}" in "${q.id}"` });
      optionIds.add(o.id);
      for (const pathId of Object.keys(o.points)) {
        if (!known.has(pathId)) issues.push({ path: `${where}.points.${pathId}`, message: `unknown path "${pathId}"` });
      }
    });
  });
  for (const pathId of Object.keys(questionnaire.pathNotes)) {
    if (!known.has(pathId)) issues.push({ path: `pathNotes.${pathId}`, message: `unknown path "${pathId}"` });
  }
  return issues;
}

/** Parses the questionnaire file's JSON value; throws RoadmapContentError naming the file and every bad field. */
export function parseQuestionnaire(file: string, value: unknown, pathIds: readonly PathId[]): Questionnaire {
  const parsed = QuestionnaireSchema.safeParse(value);
  if (!parsed.success) {
    throw new RoadmapContentError(
      file,
      parsed.error.issues.map((i) => ({ path: formatIssuePath(i.path), message: i.message })),
    );
  }
  const issues = checkQuestionnaire(parsed.data, pathIds);
  if (issues.length > 0) throw new RoadmapContentError(file, issues);
  return parsed.data;
}

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

/** Checks answers against the questions: human-readable problems (unknown question id, unknown option id); empty when fine. Missing answers are allowed. */
export function validateAnswers(questions: readonly Question[], answers: Answers): string[] {
  const problems: string[] = [];
  for (const [questionId, optionId] of Object.entries(answers)) {
    const question = questions.find((q) => q.id === questionId);
    if (!question) {
      problems.push(`Unknown question "${questionId}".`);
    } else if (!question.options.some((o) => o.id === optionId)) {
      problems.push(`Unknown option "${String(optionId)}" for question "${questionId}".`);
    }
  }
  return problems;
}

/** The most points a question can give a path. */
function bestFor(question: Question, pathId: PathId): number {
  return Math.max(0, ...question.options.map((o) => awardOf(o, pathId)?.score ?? 0));
}

/** Scores every given path (all of them, always) and ranks them by percent, highest first.
 *  A question counts toward a path's possible score (maxScore) when it is aimed at that path (an option gives it
 *  FULL_MARKS) or when the chosen answer gave that path points. So an answer such as "not for me" to a question aimed
 *  at one path lowers only that path, never one that merely gets a side bonus there.
 *  percent = round(100 * score / maxScore), 0 when maxScore is 0. Paths with the same percent are a tie: they share a
 *  place and keep the order they were given in. reasons = the reasons of the chosen options that gave this path
 *  points, strongest first, at most 3. Unknown ids are ignored. */
export function scoreAnswers(questions: readonly Question[], answers: Answers, pathIds: readonly PathId[] = PATH_ORDER): PathScore[] {
  const chosen = questions.flatMap((question) => {
    const option = chosenOption(question, answers);
    return option ? [{ question, option }] : [];
  });
  const scores = pathIds.map((pathId): Omit<PathScore, 'place'> => {
    let score = 0;
    let maxScore = 0;
    const earned: Award[] = [];
    for (const { question, option } of chosen) {
      const best = bestFor(question, pathId);
      const award = awardOf(option, pathId);
      if (best === FULL_MARKS || (award && award.score > 0)) maxScore += best;
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
  const ranked = scores.sort((a, b) => b.percent - a.percent);
  return ranked.map((s) => ({ ...s, place: 1 + ranked.filter((other) => other.percent > s.percent).length }));
}

/** The paths in first place: one id, or several when the best percent is a tie. Empty when nothing was scored. */
export function bestFits(ranking: readonly PathScore[]): PathId[] {
  return ranking.filter((s) => s.place === 1 && s.percent > 0).map((s) => s.pathId);
}

/** True when every question is answered with a known option. */
export function isComplete(questions: readonly Question[], answers: Answers): boolean {
  return questions.every((q) => chosenOption(q, answers) !== undefined);
}
