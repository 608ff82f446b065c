// The built-in roadmaps as a career coach checks them: a project ladder with briefs and rubrics, dated and priced
// resources, job-search preparation per role, and the article's success metrics and market facts covered.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadRoadmaps } from '../../../src/main/roadmaps';
import { MAX_RUBRIC, MIN_RUBRIC, type Milestone, type Roadmap } from '../../../src/shared/roadmap';
import { ROADMAPS_DIR } from '../../support/tempDir';

type Coverage = Record<string, { successMetrics: Record<string, string[]>; market: Record<string, string> }>;

let roadmaps: Roadmap[];
let coverage: Coverage;

beforeAll(async () => {
  roadmaps = await loadRoadmaps(ROADMAPS_DIR);
  coverage = JSON.parse(await readFile(join(ROADMAPS_DIR, '..', 'coverage.json'), 'utf8'));
});

/** The milestones of a path in the order the learner meets them: phase by phase. */
const inOrder = (r: Roadmap): Milestone[] => {
  const byId = new Map(r.milestones.map((m) => [m.id, m]));
  return r.phases.flatMap((p) => p.milestones.map((id) => byId.get(id)!));
};

/** Required hours studied by the end of each project, in path order: optional milestones are outside the plan. */
function projectHours(r: Roadmap): Array<{ id: string; hours: number }> {
  let hours = 0;
  const out: Array<{ id: string; hours: number }> = [];
  for (const m of inOrder(r)) {
    if (!m.optional) hours += m.estimateHours;
    if (m.kind === 'project') out.push({ id: m.id, hours });
  }
  return out;
}

describe('portfolio ladder', () => {
  it('gives every project a brief (what to build, the data, what to hand in) and 4 to 6 rubric criteria', () => {
    for (const r of roadmaps) {
      for (const m of r.milestones.filter((x) => x.kind === 'project')) {
        expect(m.spec, `${r.id}: ${m.id}`).toBeDefined();
        for (const part of ['build', 'data', 'handIn'] as const) expect(m.spec![part].length, `${m.id}.${part}`).toBeGreaterThan(20);
        expect(m.rubric?.length ?? 0, `${r.id}: ${m.id}`).toBeGreaterThanOrEqual(MIN_RUBRIC);
        expect(m.rubric!.length, `${r.id}: ${m.id}`).toBeLessThanOrEqual(MAX_RUBRIC);
        expect(new Set(m.rubric).size, m.id).toBe(m.rubric!.length);
      }
      for (const m of r.milestones.filter((x) => x.kind !== 'project')) {
        expect(m.spec ?? m.rubric, `${m.id} is not a project but has a brief or rubric`).toBeUndefined();
      }
    }
  });

  it('reaches the first project within about 120 hours and another at most about 150 hours later', () => {
    for (const r of roadmaps) {
      const ladder = projectHours(r);
      expect(ladder[0]!.hours, `${r.id}: first project ${ladder[0]!.id}`).toBeLessThanOrEqual(120);
      for (let i = 1; i < ladder.length; i++) {
        const gap = ladder[i]!.hours - ladder[i - 1]!.hours;
        expect(gap, `${r.id}: ${ladder[i - 1]!.id} -> ${ladder[i]!.id}`).toBeLessThanOrEqual(160);
      }
      const total = r.milestones.filter((m) => !m.optional).reduce((n, m) => n + m.estimateHours, 0);
      expect(total - ladder.at(-1)!.hours, `${r.id}: hours after the last project`).toBeLessThanOrEqual(160);
    }
  });

  it('ends the ML Engineer ladder with an LLM capstone that builds on the LLM work', () => {
    const ml = roadmaps.find((r) => r.id === 'ml-engineer')!;
    const capstone = ml.milestones.find((m) => m.id === 'llm-capstone-project')!;
    expect(capstone.kind).toBe('project');
    expect(capstone.prerequisites.some((p) => p.startsWith('llm'))).toBe(true);
    expect(projectHours(ml).at(-1)!.id).toBe('llm-capstone-project');
  });
});

describe('resources and certification options', () => {
  it('says of every resource, certification options included, whether it is free or paid and when that was checked', () => {
    for (const r of roadmaps) {
      for (const m of r.milestones) {
        for (const x of m.resources ?? []) {
          expect(x.cost, `${m.id}: ${x.title}`).toMatch(/^(free|paid)$/);
          expect(x.checked, `${m.id}: ${x.title}`).toMatch(/^2026-\d\d-\d\d$/);
        }
      }
      const options = r.milestones.filter((m) => m.kind === 'certification').flatMap((m) => m.resources ?? []);
      expect(options.length, `${r.id}: certification options`).toBeGreaterThan(0);
    }
  });

  it('names the part to do of the courses the issue found far longer than their estimate', () => {
    const all = new Map(roadmaps.flatMap((r) => r.milestones.map((m) => [m.id, m] as const)));
    for (const id of ['pytorch', 'llm-foundations', 'ml-system-design', 'smart-contract-security']) {
      expect(all.get(id)!.resources!.some((x) => x.part), id).toBe(true);
    }
  });
});

