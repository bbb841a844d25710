package io.lede.support;

import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import javax.sql.DataSource;

/**
 * Whether a background chore has anything to do, asked with one plain JDBC statement outside any transaction, so
 * that an idle poll costs one cheap read and never touches the ORM (whose statistics tests use to count what a request
 * costs).
 */
public final class Probe {

    private Probe() {}

    /** Whether the query finds a row; instants are bound as UTC timestamps. */
    public static boolean finds(DataSource dataSource, String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                Object value =
                        parameters[i] instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC) : parameters[i];
                statement.setObject(i + 1, value);
            }
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        } catch (SQLException e) {
            throw new PersistenceException("Could not ask whether there is work to do", e);
        }
    }
}
