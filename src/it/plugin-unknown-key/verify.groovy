// <dialcet> and <dbCredentials> in the plugin configuration: Maven would ignore them; the goal fails naming each.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE') : 'the build did not fail'
assert log.contains("Unknown parameter 'dialcet' in the configuration of storium-maven-plugin; did you mean 'dialect'?"
        + ' Rename or remove <dialcet>.') : 'the typo is not named with the parameter meant'
assert log.contains("Unknown parameter 'dbCredentials' in the configuration of storium-maven-plugin: the plugin takes"
        + ' the credentials as <user> and <password>') : '<dbCredentials> is not refused naming <user>'
assert log.contains('No goal of the plugin reads them, so Maven would ignore them. The parameters are: ')
assert !log.contains("'lockTimeout'") : 'a parameter of another goal was refused'
assert !new File(basedir, 'migrations').exists() : 'generate wrote migrations despite the error'
return true
