// Human labels for the roadmap's enums.
import type { MilestoneKind, SkillArea } from '../../../../shared/roadmap';

export const SKILL_AREA_LABELS: Record<SkillArea, string> = {
  programming: 'Programming',
  'software-engineering': 'Software engineering',
  data: 'Data',
  statistics: 'Statistics',
  analytics: 'Analytics',
  ml: 'Machine learning',
  'llm-genai': 'LLMs and generative AI',
  'devops-cloud': 'DevOps and cloud',
  operations: 'Operations',
  'ml-lifecycle': 'ML lifecycle',
  communication: 'Communication',
  business: 'Business',
  blockchain: 'Blockchain',
};

export const KIND_LABELS: Record<MilestoneKind, string> = {
  skill: 'Skill',
  project: 'Project',
  certification: 'Certification',
};
