// pull wrote one class per schema, keys across them name the earlier class's constant or the later table's name; the
// build compiled them, generate had nothing to generate and check passed; the second pull changed nothing.
def db = dev.storium.maven.ItDatabase.of(basedir)
try {
    def log = new File(basedir, 'build.log').text
    def runs = log.split(/\[INFO\] Scanning for projects/)
    assert runs.size() == 4 : "expected three builds in the log, found ${runs.size() - 1}"
    def (pulled, generated, again) = [runs[1], runs[2], runs[3]]

    def dir = new File(basedir, 'src/main/java/com/example/db')
    def own = new File(dir, 'DbSchema.java')
    def sales = new File(dir, 'SalesSchema.java')
    def audit = new File(dir, 'AuditSchema.java')
    [own, sales, audit].each { assert it.isFile() : "pull wrote no ${it.name}" }
    assert dir.list().sort() == ['AuditSchema.java', 'DbSchema.java', 'SalesSchema.java'] : dir.list()
    def texts = [own, sales, audit].collect { it.text }

    assert texts[0].contains('public final class DbSchema {') : texts[0]
    assert texts[0].contains('public static final TableDef CUSTOMERS = defineTable("customers")') : texts[0]
    // DbSchema comes first: its key to sales.orders, written later, names the table
    assert texts[0].contains('.references("sales.orders", "id")') : texts[0]
    assert texts[1].contains('public static final dev.storium.schema.DbSchema SALES = defineSchema("sales");') : texts[1]
    assert texts[1].contains('public static final EnumDef SALES_ORDER_STATUS = SALES.defineEnum("order_status", "open", "paid");') : texts[1]
    assert texts[1].contains('.references(DbSchema.CUSTOMERS, "id")') : texts[1]
    assert texts[1].contains('public static final ViewDef SALES_OPEN_ORDERS = SALES.defineView("open_orders")') : texts[1]
    assert texts[2].contains('public static final dev.storium.schema.DbSchema AUDIT = defineSchema("audit");') : texts[2]
    assert texts[2].contains('.references(SalesSchema.SALES_ORDERS, "id")') : texts[2]

    assert pulled.contains('[INFO] Pulled 4 tables, 1 view of ') : "pull did not report:\n${pulled}"
    assert pulled.contains('into 3 classes in ') && pulled.contains('(DbSchema.java, SalesSchema.java, AuditSchema.java)') : pulled
    assert !pulled.contains('[WARNING]') : "warnings for a schema the model holds:\n${pulled}"
    assert pulled.contains('Baselined') && pulled.contains('BUILD SUCCESS') : pulled

    assert generated.contains('Compiling 3 source files') : "the build did not compile the three classes:\n${generated}"
    assert generated.contains('[INFO] Nothing to generate: the schema in code matches the last migration, 0000_pulled_schema.') : "generate found changes after pull:\n${generated}"
    assert generated.contains('BUILD SUCCESS') : "check failed after pull:\n${generated}"

    assert again.contains('BUILD FAILURE')
    def error = again.readLines().findAll { it.startsWith('[ERROR]') }.join('\n')
    assert error.contains('AuditSchema.java exist, and pull does not overwrite a file unless told to. Nothing was written.') : error
    assert [own, sales, audit].collect { it.text } == texts : 'the refused pull changed a class'
    assert !new File(basedir, 'target/again/0000_pulled_schema.sql').exists() : 'the refused pull wrote a migration'
} finally {
    db.drop()
}
return true
