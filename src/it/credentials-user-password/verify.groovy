// <user> and <password> in the pom: migrate connects as that user, whose tables they become; the log names the
// database and the user, warns that the password sits in the pom, and never shows it.
import dev.storium.maven.ItDatabase

def db = ItDatabase.of(basedir)
try {
    def log = new File(basedir, 'build.log').text
    assert log.contains('BUILD SUCCESS') : 'a build failed'
    assert log =~ /\[INFO\] Database: jdbc:postgresql:\/\/127\.0\.0\.1:5432\/storium_it_credentials_\w+, user storium_it_pom_user/ :
            'the log does not name the database and the user of the pom'
    assert log =~ /\[INFO\] Database: jdbc:postgresql:\/\/127\.0\.0\.1:5432\/storium_it_credentials_\w+, user postgres/ :
            '-Dstorium.user did not outrank the pom'
    assert log.contains('[WARNING] The database password is written in the <password> of the plugin configuration:')
    assert log.contains('Keep it in settings.xml (a <server> that <serverId> names')
    assert !log.contains('Pom-Secret-4711') : 'the password appears in build.log'
    def owners = db.rows("SELECT tableowner FROM pg_tables WHERE tablename IN ('users', '__storium_migrations')")
    assert owners.size() == 2 : "migrate did not create both tables: ${owners}"
    assert owners.every { it.values().first() == 'storium_it_pom_user' } : "the tables belong to ${owners}, not the pom's user"
} finally {
    // the role owns the database and its tables: hand them back to postgres, then drop the role and the database
    db.execute(['REASSIGN OWNED BY storium_it_pom_user TO postgres', 'DROP ROLE storium_it_pom_user'] as String[])
    db.drop()
}
return true
