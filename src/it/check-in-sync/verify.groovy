// mvn verify: migrate (pre-integration-test) applied both migrations, then check (verify) found everything in sync.
import dev.storium.maven.ItDatabase

def db = ItDatabase.of(basedir)
try {
    def log = new File(basedir, 'build.log').text
    assert log.contains('BUILD SUCCESS') : 'mvn verify failed'
    def migrate = log.indexOf(':migrate (migrate) @ check-in-sync')
    def check = log.indexOf(':check (check) @ check-in-sync')
    assert migrate > 0 && check > migrate : 'check did not run after migrate in mvn verify'
    assert log.contains('[INFO] In sync: the code matches the last migration (0001_create_posts), and the migrations'
            + ' directory (2 migrations) is consistent; jdbc:postgresql://127.0.0.1:5432/storium_it_check_in_sync_')
    assert log.contains(' has every migration applied and no drift.')
    assert !log.contains('[WARNING] ') : 'no warnings expected'
} finally {
    db.drop()
}
return true
