// This build's own PostgreSQL database (its URL, with user postgres, goes to storium.config.properties), owned by a
// role with a password: the pom's <user> and <password> outrank the config file's user.
import dev.storium.maven.ItDatabase

def db = ItDatabase.createPostgres(basedir, 'credentials')
def name = db.url().replaceAll(/.*\/([^\/?]+)\?.*/, '$1')
db.execute([
        "DO \$\$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'storium_it_pom_user') THEN"
                + " CREATE ROLE storium_it_pom_user LOGIN PASSWORD 'Pom-Secret-4711'; END IF; END \$\$",
        "ALTER DATABASE " + name + " OWNER TO storium_it_pom_user",
        "ALTER SCHEMA public OWNER TO storium_it_pom_user"] as String[])
return true
