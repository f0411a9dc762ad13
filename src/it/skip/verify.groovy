// -Dstorium.skip=true: one line per goal, nothing written.
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] Skipping Storium generate (storium.skip=true)') : 'log.contains(\'[INFO] Skipping Storium generate (storium.skip=true)\')'
assert log.contains('[INFO] Skipping Storium status (storium.skip=true)') : 'log.contains(\'[INFO] Skipping Storium status (storium.skip=true)\')'
assert log.contains('BUILD SUCCESS') : 'log.contains(\'BUILD SUCCESS\')'
assert !new File(basedir, 'migrations').exists() : 'a skipped generate wrote migrations'
return true
