// An applied file edited afterwards fails migrate with the engine's message naming the file and storium:repair;
// repair accepts the edit and the next migrate is up to date.
import dev.storium.maven.ItDatabase

def db = ItDatabase.of(basedir)
try {
    def log = new File(basedir, 'build.log').text
    def runs = log.split(/\[INFO\] Scanning for projects/)
    assert runs.size() == 4 : "expected three builds in the log, found ${runs.size() - 1}"
    def (first, second, third) = [runs[1], runs[2], runs[3]]

    assert first =~ /\[INFO\] Applied 0000_create_users\.sql in \d+ ms/ : "the first migrate applied nothing:\n${first}"
    assert first.contains('BUILD SUCCESS')

    assert second.contains('BUILD FAILURE') : 'migrate accepted an edited applied file'
    def error = second.readLines().findAll { it.startsWith('[ERROR]') }.join('\n')
    assert error.contains('the migrations in') && error.contains('disagree with the history table __storium_migrations (1 problem)') : "the error does not name the history table:\n${error}"
    assert error =~ /0000_create_users\.sql was edited after it was applied on \S+: its SHA-256 is now [0-9a-f]{12}, the history holds [0-9a-f]{12}\. Fix:/ : "the error does not name the edited file and its hashes:\n${error}"
    assert error.contains('Fix: restore it (git checkout -- 0000_create_users.sql), or if the edit is deliberate run mvn storium:repair to accept the new hash.') : "the error does not name the fix:\n${error}"
    assert error.contains('Nothing was applied.') : "the error does not say nothing was applied:\n${error}"
    assert error.contains('MojoFailureException') : 'a refusal is not a MojoFailureException'
    assert !(second =~ /(?m)^\s+at dev\.storium\./) : 'a refusal printed a stack trace'
    assert !error.contains('password') || error.contains('password=****')

    assert third =~ /\[INFO\] Accepted the edited 0000_create_users\.sql: stored SHA-256 [0-9a-f]{64} replaced by [0-9a-f]{64}\./ : "repair did not log the accepted hash:\n${third}"
    assert third.contains('[INFO] Repaired __storium_migrations: 1 change.') : "repair did not summarise:\n${third}"
    assert third.contains('[INFO] Schema is up to date: 1 migration applied, none pending.') : "migrate after repair is not up to date:\n${third}"
    assert third.contains('BUILD SUCCESS')

    def rows = db.rows('SELECT tag, sha256 FROM __storium_migrations')
    assert rows*.tag == ['0000_create_users']
    def edited = new File(basedir, 'migrations/0000_create_users.sql').text.replace('\r\n', '\n')
    def expected = java.security.MessageDigest.getInstance('SHA-256').digest(edited.getBytes('UTF-8')).encodeHex().toString()
    assert rows[0].sha256 == expected : 'the history does not hold the hash of the edited file'
} finally {
    db.drop()
}
return true
