// mvn verify on sqlite: the shop migrated from its committed migrations, seeded, tested, and checked in sync.
dev.storium.maven.ExampleShopBuild.verify(basedir, 'sqlite')
return true
