// This build's own PostgreSQL database; its URL goes to storium.config.properties.
dev.storium.maven.ItDatabase.createPostgres(basedir, 'migrate_it')
return true
