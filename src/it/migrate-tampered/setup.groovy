// This build's own PostgreSQL database; its URL goes to storium.config.properties.
dev.storium.maven.ItDatabase.createPostgres(basedir, 'tampered')
return true
