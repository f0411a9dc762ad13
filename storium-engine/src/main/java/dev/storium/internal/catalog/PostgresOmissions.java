package dev.storium.internal.catalog;

import static dev.storium.internal.catalog.Catalog.modelName;
import static dev.storium.internal.catalog.Catalog.text;
import static dev.storium.internal.catalog.PostgresCatalog.CURRENT;
import static dev.storium.internal.catalog.PostgresCatalog.OWN_FUNCTION;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What of a PostgreSQL database the schema model cannot hold, read from {@code pg_catalog} in the schemas pull reads:
 * triggers, functions and procedures (not an extension's), domains (their columns read as the domain's type), rules,
 * partitioned tables' partitions, indexes on materialized views, views that call a function of the database's own,
 * and columns numbered by a sequence they do not own.
 */
final class PostgresOmissions {
    private final PostgresCatalog catalog;
    private final List<Omission> omissions = new ArrayList<>();

    PostgresOmissions(PostgresCatalog catalog) {
        this.catalog = catalog;
    }

    List<Omission> all() throws SQLException {
        partitions();
        domains();
        unownedSequences();
        for (Map<String, Object> row : rows("select t.tgname as name, " + name("n", "c") + " as tbl from pg_trigger t"
                + " join pg_class c on c.oid = t.tgrelid join pg_namespace n on n.oid = c.relnamespace"
                + " where not t.tgisinternal and not c.relispartition and " + in("n") + " order by 2, 1")) {
            add(
                    text(row, "tbl"),
                    "trigger " + text(row, "name") + " on " + text(row, "tbl"),
                    Omission.notKept("triggers"));
        }
        for (Map<String, Object> row : rows("select case p.prokind when 'p' then 'procedure' when 'a' then 'aggregate'"
                + " else 'function' end as kind, " + modelName("n.nspname", "p.proname", CURRENT)
                + " || '(' || pg_get_function_identity_arguments(p.oid) || ')' as name"
                + " from pg_proc p join pg_namespace n on n.oid = p.pronamespace"
                + " where " + in("n") + " and " + OWN_FUNCTION + " order by 2")) {
            add(null, text(row, "kind") + " " + text(row, "name"), Omission.notKept("functions or procedures"));
        }
        for (Map<String, Object> row :
                rows("select r.rulename as name, " + modelName("r.schemaname", "r.tablename", CURRENT)
                        + " as tbl from pg_rules r where " + catalog.inSchemas("r.schemaname", CURRENT)
                        + " order by 2, 1")) {
            add(text(row, "tbl"), "rule " + text(row, "name") + " on " + text(row, "tbl"), Omission.notKept("rules"));
        }
        for (Map<String, Object> row : rows("select ic.relname as name, " + name("n", "c") + " as view"
                + " from pg_index i join pg_class ic on ic.oid = i.indexrelid join pg_class c on c.oid = i.indrelid"
                + " join pg_namespace n on n.oid = c.relnamespace where c.relkind = 'm' and " + in("n")
                + " order by 2, 1")) {
            add(
                    null,
                    "index " + text(row, "name") + " on materialized view " + text(row, "view"),
                    Omission.notKept("indexes on views"));
        }
        catalog.viewsCallingOwnFunctions()
                .forEach((view, functions) -> add(
                        null,
                        "view " + view,
                        "is not read: it calls " + functions + ", of the database's own, and the schema model holds"
                                + " no functions, so a database migrated from the code could not create it; keep"
                                + " the view and what it calls in a custom migration"));
        return omissions;
    }

    /** A partitioned table is read as one table; its partitions, with their own indexes and keys, are not read. */
    private void partitions() throws SQLException {
        for (Map<String, Object> row : rows("select " + name("n", "c") + " as name,"
                + " pg_get_partkeydef(c.oid) as partition_key,"
                + " (select string_agg(" + name("pn", "p") + ", ', ' order by p.relname) from pg_inherits i"
                + "   join pg_class p on p.oid = i.inhrelid join pg_namespace pn on pn.oid = p.relnamespace"
                + "   where i.inhparent = c.oid) as partitions,"
                + " (select count(*) from pg_inherits i where i.inhparent = c.oid) as count"
                + " from pg_class c join pg_namespace n on n.oid = c.relnamespace"
                + " where c.relkind = 'p' and not c.relispartition and " + in("n") + " order by 1")) {
            long count = ((Number) row.get("count")).longValue();
            add(
                    text(row, "name"),
                    "table " + text(row, "name"),
                    "is partitioned by " + text(row, "partition_key") + " into " + count + " partition"
                            + (count == 1 ? "" : "s") + (count == 0 ? "" : " (" + text(row, "partitions") + ")")
                            + "; it is read as one table, and its partitioning and partitions (with their own"
                            + " indexes, keys and triggers) are not kept: keep them in a custom migration");
        }
    }

