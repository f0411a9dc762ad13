// mvn verify failed in check: the code has a column no migration holds; the message names it and the fix.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE') : 'the build should fail'
assert log.contains(':check (check) @ check-ungenerated-change') : 'check did not run in mvn verify'
assert log.contains('Check failed: 1 finding.')
assert log.contains('Schema in code vs the migrations (1):')
assert log.contains('  - the code has a change that no migration holds: add column users.nickname (compared with'
        + ' the last migration, 0001_create_posts)')
assert log.contains('    Fix: run mvn storium:generate to write these changes as the next migration, review it and'
        + ' commit it with the code.')
// the warning is a WARN line of its own, logged before the failure; the failure's text does not repeat it
assert log.contains('[WARNING] No database configured: pending migrations, the history and drift were not checked')
assert !log.contains('at dev.storium') : 'no stack trace without -e'
return true
