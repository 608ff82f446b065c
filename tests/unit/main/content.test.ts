// The built-in roadmaps as a learner depends on them: valid, complete, ordered, sharing progress, and covering the article.
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadGlossary, loadQuestionnaire, loadRoadmaps } from '../../../src/main/roadmaps';
import { termsUsed } from '../../../src/shared/glossary';
import type { Milestone, Roadmap } from '../../../src/shared/roadmap';
import { createApi } from '../../../src/main/api';
import { twoPathFixture, writeRoadmaps } from '../../support/roadmapFixtures';
import { ROADMAPS_DIR, withTempDir } from '../../support/tempDir';

type Coverage = Record<string, Record<'responsibilities' | 'skills' | 'entrySteps', Record<string, string[]>>>;

const RESOURCES_DIR = join(ROADMAPS_DIR, '..');
const ARTICLE = join(RESOURCES_DIR, '..', '..', 'shared', 'source', 'ai-career-paths-article.txt');

const textOf = (m: Milestone) => [m.title, m.summary, m.doneWhen, ...m.checklist].join(' ');

/** dependsOn(a, b): true when b is a direct or indirect prerequisite of a on this path. */
function dependsOnIn(roadmap: Roadmap): (id: string, target: string) => boolean {
  const prereqs = new Map(roadmap.milestones.map((m) => [m.id, m.prerequisites]));
  const dependsOn = (id: string, target: string, seen = new Set<string>()): boolean =>
    (prereqs.get(id) ?? []).some((p) => p === target || (!seen.has(p) && (seen.add(p), dependsOn(p, target, seen))));
  return (id, target) => dependsOn(id, target);
}

let roadmaps: Roadmap[];
let byId: Map<string, Roadmap>;
let coverage: Coverage;

beforeAll(async () => {
  roadmaps = await loadRoadmaps(ROADMAPS_DIR);
  byId = new Map(roadmaps.map((r) => [r.id, r]));
  coverage = JSON.parse(await readFile(join(ROADMAPS_DIR, '..', 'coverage.json'), 'utf8'));
});

/** Every topic the source article names per role. A topic dropped from coverage.json fails here. */
const ARTICLE_TOPICS: Record<string, Record<'responsibilities' | 'skills' | 'entrySteps', string[]>> = {
  'ml-engineer': {
    responsibilities: [
      'Building and training models with TensorFlow, PyTorch, and scikit-learn',
      'Selecting features, architectures, and objective functions',
      'Validating with robust metrics and testing strategies',
      'Integrating models via APIs or embedded inference',
      'Monitoring accuracy and drift after deployment',
      'Collaborating with data engineers, product managers, and platform teams',
    ],
    skills: [
      'Python', 'Advanced Python', 'Software engineering practices', 'PyTorch', 'TensorFlow', 'scikit-learn',
      'Cloud AI services', 'Cloud platforms (AWS, Azure, Google Cloud)', 'Model evaluation', 'Hyperparameter tuning',
      'Generalization', 'Drift detection', 'Large language models (LLMs)', 'Generative AI', 'Multi-modal systems',
      'Vision-language models',
    ],
    entrySteps: [
      'Python and software engineering fundamentals (testing, APIs, packaging)',
      'Models on real datasets with clear metrics and error analysis',
      'Deployment fundamentals (batch inference, online inference, monitoring)',
      'LLM fine-tuning concepts or multi-modal pipelines',
      'ML or AI engineering certification',
    ],
  },
  'data-scientist': {
    responsibilities: [
      'Defining business questions as analytical hypotheses',
      'Cleaning, exploring, and analyzing structured and unstructured data',
      'Statistical models and experiments, including A/B testing',
      'Dashboards and visualizations',
      'Communicating findings, limitations, and recommendations to non-technical stakeholders',
    ],
    skills: [
      'Python for analysis', 'Data manipulation', 'Modeling', 'Cloud platforms (AWS, Azure, Google Cloud)', 'Probability',
      'Statistical inference', 'Experimental design', 'Uncertainty quantification', 'Feature exploration', 'Segmentation',
      'Forecasting', 'Causal reasoning', 'Translating results into business decisions', 'Articulating tradeoffs',
    ],
    entrySteps: [
      'Statistics, probability, and experimental thinking',
      'Analytical projects answering genuine business questions',
      'Data storytelling with visualizations and written insights',
      'KPIs, conversion funnels, retention metrics, and risk frameworks',
      'Data science certification',
      'AI ethics and governance coursework',
    ],
  },
  'mlops-engineer': {
    responsibilities: [
      'CI/CD workflows for training and deployment',
      'Docker packaging and Kubernetes orchestration',
      'Model registries, feature stores, and reproducible pipelines',
      'Monitoring latency, errors, drift, and business metrics',
      'Access control, auditability, and operational reliability',
      'Data drift and performance decay',
      'Dependency management',
    ],
    skills: [
      'Python', 'Cloud platforms (AWS, Azure, Google Cloud)', 'CI/CD pipelines', 'Infrastructure as code', 'Cloud services',
      'Docker', 'Kubernetes', 'Observability', 'Reliability engineering', 'Incident response', 'Cost management',
      'Deployment patterns', 'Drift monitoring', 'Model governance workflows',
    ],
    entrySteps: [
      'Docker, Kubernetes, and CI/CD fundamentals',
      'Deployment patterns and the full ML lifecycle',
      'Retrain and redeploy pipeline with automated quality checks',
      'Observability layers (latency, error rates, drift, business metrics)',
      'MLOps, cloud infrastructure, or deployment certification',
    ],
  },
  'ai-blockchain-engineer': {
    responsibilities: [
      'Integrating ML systems with smart contracts',
      'Integrating ML systems with distributed ledgers',
      'Verifiability',
      'Data provenance',
      'Tamper-resistant audit trails',
    ],
    skills: [
      'Solidity', 'Ethereum', 'Hyperledger (enterprise frameworks)', 'Smart contracts', 'Distributed ledgers',
      'Standard AI engineering skills',
    ],
    entrySteps: ['Core AI or ML engineering foundation', 'Blockchain development and smart contract training'],
  },
};

