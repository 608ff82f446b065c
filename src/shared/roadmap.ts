// Roadmap content: the zod schema for resources/roadmaps/*.json and the structural checks zod alone cannot express.
import { z } from 'zod';

export const MILESTONE_KINDS = ['skill', 'project', 'certification'] as const;
export const SKILL_AREAS = [
  'programming',
  'software-engineering',
  'data',
  'statistics',
  'analytics',
  'ml',
  'llm-genai',
  'devops-cloud',
  'operations',
  'ml-lifecycle',
  'communication',
  'business',
  'blockchain',
] as const;

const Id = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9 and single dashes)');
const Text = z.string().trim().min(1, 'must not be empty');

/** An https link with nothing that could break out of an attribute: the only kind of link the app opens. */
export const HTTPS_LINK = /^https:\/\/[^\s<>"]+$/;

export const RESOURCE_KINDS = ['course', 'book', 'docs', 'tutorial', 'video'] as const;
export const RESOURCE_COSTS = ['free', 'paid'] as const;
export const MAX_RESOURCES = 3;

/** A free place to learn a milestone: opened in the learner's browser, so only https. */
export const ResourceSchema = z
  .object({
    title: Text,
    url: z
      .string()
      .trim()
      .max(2000)
      .regex(HTTPS_LINK, 'must be an https:// link'),
    kind: z.enum(RESOURCE_KINDS),
    // Optional so a learner's own resources need none of them; the content test requires cost and checked on built-in ones.
    /** Whether learning from it costs money (a paid exam or course), so the learner can plan a budget. */
    cost: z.enum(RESOURCE_COSTS).optional(),
    /** The day someone last checked that the link works and the cost is right: YYYY-MM-DD. */
    checked: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date: YYYY-MM-DD').optional(),
    /** The part to do when the whole resource is longer than the milestone's estimate. */
    part: Text.optional(),
  })
  .strict();

/** What a portfolio project asks for: the thing to build, the data to use and what to hand in. */
export const ProjectSpecSchema = z.object({ build: Text, data: Text, handIn: Text }).strict();
export const MIN_RUBRIC = 4;
export const MAX_RUBRIC = 6;

/** Roadmap sections that may hold content written for Pathboard rather than taken from the source article. */
export const ROADMAP_SECTIONS = ['summary', 'responsibilities', 'skills', 'successMetrics', 'dayToDay', 'chooseIf', 'market'] as const;

export const MilestoneSchema = z
  .object({
    id: Id,
    title: Text,
    summary: Text,
    doneWhen: Text,
    estimateHours: z.number().int().positive(),
    kind: z.enum(MILESTONE_KINDS),
    skillArea: z.enum(SKILL_AREAS),
    prerequisites: z.array(Id),
    checklist: z.array(Text).min(2).max(6),
    // Optional fields, so a roadmap written before them still loads; the content test requires resources on every built-in milestone.
    resources: z.array(ResourceSchema).max(MAX_RESOURCES).optional(),
    /** Worth doing but not required for the role: certifications, alternative frameworks, one of two ledger options. */
    optional: z.boolean().optional(),
    /** Portfolio projects only: the brief a learner works to. */
    spec: ProjectSpecSchema.optional(),
    /** Portfolio projects only: observable criteria the learner ticks to judge the finished piece. */
    rubric: z.array(Text).min(MIN_RUBRIC).max(MAX_RUBRIC).optional(),
  })
  .strict();

export const PhaseSchema = z
  .object({
    id: Id,
    title: Text,
    summary: Text,
    milestones: z.array(Id).min(1),
  })
  .strict();

export const RoadmapSchema = z
  .object({
    id: Id,
    title: Text,
    tagline: Text,
    summary: Text,
    responsibilities: z.array(Text).min(1),
    skills: z.array(z.object({ area: Text, items: z.array(Text).min(1) }).strict()).min(1),
    successMetrics: z.array(z.object({ name: Text, description: Text }).strict()).min(1),
    dayToDay: z.array(Text).min(1),
    chooseIf: z.array(Text).min(1),
    /** The source article's qualitative market and pay facts for this role: no figures it does not give. */
    market: z.array(Text).min(1).optional(),
    /** Sections written for Pathboard rather than taken from the source article; the app says so beside them. */
    notFromArticle: z.array(z.enum(ROADMAP_SECTIONS)).optional(),
    phases: z.array(PhaseSchema).min(1),
    milestones: z.array(MilestoneSchema).min(1),
  })
  .strict();

export type Milestone = z.infer<typeof MilestoneSchema>;
export type Resource = z.infer<typeof ResourceSchema>;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];
export type ResourceCost = (typeof RESOURCE_COSTS)[number];
export type ProjectSpec = z.infer<typeof ProjectSpecSchema>;
export type RoadmapSection = (typeof ROADMAP_SECTIONS)[number];
export type Phase = z.infer<typeof PhaseSchema>;
export type Roadmap = z.infer<typeof RoadmapSchema>;
export type MilestoneKind = (typeof MILESTONE_KINDS)[number];
export type SkillArea = (typeof SKILL_AREAS)[number];

/** The order paths are shown in: the article's order, with the emerging specialization last. Unknown ids follow, by id. */
export const PATH_ORDER = ['ml-engineer', 'data-scientist', 'mlops-engineer', 'ai-blockchain-engineer'];

export function comparePaths(a: { id: string }, b: { id: string }): number {
  const rank = (id: string) => {
    const i = PATH_ORDER.indexOf(id);
    return i === -1 ? PATH_ORDER.length : i;
  };
  return rank(a.id) - rank(b.id) || a.id.localeCompare(b.id);
}

