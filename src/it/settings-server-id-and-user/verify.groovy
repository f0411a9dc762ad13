// <serverId> and <user> in one plugin configuration: the credentials would come from two places; the goal refuses.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE') : 'the build did not fail'
assert log.contains('The database credentials are given twice in the plugin configuration: <serverId>storium-it-db'
        + '</serverId> and <user>. Keep <serverId> (the credentials of settings.xml), or remove it and keep <user> and'
        + ' <password>.') : 'the error does not name both places'
assert !log.contains('Database: ') : 'the goal went on to connect'
return true
