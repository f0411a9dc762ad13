// A SQLite database, target/app.db, migrated by Flyway itself from src/main/resources/db/migration; then V2 is edited.
def db = dev.storium.maven.ItDatabase.createSqlite(basedir, 'app')
def folder = new File(basedir, 'src/main/resources/db/migration')
org.flywaydb.core.Flyway.configure()
        .dataSource(db.url(), null, null)
        .locations('filesystem:' + folder)
        .load()
        .migrate()
new File(folder, 'V2__note_body.sql') << '-- edited after it was applied\n'
return true
