// status before generate: classes, tables, pending changes and no files; after generate: the file, nothing pending.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS') && !log.contains('BUILD FAILURE') : 'a status or generate run failed'
def runs = log.split(/(?m)^\[INFO\] --- .*storium-maven-plugin.*:status/)
assert runs.size() == 3 : "expected two status runs in the log, found ${runs.size() - 1}"
def before = runs[1].split(/(?m)^\[INFO\] BUILD/)[0]
def after = runs[2].split(/(?m)^\[INFO\] BUILD/)[0]

def sqlFiles = new File(basedir, 'migrations').listFiles().findAll { it.name.endsWith('.sql') }*.name
assert sqlFiles == ['0000_create_users_posts.sql'] : "unexpected migrations ${sqlFiles}"

for (run in [before, after]) {
    assert run.contains('[INFO] Dialect: sqlite') : "status does not print the dialect:\n${run}"
    assert run =~ /\[INFO\] Migrations directory: .*migrations/ : "status does not print the migrations directory:\n${run}"
    assert run.contains('[INFO] Schema classes (1 class)\n[INFO]   com.example.db.AppSchema') : "status does not list the schema class:\n${run}"
    assert run.contains('[INFO] Tables (2 tables): posts, users') : "status does not list the tables:\n${run}"
}
assert before.contains('(0 migrations, not created yet)') : "status before generate lists migrations:\n${before}"
assert before.contains('[INFO] Changes not yet generated (2 changes):\n[INFO]   - create table users\n[INFO]   - create table posts') : "status before generate shows no pending changes:\n${before}"
assert before.contains('Run mvn storium:generate') : "status before generate does not name the goal that writes them:\n${before}"
assert after.contains('(1 migration)\n[INFO]   0000_create_users_posts.sql') : "status after generate does not list the file:\n${after}"
assert after.contains('Up to date: the schema in code matches the last migration, 0000_create_users_posts.') : "status after generate is not up to date:\n${after}"
assert !after.contains('not yet generated') : "status after generate still shows pending changes:\n${after}"
return true
