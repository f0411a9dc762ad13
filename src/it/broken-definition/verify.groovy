// A duplicate column fails the build with a message that names the table and the column; nothing is written.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE') : 'log.contains(\'BUILD FAILURE\')'
def error = log.readLines().findAll { it.startsWith('[ERROR]') }.join('\n')
assert error =~ /(?i)duplicate/ : "no 'duplicate' in the error:\n${error}"
assert error.contains('users') && error.contains('email') : "the error does not name users.email:\n${error}"
assert !(log =~ /\tat dev\.storium\./) : 'a user error printed a stack trace'
assert !new File(basedir, 'migrations').exists() : 'a broken definition wrote migrations'
return true
