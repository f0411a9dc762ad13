// serverId: the user and the decrypted password come from settings.xml; the password never reaches the log.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS') : 'generate failed'
// status reaches the server with the credentials of settings.xml; the server has no such user
assert log.contains('Database: jdbc:postgresql://127.0.0.1:5432/postgres (history table __storium_migrations): not read.')
assert log.contains('Cannot connect to the database at jdbc:postgresql://127.0.0.1:5432/postgres as user storium_it_user:')
assert log =~ /Using the database credentials of server 'storium-it-db' from \S+\.xml \(user storium_it_user\)/ : 'the credentials line does not name the settings file and the user'
// the debug output of the second run shows the password reached the configuration, masked
assert log.contains('user=storium_it_user, password=****') : 'the decrypted password did not reach the configuration'
assert !log.contains('S3cret-storium-it') : 'the decrypted password appears in build.log'
assert !log.contains('3t4oC8ORSmgH') : 'the encrypted password appears in build.log'

def sqlFiles = new File(basedir, 'migrations').listFiles().findAll { it.name.endsWith('.sql') }*.name
assert sqlFiles.size() == 1 : 'sqlFiles.size() == 1'
def sql = new File(basedir, "migrations/${sqlFiles[0]}").text
assert sql =~ /(?i)\buuid\b/ : "the PostgreSQL migration has no uuid column:\n${sql}"
assert new File(basedir, 'migrations/meta/_journal.json').text.contains('"postgresql"') : 'new File(basedir, \'migrations/meta/_journal.json\').text.contains(\'"postgresql"\')'
return true
