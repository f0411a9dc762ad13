// This build's own database; its URL goes to storium.config.properties.
dev.storium.maven.ItDatabase.createPostgres(basedir, 'shop')
return true