describe('built-in roadmaps', () => {
  it('ships the four career paths', () => {
    expect(roadmaps.map((r) => r.id)).toEqual(['ml-engineer', 'data-scientist', 'mlops-engineer', 'ai-blockchain-engineer']);
  });

  it('gives each path 3 to 5 phases and 18 to 44 milestones, with a project and a certification', () => {
    for (const r of roadmaps) {
      expect(r.phases.length, r.id).toBeGreaterThanOrEqual(3);
      expect(r.phases.length, r.id).toBeLessThanOrEqual(5);
      expect(r.milestones.length, r.id).toBeGreaterThanOrEqual(18);
      expect(r.milestones.length, r.id).toBeLessThanOrEqual(44);
      expect(r.milestones.some((m) => m.kind === 'project'), r.id).toBe(true);
      expect(r.milestones.some((m) => m.kind === 'certification'), r.id).toBe(true);
    }
  });

  it('keeps the MLOps order Docker -> CI -> Kubernetes -> CD to the cluster, with tracking and the registry early', () => {
    const dependsOn = dependsOnIn(byId.get('mlops-engineer')!);
    expect(dependsOn('ci-basics', 'docker')).toBe(true);
    expect(dependsOn('ci-basics', 'kubernetes')).toBe(false);
    expect(dependsOn('kubernetes', 'docker')).toBe(true);
    expect(dependsOn('cicd-for-ml', 'kubernetes')).toBe(true);
    expect(dependsOn('cicd-for-ml', 'ci-basics')).toBe(true);
    for (const early of ['experiment-tracking', 'model-registry']) {
      expect(dependsOn(early, 'ml-fundamentals'), early).toBe(true);
      expect(dependsOn(early, 'kubernetes'), early).toBe(false);
      expect(dependsOn(early, 'ci-basics'), early).toBe(false);
    }
    expect(dependsOn('drift-monitoring', 'model-registry')).toBe(true);
    expect(dependsOn('drift-monitoring', 'experiment-tracking')).toBe(true);
    expect(dependsOn('feature-store', 'data-wrangling')).toBe(true);
    expect(dependsOn('feature-store', 'model-registry')).toBe(false);
    expect(dependsOn('docker', 'drift-monitoring')).toBe(false);
  });

  it('teaches the maths before PyTorch and visualization before problem framing', () => {
    expect(dependsOnIn(byId.get('ml-engineer')!)('pytorch', 'math-for-ml')).toBe(true);
    const ds = dependsOnIn(byId.get('data-scientist')!);
    expect(ds('data-visualization', 'problem-framing')).toBe(false);
    expect(ds('data-visualization', 'exploratory-data-analysis')).toBe(false);
  });

  it('teaches CI before any milestone that asks for it', () => {
    for (const r of roadmaps) {
      const dependsOn = dependsOnIn(r);
      for (const m of r.milestones) {
        if (m.id === 'ci-basics' || !/\bCI\b/.test(textOf(m))) continue;
        expect(dependsOn(m.id, 'ci-basics'), `${r.id}: ${m.id} mentions CI`).toBe(true);
      }
    }
  });

  it('gives a shared milestone the same prerequisites on every path', () => {
    const first = new Map<string, { roadmap: string; prerequisites: string[] }>();
    for (const r of roadmaps) {
      for (const m of r.milestones) {
        const seen = first.get(m.id);
        if (seen) expect(m.prerequisites, `${m.id} on ${r.id} vs ${seen.roadmap}`).toEqual(seen.prerequisites);
        else first.set(m.id, { roadmap: r.id, prerequisites: m.prerequisites });
      }
    }
  });

  it('keeps estimates in the ranges a reviewer agreed, and MLOps from zero is not the lightest path', () => {
    const hours = (id: string) => roadmaps.flatMap((r) => r.milestones).find((m) => m.id === id)!.estimateHours;
    const ranges: Array<[string, number, number]> = [
      ['kubernetes', 32, 40],
      ['reproducible-pipelines', 25, 35],
      ['deployment-patterns', 16, 24],
      ['llm-foundations', 30, 40],
      ['end-to-end-ml-project', 70, 80],
    ];
    for (const [id, low, high] of ranges) {
      expect(hours(id), id).toBeGreaterThanOrEqual(low);
      expect(hours(id), id).toBeLessThanOrEqual(high);
    }
    const required = (r: Roadmap) => r.milestones.filter((m) => !m.optional).reduce((sum, m) => sum + m.estimateHours, 0);
    const lightest = Math.min(...roadmaps.map(required));
    expect(required(byId.get('mlops-engineer')!)).toBeGreaterThan(lightest);
  });

  it('uses one id and the same text for a milestone that several paths share', () => {
    const seen = new Map<string, { roadmap: string; text: string }>();
    let shared = 0;
    for (const r of roadmaps) {
      for (const m of r.milestones) {
        const text = JSON.stringify(m);
        const first = seen.get(m.id);
        if (first) {
          shared++;
          expect(text, `${m.id} differs between ${first.roadmap} and ${r.id}`).toBe(first.text);
        } else {
          seen.set(m.id, { roadmap: r.id, text });
        }
      }
    }
    expect(shared).toBeGreaterThan(10);
  });

  it('shares the common foundations across paths so progress carries over', () => {
    const pathsWith = (id: string) => roadmaps.filter((r) => r.milestones.some((m) => m.id === id)).length;
    for (const id of ['python-foundations', 'git-version-control', 'cloud-fundamentals', 'docker', 'statistics-foundations', 'model-evaluation']) {
      expect(pathsWith(id), id).toBeGreaterThanOrEqual(2);
    }
    for (const r of roadmaps) {
      const sharedWithOthers = r.milestones.filter((m) => pathsWith(m.id) >= 2).length;
      expect(sharedWithOthers, r.id).toBeGreaterThanOrEqual(4);
    }
  });
});

