// push creates the tables of the code; a second push has nothing to do; a drop is refused until storium.force.
def log = new File(basedir, 'build.log').text
def runs = log.split(/\[INFO\] Scanning for projects/)
assert runs.size() == 5 : "expected four builds in the log, found ${runs.size() - 1}"
def (create, again, refused, forced) = [runs[1], runs[2], runs[3], runs[4]]

assert create.contains('[INFO] CREATE TABLE "users" (') && create.contains('[INFO] CREATE TABLE "posts" (') : "push did not print the statements:\n${create}"
assert create =~ /\[INFO\] Pushed 3 changes with 3 statements\./ : "push did not summarise:\n${create}"
assert create.contains('BUILD SUCCESS')

assert again.contains('[INFO] Database is in sync with the code: nothing to push.') : "a second push found work:\n${again}"
assert again.contains('BUILD SUCCESS')

assert refused.contains('BUILD FAILURE') : 'a drop was pushed without storium.force'
def error = refused.readLines().findAll { it.startsWith('[ERROR]') }.join('\n')
assert error.contains('Refusing to push: 1 change would lose data or fail on existing rows, and nothing was changed.') : "the refusal:\n${error}"
assert error.contains('posts') : "the refusal does not name the posts table:\n${error}"
assert error.contains('to accept the loss, run again with -Dstorium.force=true') : "the refusal does not name the flag:\n${error}"
assert error.contains('MojoFailureException') : 'a refusal is not a MojoFailureException'
assert !(refused =~ /(?m)^\s+at dev\.storium\./) : 'a refusal printed a stack trace'

assert forced.contains('[WARNING] force is set: push loses data:') : "no warning for the forced drop:\n${forced}"
assert forced.contains('[INFO] DROP TABLE "posts"') : "the drop was not printed:\n${forced}"
assert forced.contains('BUILD SUCCESS')

def database = new File(basedir, 'target/it.db')
assert database.isFile() : 'no SQLite database at target/it.db'
def tables = dev.storium.maven.ItDatabase.sqlite(database).tables()
assert tables == ['users'] : "unexpected tables ${tables}"
return true
