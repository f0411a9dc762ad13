// First run: the drop of users.name is refused with the data-loss message. Second run, with the flag: it is written.
def log = new File(basedir, 'build.log').text
def error = log.readLines().findAll { it.startsWith('[ERROR]') }.join('\n')
assert log.contains('BUILD FAILURE') : 'the first generate did not fail'
assert error =~ /(?i)data loss|lose data|loses data/ : "the error does not speak of data loss:\n${error}"
assert error.contains('users') && error.contains('name') : "the error does not name users.name:\n${error}"
assert error.contains('storium.allowDataLoss') : "the error does not name -Dstorium.allowDataLoss=true:\n${error}"
assert !(log =~ /\tat dev\.storium\./) : 'a user error printed a stack trace'
assert log.contains('BUILD SUCCESS') : 'the second generate, with storium.allowDataLoss, did not succeed'

def migrations = new File(basedir, 'migrations')
def sqlFiles = migrations.listFiles().findAll { it.name.endsWith('.sql') }*.name.sort()
assert sqlFiles.size() == 2 && sqlFiles[1].startsWith('0001_') : "expected 0000 and 0001, found ${sqlFiles}"
def sql = new File(migrations, sqlFiles[1]).text
assert sql =~ /(?i)alter table\s+"?users"?\s+drop column\s+"?name"?/ : "0001 does not drop users.name:\n${sql}"
assert new File(migrations, 'meta/0001_snapshot.json').isFile() : 'meta/0001_snapshot.json is missing'
return true
