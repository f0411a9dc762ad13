// A pending file older than the newest applied one is refused with the flag to use, then applied with it.
import dev.storium.maven.ItDatabase

def db = ItDatabase.of(basedir)
try {
    def log = new File(basedir, 'build.log').text
    def runs = log.split(/\[INFO\] Scanning for projects/)
    assert runs.size() == 4 : "expected three builds in the log, found ${runs.size() - 1}"
    def (first, second, third) = [runs[1], runs[2], runs[3]]

    assert first.contains('[INFO] Applied 2 migrations in') && first.contains('0000_create_users, 0001_create_tags.') : "the main branch's migrations were not applied:\n${first}"

    assert second.contains('BUILD FAILURE') : 'migrate applied a file older than the newest applied one'
    def error = second.readLines().findAll { it.startsWith('[ERROR]') }.join('\n')
    assert error.contains('0002_create_posts.sql is pending but older than 0001_create_tags.sql, the newest applied migration (journal: idx 2 generated') : "the error does not name the file and the newest applied one:\n${error}"
    assert error.contains('it was probably merged from another branch. Fix: check that it still fits the schema as it is now, then apply it with -Dstorium.outOfOrder=true.') : "the error does not name the flag:\n${error}"
    assert error.contains('Nothing was applied.')
    assert !(second =~ /(?m)^\s+at dev\.storium\./) : 'a refusal printed a stack trace'

    assert third.contains('[WARNING] Applying 0002_create_posts.sql out of order: it is older than the newest applied migration (storium.outOfOrder=true).') : "no warning for the out-of-order file:\n${third}"
    assert third =~ /\[INFO\] Applied 0002_create_posts\.sql in \d+ ms/
    assert third.contains('The database is now at 0002_create_posts (3 migrations applied).')
    assert third.contains('BUILD SUCCESS')

    assert db.tables() == ['__storium_migrations', 'posts', 'tags', 'users'] : "unexpected tables ${db.tables()}"
    assert db.rows('SELECT tag FROM __storium_migrations ORDER BY applied_at')*.tag == ['0000_create_users', '0001_create_tags', '0002_create_posts']
} finally {
    db.drop()
}
return true
