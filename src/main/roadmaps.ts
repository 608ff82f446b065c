// Loads and validates the built-in roadmaps from resources/roadmaps, failing loudly with the file and field at fault.
import { readFile, readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { RoadmapContentError, comparePaths, parseRoadmap, type Roadmap } from '../shared/roadmap';

export async function loadRoadmaps(dir: string): Promise<Roadmap[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.json')).sort();
  const roadmaps: Roadmap[] = [];
  for (const name of files) {
    const file = join(dir, name);
    let value: unknown;
    try {
      value = JSON.parse(await readFile(file, 'utf8'));
    } catch (error) {
      throw new RoadmapContentError(file, [{ path: '', message: `not valid JSON: ${(error as Error).message}` }]);
    }
    roadmaps.push(parseRoadmap(file, value, basename(name, '.json')));
  }
  return roadmaps.sort(comparePaths);
}
