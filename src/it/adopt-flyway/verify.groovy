// adopt verified Flyway's files, wrote the Java schema, started Storium's directory from the baseline and recorded it;
// Flyway's table and files are as they were; the second adopt changed nothing; the schema adopt wrote has nothing to
// generate and passes check.
import dev.storium.maven.ItDatabase

def log = new File(basedir, 'build.log').text
def runs = log.split(/\[INFO\] Scanning for projects/)
assert runs.size() == 4 : "expected three builds in the log, found ${runs.size() - 1}"
def (first, second, third) = [runs[1], runs[2], runs[3]]

assert first.contains('[INFO] Marked 0000_pulled_schema.sql as applied (baseline: not run).') : "adopt did not record the baseline:\n${first}"
assert first =~ /\[INFO\] Adopted jdbc:sqlite:\S+app\.db from Flyway: verified 2 migrations against the checksums flyway_schema_history recorded \(V1__create_notes\.sql, V2__note_body\.sql\); wrote \S+0000_pulled_schema\.sql, the schema the database has now, and recorded it as applied in __storium_migrations \(flyway_schema_history left as it was\)\. Wrote the Java schema into \S+DbSchema\.java\./ : "adopt did not report:\n${first}"
assert first.contains('BUILD SUCCESS')

assert second =~ /\[INFO\] Already adopted: jdbc:sqlite:\S+ has its Flyway migrations verified and 0000_pulled_schema recorded in __storium_migrations\. Nothing changed\./ : "the second adopt did not say so:\n${second}"
assert second.contains('[INFO] Schema is up to date: 1 migration applied, none pending.') : "migrate after adopt:\n${second}"
assert second.contains('BUILD SUCCESS')

def source = new File(basedir, 'src/main/java/com/example/db/DbSchema.java')
assert source.isFile() : 'adopt wrote no Java schema'
assert source.text.contains('public static final TableDef NOTES = defineTable("notes")') : source.text
assert !source.text.contains('flyway_schema_history') : source.text
assert !second.contains('Wrote the Java schema') : "the second adopt wrote the class again:\n${second}"
assert third.contains('[INFO] Nothing to generate: the schema in code matches the last migration, 0000_pulled_schema.') : "generate after adopt:\n${third}"
assert third.contains('BUILD SUCCESS') : "check after adopt:\n${third}"

def sql = new File(basedir, 'migrations/0000_pulled_schema.sql').text
assert sql.contains('notes') && !sql.contains('flyway_schema_history') : "the baseline:\n${sql}"
assert !new File(basedir, 'migrations/0001_pulled_schema.sql').exists()

def db = ItDatabase.sqlite(new File(basedir, 'target/app.db'))
assert db.rows('SELECT tag FROM __storium_migrations')*.tag == ['0000_pulled_schema']
assert db.rows('SELECT script FROM flyway_schema_history ORDER BY installed_rank')*.script == ['V1__create_notes.sql', 'V2__note_body.sql']
return true
