// The second generate finds no change: it says so, writes no 0001 file and the build succeeds.
def migrations = new File(basedir, 'migrations')
def sqlFiles = migrations.listFiles().findAll { it.name.endsWith('.sql') }*.name.sort()
assert sqlFiles.size() == 1 && sqlFiles[0].startsWith('0000_') : "expected only 0000, found ${sqlFiles}"
assert !new File(migrations, 'meta/0001_snapshot.json').exists() : 'a second snapshot was written'

def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] Nothing to generate: the schema in code matches the last migration, 0000_create_users.') : 'the second generate did not say there is nothing to generate'
assert !log.contains('BUILD FAILURE') : '!log.contains(\'BUILD FAILURE\')'
return true