export interface ContentIssue {
  path: string;
  message: string;
}

/** Checks what a schema cannot: unique ids, every milestone in exactly one phase, prerequisites known and earlier. */
export function checkRoadmapStructure(roadmap: Roadmap): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const index = new Map<string, number>();
  roadmap.milestones.forEach((m, i) => {
    if (index.has(m.id)) {
      issues.push({ path: `milestones[${i}].id`, message: `duplicate milestone id "${m.id}"` });
    } else {
      index.set(m.id, i);
    }
  });

  const phaseIds = new Set<string>();
  const position = new Map<string, number>();
  roadmap.phases.forEach((phase, p) => {
    if (phaseIds.has(phase.id)) {
      issues.push({ path: `phases[${p}].id`, message: `duplicate phase id "${phase.id}"` });
    }
    phaseIds.add(phase.id);
    phase.milestones.forEach((id, j) => {
      const where = `phases[${p}].milestones[${j}]`;
      if (!index.has(id)) {
        issues.push({ path: where, message: `unknown milestone id "${id}"` });
      } else if (position.has(id)) {
        issues.push({ path: where, message: `milestone "${id}" is listed in more than one phase` });
      } else {
        position.set(id, position.size);
      }
    });
  });

  roadmap.milestones.forEach((m, i) => {
    if (!position.has(m.id)) {
      issues.push({ path: `milestones[${i}]`, message: `milestone "${m.id}" is in no phase` });
    }
  });

  roadmap.milestones.forEach((m, i) => {
    m.prerequisites.forEach((pre, j) => {
      const where = `milestones[${i}].prerequisites[${j}]`;
      if (pre === m.id) {
        issues.push({ path: where, message: `milestone "${m.id}" lists itself as a prerequisite` });
      } else if (!index.has(pre)) {
        issues.push({ path: where, message: `unknown prerequisite "${pre}"` });
      }
    });
  });

  const cycle = findCycle(roadmap.milestones, index);
  if (cycle) {
    const i = index.get(cycle[0] ?? '') ?? 0;
    issues.push({ path: `milestones[${i}].prerequisites`, message: `prerequisite cycle: ${cycle.join(' -> ')}` });
  } else {
    roadmap.milestones.forEach((m, i) => {
      const mine = position.get(m.id);
      m.prerequisites.forEach((pre, j) => {
        const theirs = position.get(pre);
        if (mine !== undefined && theirs !== undefined && theirs > mine) {
          issues.push({
            path: `milestones[${i}].prerequisites[${j}]`,
            message: `prerequisite "${pre}" comes after "${m.id}" in the roadmap order`,
          });
        }
      });
    });
  }
  return issues;
}

/** The first prerequisite cycle among these milestones (ids, closing on the first), or null. Unknown ids are ignored. */
export function findPrerequisiteCycle(milestones: Array<Pick<Milestone, 'id' | 'prerequisites'>>): string[] | null {
  return findCycle(milestones, new Map(milestones.map((m, i) => [m.id, i])));
}

function findCycle(milestones: Array<Pick<Milestone, 'id' | 'prerequisites'>>, index: Map<string, number>): string[] | null {
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];
  const visit = (id: string): string[] | null => {
    const seen = state.get(id);
    if (seen === 'done') return null;
    if (seen === 'visiting') return [...stack.slice(stack.indexOf(id)), id];
    state.set(id, 'visiting');
    stack.push(id);
    const m = milestones[index.get(id) ?? -1];
    for (const pre of m?.prerequisites ?? []) {
      if (!index.has(pre)) continue;
      const found = visit(pre);
      if (found) return found;
    }
    stack.pop();
    state.set(id, 'done');
    return null;
  };
  for (const m of milestones) {
    const found = visit(m.id);
    if (found) return found;
  }
  return null;
}

/** Problems named in a roadmap error's message: a file broken throughout says the first few and how many more. */
const ISSUES_NAMED = 10;

export class RoadmapContentError extends Error {
  constructor(
    readonly file: string,
    readonly issues: ContentIssue[],
  ) {
    const named = issues.slice(0, ISSUES_NAMED).map((i) => `${i.path}: ${i.message}`);
    const more = issues.length - named.length;
    super(`${file}: ${named.join('; ')}${more > 0 ? `; and ${more} more problem${more === 1 ? '' : 's'}` : ''}`);
    this.name = 'RoadmapContentError';
  }
}

/** Parses one roadmap file's JSON value; throws RoadmapContentError naming the file and every bad field. */
export function parseRoadmap(file: string, value: unknown, expectedId?: string): Roadmap {
  const parsed = RoadmapSchema.safeParse(value);
  if (!parsed.success) {
    throw new RoadmapContentError(
      file,
      parsed.error.issues.map((i) => ({ path: formatIssuePath(i.path), message: i.message })),
    );
  }
  const issues = checkRoadmapStructure(parsed.data);
  if (expectedId !== undefined && parsed.data.id !== expectedId) {
    issues.push({ path: 'id', message: `id "${parsed.data.id}" does not match the file name "${expectedId}"` });
  }
  if (issues.length > 0) throw new RoadmapContentError(file, issues);
  return parsed.data;
}

/** A zod issue's path as one string, `milestones[3].title`, for messages that name the field. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => {
    if (typeof key === 'number') return `${acc}[${key}]`;
    return acc === '' ? String(key) : `${acc}.${String(key)}`;
  }, '');
}

