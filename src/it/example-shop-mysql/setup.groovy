// This build's own database; its URL goes to storium.config.properties.
dev.storium.maven.ItDatabase.createMariaDb(basedir, 'shop')
return true