describe('resources and optional milestones', () => {
  it('gives every built-in milestone 1 to 3 free resources with distinct https links', () => {
    for (const r of roadmaps) {
      for (const m of r.milestones) {
        const resources = m.resources ?? [];
        expect(resources.length, `${r.id}: ${m.id}`).toBeGreaterThanOrEqual(1);
        expect(resources.length, `${r.id}: ${m.id}`).toBeLessThanOrEqual(3);
        expect(new Set(resources.map((x) => x.url)).size, m.id).toBe(resources.length);
        for (const x of resources) expect(x.url, m.id).toMatch(/^https:\/\/[^\s]+$/);
      }
    }
  });

  it('marks certifications, the second framework and Hyperledger optional, and nothing required depends on an optional milestone', () => {
    const all = new Map(roadmaps.flatMap((r) => r.milestones.map((m) => [m.id, m] as const)));
    for (const id of ['tensorflow-keras', 'hyperledger-enterprise-ledgers']) expect(all.get(id)?.optional, id).toBe(true);
    for (const m of all.values()) {
      if (m.kind === 'certification') expect(m.optional, m.id).toBe(true);
    }
    for (const r of roadmaps) {
      const dependsOn = dependsOnIn(r);
      const optional = r.milestones.filter((m) => m.optional).map((m) => m.id);
      for (const m of r.milestones.filter((x) => !x.optional)) {
        for (const id of optional) expect(dependsOn(m.id, id), `${r.id}: ${m.id} needs optional ${id}`).toBe(false);
      }
    }
  });

  it('names real certifications, says exams cost money, and never marks one done by passing it', () => {
    for (const m of roadmaps.flatMap((r) => r.milestones).filter((x) => x.kind === 'certification')) {
      expect(textOf(m), m.id).toMatch(/cost|fee|paid|charge/i);
      expect(m.doneWhen, m.id).not.toMatch(/passed/i);
      expect(m.checklist.join(' '), m.id).not.toMatch(/\bpass it\b/i);
    }
    const named = textOf(byId.get('ml-engineer')!.milestones.find((m) => m.id === 'ml-certification')!);
    expect(named).toContain('Google Cloud Professional Machine Learning Engineer');
    expect(textOf(byId.get('mlops-engineer')!.milestones.find((m) => m.id === 'mlops-certification')!)).toMatch(/CKA/);
  });
});

