// This build's own PostgreSQL database, empty; its URL goes to storium.config.properties.
dev.storium.maven.ItDatabase.createPostgres(basedir, 'dry_run')
return true
