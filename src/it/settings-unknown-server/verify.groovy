// An unknown serverId fails the build with a message naming the id and the fix; nothing is written.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE') : 'the build did not fail'
// The invoker runs Maven with -s (the settings file of src/it): the message names that file, not ~/.m2/settings.xml.
def matcher = log =~ /serverId 'no-such-server' names no <server> in the settings of this build \((\S+)(?:, over \S+)?\): add <server><id>no-such-server<\/id>.*<\/server> to (\S+), or correct storium.serverId/
assert matcher.find() : 'the error does not name the server id and the settings file'
assert matcher.group(1) == matcher.group(2) : 'the fix names another file than the one read'
assert !matcher.group(1).contains('.m2') : "the message names ${matcher.group(1)}, not the -s file"
assert new File(matcher.group(1)).isFile() : "the named settings file ${matcher.group(1)} does not exist"
assert !new File(basedir, 'migrations').exists() : 'migrations were written'
assert log.contains(', over ') : 'the message does not name the global settings file the user settings are merged over'
return true
