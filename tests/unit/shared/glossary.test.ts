import { describe, expect, it } from 'vitest';
import { mentions, termsUsed, type GlossaryEntry } from '../../../src/shared/glossary';
import { milestone } from '../../support/roadmapFixtures';

const psi: GlossaryEntry = { term: 'Population stability index (PSI)', aliases: ['PSI'], definition: 'A drift score.' };
const tee: GlossaryEntry = { term: 'TEE', definition: 'Trusted hardware.' };

describe('mentions', () => {
  it('finds a term or an alias as whole words, ignoring case', () => {
    expect(mentions('Compute the psi per feature', psi)).toBe(true);
    expect(mentions('Compute the Population Stability Index', psi)).toBe(false);
    expect(mentions('Use a TEE.', tee)).toBe(true);
  });

  it('does not match inside other words', () => {
    expect(mentions('Guarantee it', tee)).toBe(false);
    expect(mentions('PSIs', psi)).toBe(false);
  });

  it('treats characters that mean something in a regular expression literally', () => {
    const plus: GlossaryEntry = { term: 'C++', definition: 'A language.' };
    expect(mentions('Write it in C++ first', plus)).toBe(true);
    expect(mentions('Write it in C first', plus)).toBe(false);
  });
});

describe('termsUsed', () => {
  it('returns the entries a milestone uses anywhere in its text, in glossary order', () => {
    const m = milestone('drift', [], { checklist: ['Run it inside a TEE', 'Compute PSI'] });
    expect(termsUsed(m, [psi, tee]).map((e) => e.term)).toEqual([psi.term, tee.term]);
    expect(termsUsed(milestone('plain'), [psi, tee])).toEqual([]);
  });
});
