// A PostgreSQL database of its own (its URL goes to storium.config.properties) with two named schemas whose tables
// reference each other and the default schema's: what storium:pull reads into one class per schema.
def db = dev.storium.maven.ItDatabase.createPostgres(basedir, 'pull_schemas')
db.execute(
        'CREATE TABLE customers (id serial PRIMARY KEY, name varchar(100) NOT NULL)',
        'CREATE SCHEMA sales',
        "CREATE TYPE sales.order_status AS ENUM ('open', 'paid')",
        'CREATE TABLE sales.orders (id serial PRIMARY KEY, customer_id integer NOT NULL REFERENCES customers (id),'
                + " status sales.order_status NOT NULL DEFAULT 'open')",
        'CREATE TABLE invoices (id serial PRIMARY KEY, order_id integer NOT NULL REFERENCES sales.orders (id)'
                + ' ON DELETE CASCADE, total numeric(10,2))',
        'CREATE SCHEMA audit',
        'CREATE TABLE audit.order_events (id serial PRIMARY KEY, order_id integer REFERENCES sales.orders (id), note text)',
        "CREATE VIEW sales.open_orders AS SELECT id, customer_id FROM sales.orders WHERE status = 'open'")
return true
