// storium:generate from a parent of packaging pom: the parent is skipped with one line, the module writes 0000.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS') : 'generate failed'
assert log.contains('[INFO] Skipping Storium generate in multi-module: a project of packaging pom has no classes and'
        + ' no storium.config.* of its own (its modules run the goal)') : 'the parent was not skipped with one line'
assert !log.contains('No dialect configured')
assert !new File(basedir, 'migrations').exists() : 'the parent wrote migrations'
def sql = new File(basedir, 'app/migrations').listFiles().findAll { it.name.endsWith('.sql') }
assert sql*.name == ['0000_create_users.sql'] || sql.size() == 1 : "the module wrote ${sql*.name}"
assert sql[0].text.contains('CREATE TABLE') : 'the migration creates no table'
return true