describe('job-search preparation', () => {
  it('gives each role one optional milestone with its own interview loop, a portfolio write-up and resume bullets', () => {
    const loops = new Set<string>();
    for (const r of roadmaps) {
      const job = r.milestones.find((m) => m.id === `job-search-${r.id}`);
      expect(job, r.id).toBeDefined();
      expect(job!.optional, r.id).toBe(true);
      const text = [job!.summary, ...job!.checklist].join(' ');
      expect(text, r.id).toMatch(/interview loop|usual loop/);
      expect(text, r.id).toMatch(/portfolio/);
      expect(text, r.id).toMatch(/resume bullet per finished project/);
      loops.add(job!.checklist.find((c) => /loop/.test(c))!);
      expect(job!.prerequisites.some((p) => r.milestones.find((m) => m.id === p)?.kind === 'project'), r.id).toBe(true);
    }
    expect(loops.size, 'each role practises its own loop').toBe(roadmaps.length);
  });
});

/** The success metrics the article names per role (AI + Blockchain: the ones its roadmap defines, marked not from it). */
const ARTICLE_METRICS: Record<string, string[]> = {
  'ml-engineer': ['Model quality', 'Production performance', 'Iteration speed', 'Integration reliability'],
  'data-scientist': ['Decision impact', 'Measurable lift', 'Experiment validity', 'Stakeholder clarity'],
  'mlops-engineer': ['Uptime', 'Deployment frequency', 'Monitoring coverage', 'Reproducibility', 'Time to recovery'],
  'ai-blockchain-engineer': ['Verifiability', 'Provenance coverage', 'Audit readiness'],
};

/** The article's market facts each path's market section states. A fact dropped from coverage.json fails here. */
const SHARED_FACTS = ['Adoption across industries', 'Role clarity', 'Growing job ads', 'Screening by AI skills'];
const PAY_FACTS = ['Pay reflects complexity and scarcity', 'Pay varies', 'Senior pay converges', 'Long-term demand'];
const MARKET_FACTS: Record<string, string[]> = {
  'ml-engineer': [...SHARED_FACTS, ...PAY_FACTS, 'Roles employers want most', 'Postings grow year over year', 'Hybrid: ML with platform engineering'],
  'data-scientist': [...SHARED_FACTS, ...PAY_FACTS, 'Roles employers want most', 'Hybrid: data science with product strategy'],
  'mlops-engineer': [...SHARED_FACTS, ...PAY_FACTS, 'MLOps an essential specialty', 'Hybrid: ML with platform engineering'],
  'ai-blockchain-engineer': ['A growing niche', 'Titles employers use', 'No separate pay facts', 'Senior pay converges'],
};

describe('success metrics and market facts coverage', () => {
  it('measures every success metric of a role in at least one project on that path', () => {
    for (const r of roadmaps) {
      const map = coverage[r.id]!.successMetrics;
      expect(r.successMetrics.map((s) => s.name).sort(), r.id).toEqual([...ARTICLE_METRICS[r.id]!].sort());
      const byId = new Map(r.milestones.map((m) => [m.id, m]));
      for (const metric of ARTICLE_METRICS[r.id]!) {
        const ids = map[metric] ?? [];
        expect(ids.length, `${r.id}: "${metric}" has no milestone in coverage.json`).toBeGreaterThan(0);
        for (const id of ids) expect(byId.has(id), `${metric} -> ${id} is not on ${r.id}`).toBe(true);
        expect(ids.some((id) => byId.get(id)?.kind === 'project'), `${r.id}: "${metric}" is measured in no project`).toBe(true);
      }
    }
  });

  it('states every market fact in the path’s own market section', () => {
    for (const r of roadmaps) {
      const map = coverage[r.id]!.market;
      const text = (r.market ?? []).join(' ').toLowerCase();
      expect(Object.keys(map).sort(), r.id).toEqual([...MARKET_FACTS[r.id]!].sort());
      for (const [fact, phrase] of Object.entries(map)) expect(text, `${r.id}: ${fact}`).toContain(phrase.toLowerCase());
    }
  });
});
