// mvn -X prints every parameter of a goal as "(f) name = value": the URL and the password are masked there, and no
// other line of Storium's shows them. What remains is Maven's own: its dump of the command line and the system
// properties (-D...), and of the pom's plugin configuration (docs/configuration.md says so).
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS') : 'a build failed'
assert log.contains('(f) url = postgresql://postgres:****@127.0.0.1:5432/postgres') : 'the URL of -D is not shown masked'
assert log.contains('(f) password = ****') : 'the password is not shown masked'
assert log.contains('(f) user = postgres')
assert log.contains('[WARNING] The database password is written inside -Dstorium.url:') : 'no warning for the password in -D'
assert log.contains('[WARNING] The database password is written in the <password> of the plugin configuration:')
def secrets = ['Debug-Url-Secret', 'Debug-Property-Secret', 'Debug-Pom-Secret']
def mavensOwn = [
        ~/^\[DEBUG\] (env\.MAVEN_CMD_LINE_ARGS|sun\.java\.command|storium\.url|storium\.password): .*/,
        ~/^\s*<password>Debug-Pom-Secret<\/password>$/]
def leaks = log.readLines().findAll { line -> secrets.any { line.contains(it) } }
        .findAll { line -> !mavensOwn.any { line ==~ it } }
assert leaks.isEmpty() : "a password appears outside Maven's own dumps:\n${leaks.join('\n')}"
// each password did reach the build: the scan above is not vacuous
secrets.each { secret -> assert log.contains(secret) : "${secret} never reached the build" }
return true