describe('accuracy', () => {
  const milestoneText = (id: string) => textOf(roadmaps.flatMap((r) => r.milestones).find((m) => m.id === id)!);

  it('never claims that an anchored hash proves which model produced an output', () => {
    const chain = JSON.stringify(byId.get('ai-blockchain-engineer'));
    expect(chain).not.toMatch(/came from the approved model|verify where a prediction came from/i);
    expect(milestoneText('model-hash-anchoring')).toMatch(/does not by itself prove/);
    expect(milestoneText('verifiable-inference')).toMatch(/zkML/);
    expect(milestoneText('verifiable-inference')).toMatch(/TEE/);
  });

  it('teaches MLflow aliases, not the deprecated registry stages', () => {
    const registry = roadmaps.flatMap((r) => r.milestones).find((m) => m.id === 'model-registry')!;
    expect([registry.doneWhen, ...registry.checklist].join(' ')).not.toMatch(/\bstages?\b/i);
    expect(textOf(registry)).toMatch(/@champion/);
  });

  it('describes Keras 3 saving correctly', () => {
    const keras = milestoneText('tensorflow-keras');
    expect(keras).not.toMatch(/SavedModel format/);
    expect(keras).toMatch(/\.keras/);
    expect(keras).toMatch(/model\.export\(\)/);
  });

  it('says up front what AI + Blockchain shares with the ML Engineer path, without calling it the whole core', () => {
    const summary = byId.get('ai-blockchain-engineer')!.summary;
    expect(summary).toMatch(/shares its first two phases with the ML Engineer path/);
    expect(summary).not.toMatch(/ML Engineer core|longer than a single path/);
  });

  it('marks the AI + Blockchain sections the article does not provide', () => {
    expect(byId.get('ai-blockchain-engineer')!.notFromArticle).toEqual(['successMetrics', 'dayToDay', 'chooseIf']);
  });

  it('gives every path market and pay facts with no invented figures', () => {
    for (const r of roadmaps) {
      expect(r.market?.length, r.id).toBeGreaterThan(0);
      for (const line of r.market ?? []) expect(line, r.id).not.toMatch(/[0-9$€£%]/);
    }
  });

  // The article lives beside the repository (../shared/source), not in it; a checkout without it cannot run this check.
  it.skipIf(!existsSync(ARTICLE))('copies no run of eight words from the source article into any one text', async () => {
    const words = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim().split(' ').filter(Boolean);
    const article = await readFile(ARTICLE, 'utf8');
    const body = words(article.slice(article.indexOf('AI Career Paths Explained:'), article.indexOf('Related Articles')));
    const runs = new Set(body.slice(0, -7).map((_, i) => body.slice(i, i + 8).join(' ')));
    const strings = (value: unknown): string[] =>
      typeof value === 'string' ? [value] : typeof value === 'object' && value ? Object.values(value).flatMap(strings) : [];
    const content = strings([
      roadmaps,
      JSON.parse(await readFile(join(RESOURCES_DIR, 'questionnaire.json'), 'utf8')),
      JSON.parse(await readFile(join(RESOURCES_DIR, 'glossary.json'), 'utf8')),
    ]);
    expect(content.length).toBeGreaterThan(1000);
    for (const text of content) {
      const w = words(text);
      for (let i = 0; i + 8 <= w.length; i++) expect(runs.has(w.slice(i, i + 8).join(' ')), w.slice(i, i + 8).join(' ')).toBe(false);
    }
  });
});

