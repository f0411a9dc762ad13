// A SQLite database made by hand, as another tool or a person leaves one: what storium:pull reads.
def database = new File(basedir, 'target/it.db')
database.parentFile.mkdirs()
dev.storium.maven.ItDatabase.sqlite(database).execute(
        'CREATE TABLE authors (id integer PRIMARY KEY NOT NULL, full_name varchar(100) NOT NULL)',
        'CREATE TABLE books (id integer PRIMARY KEY NOT NULL, author_id integer NOT NULL REFERENCES authors (id) ON DELETE CASCADE,'
                + ' title varchar(200) NOT NULL, pages integer CHECK (pages > 0))',
        'CREATE INDEX books_title_idx ON books (title)',
        'CREATE VIEW long_books AS SELECT id, title FROM books WHERE pages > 500')
// a database of its own with a column of a type Storium does not know, with a default a custom type cannot hold
dev.storium.maven.ItDatabase.sqlite(new File(basedir, 'target/moods.db')).execute(
        'CREATE TABLE moods (id integer PRIMARY KEY NOT NULL, mood moodtype DEFAULT \'calm\')')
return true
