// The built-in questionnaire read straight from resources/, for tests that answer it like a learner would.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseQuestionnaire, type Questionnaire } from '../../src/shared/questionnaire';
import { PATH_ORDER } from '../../src/shared/roadmap';

export const QUESTIONNAIRE_FILE = join(import.meta.dirname, '..', '..', 'resources', 'questionnaire.json');

export const BUILT_IN_QUESTIONNAIRE: Questionnaire = parseQuestionnaire(
  QUESTIONNAIRE_FILE,
  JSON.parse(readFileSync(QUESTIONNAIRE_FILE, 'utf8')),
  PATH_ORDER,
);
export const QUESTIONS = BUILT_IN_QUESTIONNAIRE.questions;
