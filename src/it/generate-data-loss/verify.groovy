// First run: the drop of users.name is refused with the data-loss message. Second run, with the flag: it is written.
def log = new File(basedir, 'build.log').text
def error = log.readLines().findAll { it.startsWith('[ERROR]') }.join('\n')
assert log.contains('BUILD FAILURE') : 'the first generate did not fail'
assert error.contains('Refusing to generate: 1 change would lose data or fail on existing rows, and nothing was written.') : "the error does not speak of data loss:\n${error}"
assert error.contains('[ERROR]   drop column users.name: its values are deleted') : "the error does not name users.name:\n${error}"
assert error.contains('to accept the loss, run again with -Dstorium.allowDataLoss=true') : "the error does not name -Dstorium.allowDataLoss=true:\n${error}"
assert log.contains('MojoFailureException') : 'data loss is not a MojoFailureException'
assert log.contains('[WARNING] allowDataLoss is set: the migration loses data: drop column users.name') : 'the allowed loss was not warned about'
assert !(log =~ /\tat dev\.storium\./) : 'a user error printed a stack trace'
assert log.contains('BUILD SUCCESS') : 'the second generate, with storium.allowDataLoss, did not succeed'

def migrations = new File(basedir, 'migrations')
def sqlFiles = migrations.listFiles().findAll { it.name.endsWith('.sql') }*.name.sort()
assert sqlFiles == ['0000_create_users.sql', '0001_drop_users_name.sql'] : "expected 0000 and 0001, found ${sqlFiles}"
def sql = new File(migrations, sqlFiles[1]).text
assert sql.trim() == 'ALTER TABLE "users" DROP COLUMN "name";' : "0001 does not drop users.name:\n${sql}"
assert new File(migrations, 'meta/0001_snapshot.json').isFile() : 'meta/0001_snapshot.json is missing'
return true
