// A duplicate column fails the build with a message that names the table and the column; nothing is written.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE') : 'log.contains(\'BUILD FAILURE\')'
def error = log.readLines().findAll { it.startsWith('[ERROR]') }.join('\n')
assert error.contains('Class com.example.db.AppSchema could not be initialised') : "the error does not name the class:\n${error}"
assert error.contains('Table users, column email: the key email is used by two columns.') : "the error does not name users.email:\n${error}"
assert error.contains('Fix: give each column its own key.') : "the error does not give the fix:\n${error}"
assert log.contains('MojoFailureException') : 'a definition error is not a MojoFailureException'
assert !(log =~ /\tat dev\.storium\./) : 'a user error printed a stack trace'
assert !new File(basedir, 'migrations').exists() : 'a broken definition wrote migrations'
return true
