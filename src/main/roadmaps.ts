// Loads and validates the built-in content (roadmaps, questionnaire, glossary) from resources, failing loudly with the file and field at fault.
import { readFile, readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { GlossarySchema, type GlossaryEntry } from '../shared/glossary';
import { parseQuestionnaire, type Questionnaire } from '../shared/questionnaire';
import { fail, ok, type Result } from '../shared/result';
import { RoadmapContentError, comparePaths, formatIssuePath, parseRoadmap, type Roadmap } from '../shared/roadmap';

async function readJson(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new RoadmapContentError(file, [{ path: '', message: `cannot be read: ${(error as Error).message}` }]);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new RoadmapContentError(file, [{ path: '', message: `not valid JSON: ${(error as Error).message}` }]);
  }
}

export async function loadRoadmaps(dir: string): Promise<Roadmap[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.json')).sort();
  const roadmaps: Roadmap[] = [];
  for (const name of files) {
    const file = join(dir, name);
    roadmaps.push(parseRoadmap(file, await readJson(file), basename(name, '.json')));
  }
  return roadmaps.sort(comparePaths);
}

/** The questionnaire, checked against the paths that exist so no answer can point at a missing path. */
export async function loadQuestionnaire(file: string, pathIds: readonly string[]): Promise<Questionnaire> {
  return parseQuestionnaire(file, await readJson(file), pathIds);
}

export async function loadGlossary(file: string): Promise<GlossaryEntry[]> {
  const parsed = GlossarySchema.safeParse(await readJson(file));
  if (!parsed.success) {
    throw new RoadmapContentError(file, parsed.error.issues.map((i) => ({ path: formatIssuePath(i.path), message: i.message })));
  }
  return parsed.data;
}

/** Loads once, on first use, and keeps the answer: a broken file becomes a failed call naming the file and field. */
function once<T>(load: () => Promise<T>, what: string): () => Promise<Result<T>> {
  let loaded: Promise<Result<T>> | undefined;
  return () =>
    (loaded ??= load().then(ok, (error: unknown) =>
      fail('INTERNAL', `Pathboard's built-in ${what} could not be loaded: ${(error as Error).message}`),
    ));
}

/** The questionnaire and glossary that sit beside the roadmaps folder in resources/, loaded when first asked for
 *  (so a service built on a folder of test roadmaps needs them only if it uses them). */
export function builtInGuides(roadmapsDir: string, pathIds: readonly string[]) {
  return {
    questionnaire: once(() => loadQuestionnaire(join(roadmapsDir, '..', 'questionnaire.json'), pathIds), 'questionnaire'),
    glossary: once(() => loadGlossary(join(roadmapsDir, '..', 'glossary.json')), 'glossary'),
  };
}
