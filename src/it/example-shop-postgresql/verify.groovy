// mvn verify on postgresql: the shop migrated from its committed migrations, seeded, tested, and checked in sync.
import dev.storium.maven.ItDatabase

def db = ItDatabase.of(basedir)
try {
    def log = new File(basedir, 'build.log').text
    assert log.contains('BUILD SUCCESS') : 'mvn verify failed'
    assert log =~ /\[INFO\] Applied 1 migration in \d+ ms: 0000_create_shop\./ : 'the committed migration was not applied'
    assert log.contains('[INFO] 1 seed applied') : 'the seed did not run'
    assert log =~ /Tests run: 3, Failures: 0, Errors: 0, Skipped: 0/ : 'ShopIT did not pass'
    assert log.contains(':check (check) @ example-shop-postgresql') : 'check did not run'
    assert !log.contains('[ERROR]') : 'the build logged an error'
} finally {
    db.drop()
}
return true
