// The built-in roadmaps as a learner depends on them: valid, complete, ordered, sharing progress, and covering the article.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadRoadmaps } from '../../../src/main/roadmaps';
import type { Roadmap } from '../../../src/shared/roadmap';
import { ROADMAPS_DIR } from '../../support/tempDir';

type Coverage = Record<string, Record<'responsibilities' | 'skills' | 'entrySteps', Record<string, string[]>>>;

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

  it('gives each path 3 to 5 phases and 18 to 30 milestones, with a project and a certification', () => {
    for (const r of roadmaps) {
      expect(r.phases.length, r.id).toBeGreaterThanOrEqual(3);
      expect(r.phases.length, r.id).toBeLessThanOrEqual(5);
      expect(r.milestones.length, r.id).toBeGreaterThanOrEqual(18);
      expect(r.milestones.length, r.id).toBeLessThanOrEqual(30);
      expect(r.milestones.some((m) => m.kind === 'project'), r.id).toBe(true);
      expect(r.milestones.some((m) => m.kind === 'certification'), r.id).toBe(true);
    }
  });

  it('keeps the MLOps order Docker -> Kubernetes -> CI/CD for ML -> drift monitoring through prerequisites', () => {
    const mlops = byId.get('mlops-engineer')!;
    const prereqs = new Map(mlops.milestones.map((m) => [m.id, m.prerequisites]));
    const dependsOn = (id: string, target: string, seen = new Set<string>()): boolean =>
      (prereqs.get(id) ?? []).some((p) => p === target || (!seen.has(p) && (seen.add(p), dependsOn(p, target, seen))));
    expect(dependsOn('kubernetes', 'docker')).toBe(true);
    expect(dependsOn('cicd-for-ml', 'kubernetes')).toBe(true);
    expect(dependsOn('drift-monitoring', 'cicd-for-ml')).toBe(true);
    expect(dependsOn('docker', 'drift-monitoring')).toBe(false);
  });

  it('uses one id and the same text for a milestone that several paths share', () => {
    const seen = new Map<string, { roadmap: string; text: string }>();
    let shared = 0;
    for (const r of roadmaps) {
      for (const m of r.milestones) {
        const { prerequisites: _ignored, ...rest } = m;
        const text = JSON.stringify(rest);
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
