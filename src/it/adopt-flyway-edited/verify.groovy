// adopt refused the edited file with the engine's message (the file, both checksums, the fix) and changed nothing.
import dev.storium.maven.ItDatabase

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE') : 'adopt accepted an edited applied file'
def error = log.readLines().findAll { it.startsWith('[ERROR]') }.join('\n')
assert error =~ /Cannot adopt jdbc:sqlite:\S+app\.db: 1 applied migration of flyway_schema_history cannot be verified\. Nothing was changed\./ : "the error does not say what was refused:\n${error}"
assert error =~ /V2__note_body\.sql was edited after Flyway applied it: its checksum is now -?\d+, flyway_schema_history recorded -?\d+ \(installed_rank 2 \(version 2, V2__note_body\.sql\)\)\. Fix: restore the file as it was applied \(git log -p -- \S+V2__note_body\.sql shows the edit\), then run adopt again\./ : "the error does not name the file, the checksums and the fix:\n${error}"
assert error.contains('MojoFailureException') : 'a refusal is not a MojoFailureException'
assert !(log =~ /(?m)^\s+at dev\.storium\./) : 'a refusal printed a stack trace'

assert !new File(basedir, 'migrations').exists() : 'the migrations directory was written'
def db = ItDatabase.sqlite(new File(basedir, 'target/app.db'))
assert db.rows("SELECT name FROM sqlite_master WHERE name = '__storium_migrations'").isEmpty() : 'a history table was created'
assert db.rows('SELECT script FROM flyway_schema_history')*.script.size() == 2
return true
