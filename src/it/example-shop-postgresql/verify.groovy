// mvn verify on postgresql: the shop migrated from its committed migrations, seeded, tested, and checked in sync.
def db = dev.storium.maven.ItDatabase.of(basedir)
try {
    dev.storium.maven.ExampleShopBuild.verify(basedir, 'postgresql')
} finally {
    db.drop()
}
return true
