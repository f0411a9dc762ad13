// adopt refused the edited file with the engine's message (the file, both hashes, the fix) and changed nothing.
import dev.storium.maven.ItDatabase

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE') : 'adopt accepted an edited applied file'
def error = log.readLines().findAll { it.startsWith('[ERROR]') }.join('\n')
assert error =~ /Cannot adopt jdbc:sqlite:\S+app\.db: 1 applied migration of __drizzle_migrations cannot be verified\. Nothing was changed\./ : "the error does not say what was refused:\n${error}"
assert error =~ /0001_note_body\.sql was edited after drizzle applied it: its SHA-256 is now [0-9a-f]{12}, __drizzle_migrations recorded [0-9a-f]{12} \(the row with created_at 1717000100000\)\. Fix: restore the file as it was applied \(git log -p -- \S+0001_note_body\.sql shows the edit\), then run adopt again\./ : "the error does not name the file, the hashes and the fix:\n${error}"
assert error.contains('MojoFailureException') : 'a refusal is not a MojoFailureException'
assert !(log =~ /(?m)^\s+at dev\.storium\./) : 'a refusal printed a stack trace'

def drizzle = new File(basedir, 'drizzle')
assert !new File(drizzle, 'meta/storium.sum').exists() : 'the folder was converted'
assert !new File(drizzle, 'meta/drizzle-kit').exists() : 'the folder was converted'
assert new File(drizzle, 'meta/0001_snapshot.json').text.contains('"version": "6"')
def db = ItDatabase.sqlite(new File(basedir, 'target/app.db'))
assert db.rows("SELECT name FROM sqlite_master WHERE name = '__storium_migrations'").isEmpty() : 'a history table was created'
return true
