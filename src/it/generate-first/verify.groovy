// The first generate writes 0000_<name>.sql, the journal and the first snapshot.
def migrations = new File(basedir, 'migrations')
def sqlFiles = migrations.listFiles().findAll { it.name.endsWith('.sql') }*.name.sort()
assert sqlFiles.size() == 1 : "expected one migration, found ${sqlFiles}"
assert sqlFiles[0] == '0000_create_users.sql' : "unexpected file name ${sqlFiles[0]}"

def sql = new File(migrations, sqlFiles[0]).text
assert sql =~ /(?i)create table\s+[`"]?users[`"]?/ : "no CREATE TABLE users in:\n${sql}"
assert sql =~ /(?i)[`"]?email[`"]?\s+(varchar|text)/ : "no email column in:\n${sql}"
assert sql =~ /(?i)not null/ : "email is not NOT NULL in:\n${sql}"
assert sql =~ /(?i)primary key/ : "no primary key in:\n${sql}"

def journal = new File(migrations, 'meta/_journal.json')
assert journal.isFile() : 'meta/_journal.json is missing'
def tag = sqlFiles[0] - '.sql'
assert journal.text.contains("\"${tag}\"") : "the journal does not name ${tag}:\n${journal.text}"
assert journal.text.contains('"sqlite"') : "the journal does not name the dialect:\n${journal.text}"

def snapshot = new File(migrations, 'meta/0000_snapshot.json')
assert snapshot.isFile() : 'meta/0000_snapshot.json is missing'
assert snapshot.text.contains('"users"') && snapshot.text.contains('"email"') : "snapshot lacks the table:\n${snapshot.text}"

def log = new File(basedir, 'build.log').text
assert log.contains(sqlFiles[0]) : 'the build log does not name the file written'
assert log.contains('BUILD SUCCESS') : 'log.contains(\'BUILD SUCCESS\')'
return true
