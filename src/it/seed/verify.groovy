// 1: generate and migrate create users and posts; seed runs 001_users then 002_posts, which finds Alice with the
//    store's custom query findByEmail and Bob with ref(...). 2: a test-only seed runs with includeTestClasses.
// 3: a failing seed fails the build, names itself and the count, and leaves no row.
def log = new File(basedir, 'build.log').text
def runs = log.split(/\[INFO\] Scanning for projects/)
assert runs.size() == 4 : "expected three builds in the log, found ${runs.size() - 1}"
def (seeded, testData, failed) = [runs[1], runs[2], runs[3]]

assert seeded.contains('BUILD SUCCESS') : "the first build failed:\n${seeded}"
assert seeded.contains('[INFO] Applied 1 migration') : "migrate did not apply the generated migration:\n${seeded}"
assert seeded.contains('[INFO] Seed 001_users applied: 2 rows written') : "seed 001_users was not reported:\n${seeded}"
assert seeded.contains('[INFO] Seed 002_posts applied: 2 rows written') : "seed 002_posts was not reported:\n${seeded}"
assert seeded.indexOf('Seed 001_users applied') < seeded.indexOf('Seed 002_posts applied') : 'the seeds ran out of name order'
assert seeded.contains('[INFO] 2 seeds ran; 4 rows written') : "no count of seeds:\n${seeded}"
assert !seeded.contains('003_comments') && !seeded.contains('900_test_users') : 'the seeds patterns did not narrow the run'

assert testData.contains('BUILD SUCCESS') : "the test-data build failed:\n${testData}"
assert testData.contains('[INFO] Loading seeds and stores from the test classes too (storium.includeTestClasses=true)')
assert testData.contains('[INFO] Seed 900_test_users applied') && testData.contains('[INFO] 1 seed ran; ') : "the test seed did not run:\n${testData}"

assert failed.contains('BUILD FAILURE') : 'a failing seed did not fail the build'
def error = failed.readLines().findAll { it.startsWith('[ERROR]') }.join('\n')
assert error.contains('Seed 003_comments failed after 0 seeds ran: ref on users found no row where email') : "the failure:\n${error}"
assert error.contains('Its transaction was rolled back, so it left no rows') : "the failure does not say the rows were rolled back:\n${error}"
assert error.contains('MojoFailureException') : 'a failing seed is not a MojoFailureException'
assert !(failed =~ /(?m)^\s+at dev\.storium\./) : 'a failing seed printed a stack trace'

def database = dev.storium.maven.ItDatabase.sqlite(new File(basedir, 'target/it.db'))
def users = database.rows('SELECT id, email FROM users ORDER BY email')
assert users*.email == ['alice@example.com', 'bob@example.com', 'carol@test.example'] : "unexpected users ${users}"
def idOf = users.collectEntries { [(it.email): it.id] }
def posts = database.rows('SELECT title, author_id FROM posts ORDER BY title')
assert posts*.title == ["Bob's first post", 'Written by Alice'] : "unexpected posts (the failed seed's post must be rolled back): ${posts}"
assert posts[0].author_id == idOf['bob@example.com'] : "ref(...) did not fill the key: ${posts}"
assert posts[1].author_id == idOf['alice@example.com'] : "findByEmail did not fill the key: ${posts}"
return true
