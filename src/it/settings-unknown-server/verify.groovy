// An unknown serverId fails the build with a message naming the id and the fix; nothing is written.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE') : 'the build did not fail'
assert log.contains("serverId 'no-such-server' names no <server> in settings.xml") : 'the error does not name the server id'
assert !new File(basedir, 'migrations').exists() : 'migrations were written'
return true
