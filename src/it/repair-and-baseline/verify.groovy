// baseline marks 0000 without running it; migrate applies only 0001; a second baseline is refused; repair: nothing;
// repair -Dstorium.markApplied naming an applied file is refused, naming it.
import dev.storium.maven.ItDatabase

def db = ItDatabase.of(basedir)
try {
    def log = new File(basedir, 'build.log').text
    def runs = log.split(/\[INFO\] Scanning for projects/)
    assert runs.size() == 6 : "expected five builds in the log, found ${runs.size() - 1}"
    def (baseline, migrate, again, repair, mark) = [runs[1], runs[2], runs[3], runs[4], runs[5]]

    assert baseline.contains('[INFO] Marked 0000_create_users.sql as applied (baseline: not run).') : "baseline did not log the marked file:\n${baseline}"
    assert baseline.contains('1 migration marked as applied without running it; migrate will apply the 1 migration after it.') : "baseline summary:\n${baseline}"
    assert baseline.contains('BUILD SUCCESS')

    assert migrate =~ /\[INFO\] Applied 0001_create_posts\.sql in \d+ ms/ : "migrate did not apply 0001:\n${migrate}"
    assert !migrate.contains('Applied 0000_create_users.sql') : 'migrate ran the baselined file'
    assert migrate.contains('BUILD SUCCESS')

    assert again.contains('BUILD FAILURE') : 'a second baseline was accepted'
    def error = again.readLines().findAll { it.startsWith('[ERROR]') }.join('\n')
    assert error =~ /Cannot baseline jdbc:mysql:\/\/127\.0\.0\.1:3306\/storium_it_baseline_\w+.*: its history table __storium_migrations already has 2 migrations \(0000_create_users, 0001_create_posts\)\. Baseline is for a database Storium has never migrated\. Fix: run mvn storium:migrate instead\./ : "the refusal does not name the history table and migrate:\n${error}"
    assert error.contains('MojoFailureException') : 'a refusal is not a MojoFailureException'
    assert !(again =~ /(?m)^\s+at dev\.storium\./) : 'a refusal printed a stack trace'

    assert repair.contains('[INFO] Nothing to repair: every row of __storium_migrations matches its file.') : "repair:\n${repair}"

    assert mark.contains('BUILD FAILURE') : 'marking applied files as applied was accepted'
    def markError = mark.readLines().findAll { it.startsWith('[ERROR]') }.join('\n')
    assert markError.contains('-Dstorium.markApplied=0001_create_posts names a file already recorded as applied on ') : "the refusal does not name the tag:\n${markError}"
    assert markError.contains('Nothing was changed. Fix: name the tags migrate reports as left unfinished or failed.') : "the refusal has no fix:\n${markError}"
    assert markError.contains('MojoFailureException') : 'a refusal is not a MojoFailureException'

    assert db.tables() == ['__storium_migrations', 'posts', 'users'] : "unexpected tables ${db.tables()}"
    def rows = db.rows('SELECT tag, execution_ms FROM __storium_migrations ORDER BY tag')
    assert rows*.tag == ['0000_create_users', '0001_create_posts']
    assert rows[0].execution_ms == 0 : 'the baselined file has an execution time'
    assert db.rows('SELECT email FROM users')*.email == ['existing@example.com'] : 'the existing rows were touched'
} finally {
    db.drop()
}
return true
