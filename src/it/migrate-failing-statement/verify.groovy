// A failing statement fails the build with the engine's message (file, statement number, statement, the database's
// error) and no stack trace; with -e the stack trace is there. PostgreSQL rolls the file back; 0000 stays applied.
import dev.storium.maven.ItDatabase

def db = ItDatabase.of(basedir)
try {
    def log = new File(basedir, 'build.log').text
    def runs = log.split(/\[INFO\] Scanning for projects/)
    assert runs.size() == 3 : "expected two builds in the log, found ${runs.size() - 1}"
    def (plain, withE) = [runs[1], runs[2]]

    assert plain =~ /\[INFO\] Applied 0000_create_users\.sql in \d+ ms/ : "0000 was not applied:\n${plain}"
    assert plain.contains('BUILD FAILURE')
    def error = plain.readLines().findAll { it.startsWith('[ERROR]') }.join('\n')
    assert error.contains('Statement 2 of 0001_add_nickname_and_backfill.sql failed on postgresql: INSERT INTO "no_such_table" ("id") VALUES (1)') : "the error does not name the file, the statement number and the statement:\n${error}"
    assert error.contains('relation "no_such_table" does not exist') : "the error does not carry the database's message:\n${error}"
    assert error.contains('Nothing of 0001_add_nickname_and_backfill.sql was applied: its transaction was rolled back.') : "the error does not say what stayed applied:\n${error}"
    assert error.contains('Applied before the failure, and kept: 0000_create_users.') : "the error does not list the kept file:\n${error}"
    assert error.contains('MojoExecutionException') : 'a database error is not a MojoExecutionException'
    assert !(plain =~ /(?m)^\s+at /) : 'a stack trace was printed without -e'
    assert error.count('relation "no_such_table" does not exist') == 1 : "the database's message is repeated:\n${error}"

    assert withE.contains('BUILD FAILURE')
    assert withE =~ /(?m)^\s+at dev\.storium\./ : 'mvn -e printed no stack trace of the engine'
    assert withE.contains('Caused by: dev.storium.error.StoriumException: Statement 2 of 0001_add_nickname_and_backfill.sql') : 'mvn -e does not show the engine exception as the cause'

    assert db.rows('SELECT tag FROM __storium_migrations')*.tag == ['0000_create_users'] : 'the failed file has a history row'
    def columns = db.rows("SELECT column_name FROM information_schema.columns WHERE table_name = 'users' ORDER BY column_name")*.column_name
    assert !columns.contains('nickname') : 'statement 1 of the failed file was not rolled back'
} finally {
    db.drop()
}
return true
