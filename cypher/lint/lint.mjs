// Checks Cypher files with Neo4j's own parser (@neo4j-cypher/language-support).
// Usage: node lint.mjs FILE...   Prints one JSON array: [{ file, diagnostics: [{ severity, line, column, message }] }].
// Exit code: 0 when no file has an error, 1 when some file has one, 2 when it could not run.
import { readFileSync } from 'node:fs';

let lintCypherQuery;
try {
  ({ lintCypherQuery } = await import('@neo4j-cypher/language-support'));
} catch (error) {
  console.error(`cannot load @neo4j-cypher/language-support (run "npm ci" in cypher/lint): ${error.message}`);
  process.exit(2);
}

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: node lint.mjs FILE...');
  process.exit(2);
}

// Parameters are supplied at run time, so every $name is declared; labels and properties are not checked
// against a live schema because there is none here.
const schema = { parameters: new Proxy({}, { get: () => ({}) }) };
const severityNames = { 1: 'error', 2: 'warning', 3: 'information', 4: 'hint' };

const results = files.map((file) => {
  const text = readFileSync(file, 'utf8');
  const { diagnostics } = lintCypherQuery(text, schema);
  return {
    file,
    diagnostics: diagnostics.map((d) => ({
      severity: severityNames[d.severity] ?? String(d.severity),
      line: d.range.start.line + 1,
      column: d.range.start.character + 1,
      message: d.message,
    })),
  };
});

console.log(JSON.stringify(results));
process.exit(results.some((r) => r.diagnostics.some((d) => d.severity === 'error')) ? 1 : 0);
