package dev.storium.result;

import java.util.Objects;

/**
 * One thing {@link dev.storium.Storium#check} found wrong, with its fix.
 *
 * @param section the part of the check that found it
 * @param subject what it is about: a table or column, a migration file, the database
 * @param fact what was found, in one sentence
 * @param fix what to do about it
 */
public record Finding(Section section, String subject, String fact, String fix) {
    /** The parts of the check, in the order the report lists them. */
    public enum Section {
        /** The schema in code against the last migration's snapshot. */
        CODE("Schema in code vs the migrations"),
        /** The migrations directory: journal, files and snapshots. */
        FOLDER("Migrations directory"),
        /** The sum file {@code meta/storium.sum}: each file's recorded hash. */
        SUM("Sum file"),
        /** The migration files against the database's history table. */
        DATABASE("Migrations vs the database"),
        /** The live schema against the snapshot of the last applied migration. */
        DRIFT("Drift: the database vs the applied migrations"),
        /** Statements of pending migrations that lose data ({@code failOnDestructive}). */
        DESTRUCTIVE("Destructive statements in pending migrations");

        private final String title;

        Section(String title) {
            this.title = title;
        }

        /** The heading of the section in the report. */
        public String title() {
            return title;
        }
    }

    public Finding {
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(fact, "fact");
        Objects.requireNonNull(fix, "fix");
    }
}
