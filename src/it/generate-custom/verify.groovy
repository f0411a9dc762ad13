// A custom migration after the first: named by storium.name, no statements, a snapshot that carries the schema.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS') && !log.contains('BUILD FAILURE') : 'a generate failed'

def migrations = new File(basedir, 'migrations')
def sqlFiles = migrations.listFiles().findAll { it.name.endsWith('.sql') }*.name.sort()
assert sqlFiles == ['0000_create_users.sql', '0001_backfill_emails.sql'] : "unexpected migrations ${sqlFiles}"
def sql = new File(migrations, '0001_backfill_emails.sql').text
assert !(sql =~ /(?i)\b(create|alter|drop)\b/) : "the custom migration holds generated SQL:\n${sql}"
assert new File(migrations, 'meta/_journal.json').text.contains('"0001_backfill_emails"') : 'the journal does not list the custom migration'
def snapshot = new File(migrations, 'meta/0001_snapshot.json').text
assert snapshot.contains('"users"') && snapshot.contains('"email"') : "the custom snapshot does not carry the schema:\n${snapshot}"
return true
