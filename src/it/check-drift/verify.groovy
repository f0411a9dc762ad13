// mvn verify failed in check: the database drifted from the applied migrations, reported per table and column.
import dev.storium.maven.ItDatabase

def db = ItDatabase.of(basedir)
try {
    def log = new File(basedir, 'build.log').text
    assert log.contains('BUILD FAILURE') : 'the build should fail'
    assert log.contains('Check failed: 2 findings.')
    assert log.contains('Drift: the database vs the applied migrations (2):')
    assert log.contains('  - column posts.title: the migrations (up to 0001_create_posts) expect varchar(200) not null,'
            + ' the database does not have it')
    assert log.contains('  - column users.nickname: the database has it (varchar(40)), the migrations (up to'
            + ' 0001_create_posts) do not')
    assert log.contains('    Fix: undo the manual change, bringing the database back to 0001_create_posts with:')
    assert log =~ /ALTER TABLE "?users"? DROP COLUMN "?nickname"?;/ : 'the fix does not show the statement for nickname'
    assert log.contains('or, if the change is wanted, make it in the table definitions, run mvn storium:generate')
    assert !log.contains('Migrations vs the database') : 'nothing is pending'
    // check reads only: the database is as setup.groovy left it
    assert db.tables() == ['__storium_migrations', 'posts', 'users']
    assert db.rows("SELECT column_name FROM information_schema.columns WHERE table_name = 'users'"
            + " AND column_name = 'nickname'").size() == 1
} finally {
    db.drop()
}
return true
