// renamedFrom("name") on fullName: the migration renames users.name to full_name and drops nothing.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS') : 'the build did not succeed'

def migrations = new File(basedir, 'migrations')
def sqlFiles = migrations.listFiles().findAll { it.name.endsWith('.sql') }*.name.sort()
assert sqlFiles == ['0000_create_users.sql', '0001_rename_users_name_to_full_name.sql'] : "expected 0000 and 0001, found ${sqlFiles}"
def sql = new File(migrations, sqlFiles[1]).text
assert sql.trim() == 'ALTER TABLE "users" RENAME COLUMN "name" TO "full_name";' : "0001 does not rename name to full_name:\n${sql}"
assert !(sql =~ /(?i)\bdrop\b/) : "0001 drops something:\n${sql}"
assert !(sql =~ /(?i)\badd\b/) : "0001 adds something:\n${sql}"
def snapshot = new File(migrations, 'meta/0001_snapshot.json').text
assert snapshot.contains('"full_name"') : "the snapshot does not hold full_name:\n${snapshot}"

// migrations/ came without meta/storium.sum (a directory from before the sum file): generate creates it for both
assert log.contains('[INFO] Created meta/storium.sum with the SHA-256 of the 1 migration before it too: the directory had no sum file (it predates it, or comes from drizzle-kit). Review it and commit the sum file with it; from now on a hand edit fails storium:check.') : 'generate did not say it created the sum file'
def sum = new File(migrations, 'meta/storium.sum').readLines().findAll { !it.startsWith('#') }
assert sum.size() == 3 && sum[0].startsWith('0000_create_users ') && sum[1].startsWith('0001_rename_users_name_to_full_name ') && sum[2].startsWith('head ') : "unexpected sum file:\n${sum.join('\n')}"
return true