    /** A domain is read as its type where a column is of it; the domain, its constraints and default are not kept. */
    private void domains() throws SQLException {
        for (Map<String, Object> row : rows("select " + name("n", "t", "typname") + " as name,"
                + " format_type(t.typbasetype, t.typtypmod) as base, t.typnotnull,"
                + " (select string_agg(k.conname || ' ' || pg_get_constraintdef(k.oid), ', ' order by k.conname)"
                + "   from pg_constraint k where k.contypid = t.oid) as constraints,"
                + " (select string_agg(" + name("cn", "c") + " || '.' || a.attname, ', ' order by c.relname, a.attnum)"
                + "   from pg_attribute a join pg_class c on c.oid = a.attrelid"
                + "   join pg_namespace cn on cn.oid = c.relnamespace"
                + "   where a.atttypid = t.oid and not a.attisdropped and c.relkind in ('r', 'p')"
                + "   and not c.relispartition) as columns"
                + " from pg_type t join pg_namespace n on n.oid = t.typnamespace"
                + " where t.typtype = 'd' and " + in("n") + " and not exists (select 1 from pg_depend e"
                + "   where e.classid = 'pg_type'::regclass and e.objid = t.oid and e.deptype = 'e')"
                + " order by 1")) {
            String columns = text(row, "columns");
            String constraints = text(row, "constraints");
            List<String> rules = new ArrayList<>();
            if (constraints != null) {
                rules.add("its constraint " + constraints);
            }
            if (Catalog.yes(row, "typnotnull")) {
                rules.add("its NOT NULL");
            }
            add(
                    null,
                    "domain " + text(row, "name"),
                    "a domain of " + text(row, "base") + "; "
                            + (columns == null
                                    ? "no column is of it"
                                    : "its columns (" + columns + ") are read as " + text(row, "base"))
                            + ", and the domain" + (rules.isEmpty() ? "" : " with " + String.join(" and ", rules))
                            + " is not kept: keep it in a custom migration");
        }
    }

    /** A column whose default draws from a sequence no column owns reads as serial, which owns its sequence. */
    private void unownedSequences() throws SQLException {
        for (Map<String, Object> row : rows("select " + name("n", "c") + " as tbl, a.attname as col, "
                + name("sn", "s") + " as seq from pg_depend d"
                + " join pg_attrdef ad on ad.oid = d.objid"
                + " join pg_attribute a on a.attrelid = ad.adrelid and a.attnum = ad.adnum"
                + " join pg_class c on c.oid = ad.adrelid join pg_namespace n on n.oid = c.relnamespace"
                + " join pg_class s on s.oid = d.refobjid and s.relkind = 'S'"
                + " join pg_namespace sn on sn.oid = s.relnamespace"
                + " where d.classid = 'pg_attrdef'::regclass and d.refclassid = 'pg_class'::regclass"
                + " and c.relkind in ('r', 'p') and not c.relispartition and " + in("n")
                + " and not exists (select 1 from pg_depend o where o.classid = 'pg_class'::regclass"
                + "   and o.objid = s.oid and o.deptype in ('a', 'i'))"
                + " order by 1, 2")) {
            omissions.add(new Omission(
                    text(row, "tbl"),
                    text(row, "col"),
                    "table " + text(row, "tbl") + ", column " + text(row, "col"),
                    "draws its numbers from the sequence " + text(row, "seq") + ", which no column owns; it is"
                            + " written as serial, whose own sequence a database migrated from the code makes"
                            + " (named alike where the name is free), and the sequence itself is not kept"));
        }
    }

    private void add(String table, String what, String reason) {
        omissions.add(Omission.of(table, what, reason));
    }

    private List<Map<String, Object>> rows(String sql) throws SQLException {
        return catalog.rows(sql);
    }

    private String in(String namespace) {
        return catalog.inSchemas(namespace + ".nspname", CURRENT);
    }

    /** The model name of the object of {@code rel} (its {@code relname}) in the namespace {@code namespace}. */
    private static String name(String namespace, String rel) {
        return name(namespace, rel, "relname");
    }

    private static String name(String namespace, String rel, String column) {
        return modelName(namespace + ".nspname", rel + "." + column, CURRENT);
    }
}
