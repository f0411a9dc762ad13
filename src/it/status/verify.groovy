// status before generate: classes, tables, pending changes and no files; after generate: the file, nothing pending.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS') && !log.contains('BUILD FAILURE') : 'log.contains(\'BUILD SUCCESS\') && !log.contains(\'BUILD FAILURE\')'
def runs = log.split(/(?m)^\[INFO\] --- .*storium-maven-plugin.*:status/)
assert runs.size() == 3 : "expected two status runs in the log, found ${runs.size() - 1}"
def before = runs[1].split(/(?m)^\[INFO\] BUILD/)[0]
def after = runs[2].split(/(?m)^\[INFO\] BUILD/)[0]

def sqlFiles = new File(basedir, 'migrations').listFiles().findAll { it.name.endsWith('.sql') }*.name
assert sqlFiles.size() == 1 : 'sqlFiles.size() == 1'
def tag = sqlFiles[0] - '.sql'

for (run in [before, after]) {
    assert run =~ /(?i)sqlite/ : "status does not print the dialect:\n${run}"
    assert run.contains('migrations') : "status does not print the migrations directory:\n${run}"
    assert run.contains('com.example.db.AppSchema') : "status does not list the schema class:\n${run}"
    assert run.contains('users') && run.contains('posts') : "status does not list the tables:\n${run}"
}
assert !before.contains(tag) : '!before.contains(tag)'
assert after.contains(tag) : "status after generate does not list ${tag}:\n${after}"
assert before =~ /(?i)pending|not yet generated|ungenerated/ : "status before generate shows no pending changes:\n${before}"
assert !(after =~ /(?i)changes? (are )?pending|not yet generated/) : "status after generate still shows pending changes:\n${after}"
return true
