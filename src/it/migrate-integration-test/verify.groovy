// mvn verify: migrate ran in pre-integration-test, before failsafe, and the failsafe tests passed on its tables.
import dev.storium.maven.ItDatabase

def db = ItDatabase.of(basedir)
try {
    def log = new File(basedir, 'build.log').text
    assert log.contains('BUILD SUCCESS') : 'mvn verify failed'
    def migrate = log.indexOf(':migrate (migrate-before-integration-tests) @ migrate-integration-test')
    def failsafe = log.indexOf(':integration-test (default) @ migrate-integration-test')
    assert migrate > 0 : 'migrate did not run in mvn verify'
    assert failsafe > migrate : 'migrate did not run before the integration tests'
    assert log =~ /\[INFO\] Applied 0000_create_users\.sql in \d+ ms/ : 'no line for 0000_create_users.sql'
    assert log =~ /\[INFO\] Applied 0001_create_posts\.sql in \d+ ms/ : 'no line for 0001_create_posts.sql'
    assert log =~ /\[INFO\] Applied 2 migrations in \d+ ms: 0000_create_users, 0001_create_posts\./ : 'no summary line'
    assert log =~ /Tests run: 3, Failures: 0, Errors: 0, Skipped: 0/ : 'the failsafe tests did not all pass'
    assert new File(basedir, 'target/failsafe-reports/TEST-com.example.db.SchemaIT.xml').isFile() : 'no failsafe report'

    assert db.tables() == ['__storium_migrations', 'posts', 'users'] : "unexpected tables ${db.tables()}"
    def rows = db.rows('SELECT tag, success, length(sha256) AS hash FROM __storium_migrations ORDER BY tag')
    assert rows*.tag == ['0000_create_users', '0001_create_posts']
    assert rows.every { it.success && it.hash == 64 } : "history rows ${rows}"
} finally {
    db.drop()
}
return true