describe('questionnaire and glossary files', () => {
  it('loads the questionnaire against the built-in paths and says what AI + Blockchain shares with the ML Engineer path', async () => {
    const questionnaire = await loadQuestionnaire(join(RESOURCES_DIR, 'questionnaire.json'), roadmaps.map((r) => r.id));
    expect(questionnaire.pathNotes['ai-blockchain-engineer']).toMatch(/shares its first two phases with the ML Engineer path/);
    expect(questionnaire.pathNotes['ai-blockchain-engineer']).not.toMatch(/ML Engineer core|longer than a single path/);
  });

  it('defines only glossary terms that some milestone uses, each once', async () => {
    const glossary = await loadGlossary(join(RESOURCES_DIR, 'glossary.json'));
    expect(new Set(glossary.map((g) => g.term)).size).toBe(glossary.length);
    const milestones = roadmaps.flatMap((r) => r.milestones);
    for (const entry of glossary) {
      expect(milestones.some((m) => termsUsed(m, [entry]).length > 0), entry.term).toBe(true);
    }
    for (const term of ['Population stability index (PSI)', 'Sample ratio mismatch', 'Point-in-time join']) {
      expect(glossary.map((g) => g.term)).toContain(term);
    }
  });
});

describe('article coverage', () => {
  for (const [pathId, categories] of Object.entries(ARTICLE_TOPICS)) {
    for (const [category, topics] of Object.entries(categories)) {
      it(`maps every ${category} topic of ${pathId} to milestones on that path`, () => {
        const map = coverage[pathId]?.[category as 'skills'] ?? {};
        const ids = new Set(byId.get(pathId)!.milestones.map((m) => m.id));
        for (const topic of topics) {
          expect(map[topic], `"${topic}" has no milestone in coverage.json`).toBeDefined();
          expect(map[topic]!.length, topic).toBeGreaterThan(0);
        }
        for (const [topic, milestoneIds] of Object.entries(map)) {
          for (const id of milestoneIds) expect(ids.has(id), `${topic} -> ${id} is not on ${pathId}`).toBe(true);
        }
      });
    }
  }
});

describe('serving the questionnaire and glossary', () => {
  it('serves the built-in questionnaire and glossary', async () => {
    await withTempDir(async (dir) => {
      const api = await createApi({ dataFile: join(dir, 'pathboard.json'), roadmapsDir: ROADMAPS_DIR });
      const questionnaire = await api.getQuestionnaire({});
      const glossary = await api.getGlossary({});
      expect(questionnaire.ok && questionnaire.data.questions.length).toBeGreaterThanOrEqual(6);
      expect(glossary.ok && glossary.data.length).toBeGreaterThan(10);
      await api.close();
    });
  });

  it('fails clearly, naming the file, when the questionnaire is missing or broken, and saves no answers', async () => {
    await withTempDir(async (dir) => {
      const roadmapsDir = await writeRoadmaps(dir, twoPathFixture());
      const api = await createApi({ dataFile: join(dir, 'pathboard.json'), roadmapsDir });
      const missing = await api.getQuestionnaire({});
      expect(missing.ok).toBe(false);
      expect(!missing.ok && missing.error.message).toMatch(/built-in questionnaire could not be loaded: .*questionnaire\.json/);
      const saved = await api.saveQuestionnaire({ answers: { blockchain: 'keen' } });
      expect(saved.ok).toBe(false);
      const state = await api.getState({});
      expect(state.ok && state.data.document.questionnaire).toBeUndefined();
      await api.close();

      await writeFile(join(dir, 'questionnaire.json'), '{ "questions": [');
      const again = await createApi({ dataFile: join(dir, 'pathboard.json'), roadmapsDir });
      const broken = await again.getQuestionnaire({});
      expect(!broken.ok && broken.error.message).toMatch(/not valid JSON/);
      await again.close();
    });
  });

  it('rejects a questionnaire that awards points to a path that does not exist', async () => {
    await withTempDir(async (dir) => {
      const value = JSON.parse(await readFile(join(RESOURCES_DIR, 'questionnaire.json'), 'utf8'));
      await writeFile(join(dir, 'questionnaire.json'), JSON.stringify(value));
      await expect(loadQuestionnaire(join(dir, 'questionnaire.json'), ['ops-path', 'data-path'])).rejects.toThrow(
        /unknown path "ml-engineer"/,
      );
    });
  });
});
