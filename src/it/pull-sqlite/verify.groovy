// pull writes the class and migration 0000 and records it; the class compiles and agrees with the snapshot and the
// database; a second pull leaves the class untouched; the column pull cannot hold as it is is a warning.
def log = new File(basedir, 'build.log').text
def runs = log.split(/\[INFO\] Scanning for projects/)
assert runs.size() == 6 : "expected five builds in the log, found ${runs.size() - 1}"
def (pulled, again, generated, checked, moods) = [runs[1], runs[2], runs[3], runs[4], runs[5]]

def source = new File(basedir, 'src/main/java/com/example/db/DbSchema.java')
assert source.isFile() : 'pull wrote no class'
def code = source.text
assert code.contains('public static final TableDef AUTHORS = defineTable("authors")') : code
assert code.contains('.references(AUTHORS, "id")') && code.contains('.onDelete(CASCADE)') : code
assert code.contains('.indexes(index("title"))') : code
assert code.contains('check("books_check1", "pages > 0")') : code
assert code.contains('public static final ViewDef LONG_BOOKS = defineView("long_books")') : code
assert !code.contains('moods') : code
assert new File(basedir, 'migrations/0000_pulled_schema.sql').isFile() : 'pull wrote no migration 0000'

assert pulled.contains('[INFO] Pulled 2 tables, 1 view of ') : "pull did not report:\n${pulled}"
assert !pulled.contains('[WARNING]') : "warnings for a schema the model holds:\n${pulled}"
assert pulled.contains('Baselined') : "the baseline was not recorded:\n${pulled}"
assert pulled.contains('BUILD SUCCESS')

assert again.contains('BUILD FAILURE')
def error = again.readLines().findAll { it.startsWith('[ERROR]') }.join('\n')
assert error.contains('DbSchema.java exists, and pull does not overwrite a file unless told to') : error
assert error.contains('-Dstorium.force=true') : error
assert source.text == code : 'the refused pull changed the class'

assert generated.contains('Nothing to generate') : "generate found changes after pull:\n${generated}"
assert generated.contains('BUILD SUCCESS')
assert checked.contains('BUILD SUCCESS') : "check failed after pull:\n${checked}"
def moodCode = new File(basedir, 'src/main/java/com/example/moods/DbSchema.java').text
assert moodCode.contains('column("mood", CUSTOM).sqlType(Dialect.SQLITE, "moodtype")') : moodCode
assert moodCode.contains('// the default \'calm\' is left out') : moodCode
assert moods.contains("[WARNING] table moods, column mood: the default 'calm' is left out: a column of the database's own type moodtype (CUSTOM) takes no default") : "no warning:\n${moods}"
assert moods.contains('1 thing of the database the code cannot hold') : moods
assert moods.contains('BUILD SUCCESS')
return true
