package dev.storium.internal.jdbc;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storium.error.ErrorCode;
import dev.storium.error.StoriumException;
import org.junit.jupiter.api.Test;

/** The refusal of a DataSource on a database Storium does not speak, from what its metadata reported. */
class ApplicationDataSourceTest {
    @Test
    void anUnknownProductIsRefusedNamingItWithoutThePassword() {
        ApplicationDataSource.Database derby = new ApplicationDataSource.Database(
                "Apache Derby", "10.16.1.1", "jdbc:derby://db:1527/app;user=app;password=s3cret", "APP");
        assertThatThrownBy(() -> ApplicationDataSource.dialect(derby))
                .isInstanceOf(StoriumException.class)
                .hasMessage("The application's DataSource is on Apache Derby 10.16.1.1"
                        + " (jdbc:derby://db:1527/app;user=app;password=****), which Storium does not speak: it speaks"
                        + " PostgreSQL, MySQL and MariaDB, SQLite and H2. Fix: hand Storium a DataSource of one of"
                        + " those.")
                .extracting(e -> ((StoriumException) e).code())
                .isEqualTo(ErrorCode.CONFIG);
    }
}
