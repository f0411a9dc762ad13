package dev.storium.docs.context;

import dev.storium.StoriumInstance;
import dev.storium.config.StoriumConfig;
import dev.storium.options.SchemaSource;
import dev.storium.store.Store;
import java.sql.Connection;
import java.util.Map;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.slf4j.Logger;

/**
 * The variables the docs' blocks of statements use as if an earlier line had made them: a block is compiled as a
 * method of a subclass, so a block that declares one of these names itself simply shadows it.
 */
@SuppressWarnings("unused") // compiled against, never run
public abstract class DocContext {
    protected static Logger log;
    protected StoriumInstance db;
    protected StoriumConfig config;
    protected SchemaSource source;
    protected DataSource dataSource;
    protected DataSource pool;
    protected DSLContext dsl;
    protected DSLContext tx;
    protected Connection connection;
    protected Store users;
    protected Store posts;
    protected Object id;
    protected Map<String, Object> input;
}
