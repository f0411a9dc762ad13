// A URL from -Dstorium.url over the config file's: the failure names -D as its source, not storium.config.yaml, keeps
// the driver's cause (the unknown host) and no sentence ends in "..".
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE') : 'the build did not fail'
assert log.contains('Cannot connect to the database at jdbc:postgresql://no-such-host.invalid:5432/app') : 'the URL of -D is not named'
assert log.contains('UnknownHostException: no-such-host.invalid') : 'the cause (the unknown host) was dropped'
assert log.contains('(configuration from -Dstorium.* properties)') : 'the source is not -Dstorium.*'
assert !log.contains('configuration from storium.config.yaml') : 'the message names the config file the URL did not come from'
def failure = log.readLines().find { it.contains('Cannot connect to the database') }
assert !failure.contains('..') : "a sentence ends in '..': ${failure}"
return true
