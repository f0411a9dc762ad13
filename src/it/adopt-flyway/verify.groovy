// adopt verified Flyway's files, started Storium's directory from the baseline and recorded it; Flyway's table and
// files are as they were; the second adopt changed nothing; the pulled schema has nothing to generate and passes check.
import dev.storium.maven.ItDatabase

def log = new File(basedir, 'build.log').text
def runs = log.split(/\[INFO\] Scanning for projects/)
assert runs.size() == 5 : "expected four builds in the log, found ${runs.size() - 1}"
def (first, second, third, fourth) = [runs[1], runs[2], runs[3], runs[4]]

assert first.contains('[INFO] Marked 0000_pulled_schema.sql as applied (baseline: not run).') : "adopt did not record the baseline:\n${first}"
assert first =~ /\[INFO\] Adopted jdbc:sqlite:\S+app\.db from Flyway: verified 2 migrations against the checksums flyway_schema_history recorded \(V1__create_notes\.sql, V2__note_body\.sql\); wrote \S+0000_pulled_schema\.sql, the schema the database has now, and recorded it as applied in __storium_migrations \(flyway_schema_history left as it was\)\./ : "adopt did not report:\n${first}"
assert first.contains('BUILD SUCCESS')

assert second =~ /\[INFO\] Already adopted: jdbc:sqlite:\S+ has its Flyway migrations verified and 0000_pulled_schema recorded in __storium_migrations\. Nothing changed\./ : "the second adopt did not say so:\n${second}"
assert second.contains('[INFO] Schema is up to date: 1 migration applied, none pending.') : "migrate after adopt:\n${second}"
assert second.contains('BUILD SUCCESS')

assert third.contains('BUILD SUCCESS') : "pull into target/pulled:\n${third}"
assert fourth.contains('[INFO] Nothing to generate: the schema in code matches the last migration, 0000_pulled_schema.') : "generate after adopt:\n${fourth}"
assert fourth.contains('BUILD SUCCESS') : "check after adopt:\n${fourth}"

def sql = new File(basedir, 'migrations/0000_pulled_schema.sql').text
assert sql.contains('notes') && !sql.contains('flyway_schema_history') : "the baseline:\n${sql}"
assert !new File(basedir, 'migrations/0001_pulled_schema.sql').exists()

def db = ItDatabase.sqlite(new File(basedir, 'target/app.db'))
assert db.rows('SELECT tag FROM __storium_migrations')*.tag == ['0000_pulled_schema']
assert db.rows('SELECT script FROM flyway_schema_history ORDER BY installed_rank')*.script == ['V1__create_notes.sql', 'V2__note_body.sql']
return true
