// Runs a content parser that must reject its input, and returns the issues it named as "path: message" lines.
import { expect } from 'vitest';
import { RoadmapContentError } from '../../src/shared/roadmap';

export function contentIssues(file: string, parse: (file: string) => unknown): string[] {
  try {
    parse(file);
  } catch (error) {
    expect(error).toBeInstanceOf(RoadmapContentError);
    expect((error as Error).message).toContain(file);
    return (error as RoadmapContentError).issues.map((i) => `${i.path}: ${i.message}`);
  }
  throw new Error(`expected ${file} to be rejected`);
}
