#!/usr/bin/env node
// The benchmark's job in DuckDB (npm @duckdb/node-api, installed by bench/install-peers).
// Usage: bench/peers/duckdb.mjs long|wide FRAMEWORK SCORES OUT
// Scores are taken in integer hundredths (they have at most 2 decimals), so that sums are exact
// and the index rounds half away from zero exactly as chiso publishes it: ROUND on a DOUBLE
// would round 87.825, stored as 87.82499..., down.
import { createRequire } from 'node:module';
import { openSync, readSync, closeSync } from 'node:fs';

const [layout, framework, scores, out] = process.argv.slice(2);
if (!['long', 'wide'].includes(layout) || !out) {
  console.error('usage: duckdb.mjs long|wide FRAMEWORK SCORES OUT');
  process.exit(2);
}
const require = createRequire((process.env.CHISO_BENCH_DIR || '/tmp/chiso-bench') + '/');
const { DuckDBInstance } = require('@duckdb/node-api');

const literal = (text) => `'${text.replaceAll("'", "''")}'`;
const ident = (text) => `"${text.replaceAll('"', '""')}"`;

function headerOf(path) {
  const fd = openSync(path, 'r');
  const buffer = Buffer.alloc(65536);
  const length = readSync(fd, buffer, 0, buffer.length, 0);
  closeSync(fd);
  return buffer.toString('utf8', 0, length).split('\n')[0].replace(/\r$/, '').split(',');
}

const leaves = `SELECT id, CAST(round(max * 100) AS BIGINT) AS m
  FROM read_csv(${literal(framework)}, header = true,
    columns = {'id': 'VARCHAR', 'parent': 'VARCHAR', 'name': 'VARCHAR', 'max': 'DOUBLE'})
  WHERE parent IS NOT NULL`;

let totals;
if (layout === 'long') {
  totals = `SELECT s.year, s.unit, sum(CAST(round(s.score * 100) AS BIGINT)) AS p, sum(l.m) AS m
    FROM read_csv(${literal(scores)}, header = true,
      columns = {'unit': 'VARCHAR', 'year': 'INTEGER', 'criterion': 'VARCHAR', 'score': 'DOUBLE'}) s
    JOIN leaves l ON s.criterion = l.id
    GROUP BY s.year, s.unit`;
} else {
  // Every cell is present, so a unit's maximum is the sum of the maxima of the file's leaf columns.
  const criteria = headerOf(scores).slice(2);
  const columns = [`'unit': 'VARCHAR'`, `'year': 'INTEGER'`, ...criteria.map((c) => `${literal(c)}: 'DOUBLE'`)];
  const points = criteria.map((c) => `CAST(round(${ident(c)} * 100) AS BIGINT)`).join(' + ');
  totals = `SELECT year, unit, ${points} AS p,
      (SELECT sum(m) FROM leaves WHERE id IN (${criteria.map(literal).join(', ')})) AS m
    FROM read_csv(${literal(scores)}, header = true, columns = {${columns.join(', ')}})`;
}

const query = `COPY (
  WITH leaves AS (${leaves}),
  totals AS (${totals}),
  indexed AS (SELECT *, (20000 * p + m) // (2 * m) AS ix FROM totals),
  ranked AS (SELECT *, rank() OVER (PARTITION BY year ORDER BY ix DESC) AS r FROM indexed),
  years AS (SELECT year, lag(year) OVER (ORDER BY year) AS previous FROM (SELECT DISTINCT year FROM ranked))
  SELECT t.year, t.unit, printf('%.2f', t.p / 100) AS points, printf('%.2f', t.m / 100) AS max,
    printf('%.2f', t.ix / 100) AS index, t.r AS rank, b.r - t.r AS rank_change
  FROM ranked t JOIN years y ON y.year = t.year
  LEFT JOIN ranked b ON b.year = y.previous AND b.unit = t.unit
  ORDER BY t.year, t.r, t.unit
) TO ${literal(out)} (FORMAT csv, HEADER true)`;

const instance = await DuckDBInstance.create(':memory:');
const connection = await instance.connect();
await connection.run(query);
