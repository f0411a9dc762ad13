// A SQLite database, target/app.db (recorded in storium.config.properties), migrated by Flyway itself from
// src/main/resources/db/migration: its flyway_schema_history holds V1 and V2 with the checksums Flyway computed.
def db = dev.storium.maven.ItDatabase.createSqlite(basedir, 'app')
org.flywaydb.core.Flyway.configure()
        .dataSource(db.url(), null, null)
        .locations('filesystem:' + new File(basedir, 'src/main/resources/db/migration'))
        .load()
        .migrate()
return true
