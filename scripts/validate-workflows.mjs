// Validates every GitHub Actions workflow in .github/workflows against the workflow schema (action-validator, a WASM
// build that runs offline), so a typo in a key fails `npm test` here instead of on GitHub.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { validateWorkflow } from '@action-validator/core';

const dir = resolve(process.argv[2] ?? join(import.meta.dirname, '..', '.github', 'workflows'));
const files = readdirSync(dir).filter((name) => /\.ya?ml$/.test(name)).sort();
if (files.length === 0) {
  console.error(`No workflow files in ${dir}`);
  process.exit(1);
}

/** One line per problem: where it is and what is wrong, drilling into "one of" branches for the actual cause. */
function describe(errors, out = []) {
  for (const error of errors) {
    if (error.states) for (const state of error.states) describe(state.errors, out);
    else out.push(`${error.path ?? (error.location ? `line ${error.location.line}` : '')}: ${error.detail ?? error.title}`);
  }
  return out;
}

let failed = false;
for (const name of files) {
  const result = validateWorkflow(readFileSync(join(dir, name), 'utf8'));
  if (result.errors.length === 0) {
    console.log(`ok   ${name}`);
    continue;
  }
  failed = true;
  console.error(`FAIL ${name}`);
  for (const line of [...new Set(describe(result.errors))]) console.error(`     ${line}`);
}
process.exit(failed ? 1 : 0);
