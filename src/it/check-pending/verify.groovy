// mvn verify failed in check: a committed migration is not applied to the database; the fix is migrate.
import dev.storium.maven.ItDatabase

def db = ItDatabase.of(basedir)
try {
    def log = new File(basedir, 'build.log').text
    assert log.contains('BUILD FAILURE') : 'the build should fail'
    assert log.contains('Check failed: 1 finding.')
    assert log.contains('Migrations vs the database (1):')
    assert log =~ /  - 0001_create_posts\.sql is pending: jdbc:postgresql:\/\/127\.0\.0\.1:5432\/storium_it_check_pending_\w+ has not applied it/
    assert log.contains('    Fix: run mvn storium:migrate (in a build, bind migrate to pre-integration-test so it runs'
            + ' before the check).')
    assert !log.contains('Drift') : 'no drift: the database is at 0000_create_users'
    // check reads only: nothing was applied
    assert db.tables() == ['__storium_migrations', 'users']
} finally {
    db.drop()
}
return true
