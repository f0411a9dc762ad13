// A dry run prints the SQL of each pending file and changes nothing: no table, not even the history table.
import dev.storium.maven.ItDatabase

def db = ItDatabase.of(basedir)
try {
    def log = new File(basedir, 'build.log').text
    assert log.contains('BUILD SUCCESS') : 'the dry run failed'
    assert log.contains('[INFO] Dry run: would apply 0000_create_users.sql (in one transaction):\nCREATE TABLE "users" (') : "the SQL of 0000 is not printed:\n${log}"
    assert log.contains('CREATE UNIQUE INDEX "users_email_unique" ON "users" ("email");')
    assert log.contains('[INFO] Dry run: would apply 0001_create_posts.sql (in one transaction):\nCREATE TABLE "posts" (')
    assert log =~ /\[INFO\] Dry run: 2 migrations would be applied to .*: 0000_create_users, 0001_create_posts\. Nothing was changed\./
    assert !log.contains('[INFO] Applied ') : 'the dry run applied a file'
    assert db.tables() == [] : "the dry run created tables: ${db.tables()}"
} finally {
    db.drop()
}
return true
