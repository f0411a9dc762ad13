// This build's own, empty PostgreSQL database; its URL goes to storium.config.properties.
dev.storium.maven.ItDatabase.createPostgres(basedir, 'check_in_sync')
return true
