// storium.lockTimeout: validated with a message naming it; a valid wait gives up after that long.
def lock = System.properties.remove('storium.it.lockTimeout.lock')
if (lock != null) {
    lock.channel().close()
}
def log = new File(basedir, 'build.log').text
assert log.contains("lockTimeout (storium.lockTimeout) cannot be negative, found '-5s'. Fix: set it to 0") : 'a negative lockTimeout is not refused naming it'
assert log.contains("lockTimeout (storium.lockTimeout) must be a duration, found 'soon'. Fix: write whole seconds (600)") : 'an unreadable lockTimeout is not refused naming it'
def gaveUp = log =~ /Gave up waiting for the migration lock on jdbc:sqlite:\S+app\.db after (\d+) s/
assert gaveUp.find() : 'migrate with lockTimeout=2s did not give up on the held lock'
assert (gaveUp.group(1) as int) in 2..5 : "migrate waited ${gaveUp.group(1)} s, not about 2 s"
return true
