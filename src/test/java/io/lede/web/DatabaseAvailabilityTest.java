package io.lede.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Which failures mean the database is away (503, and the pool is dropped), busy (503 only), or neither. */
class DatabaseAvailabilityTest {

    @Test
    void aConnectionFailureAnywhereInTheChainIsAnOutage() {
        Exception refused = new PersistenceException(
                "could not prepare statement",
                new SQLException("Unable to acquire", new SQLException("The connection attempt failed.", "08001")));

        assertThat(DatabaseAvailability.isOutage(refused)).isTrue();
        assertThat(DatabaseAvailability.isUnavailable(refused)).isTrue();
    }

    @Test
    void aServerShuttingDownOrStartingIsAnOutageFoundAlsoAmongChainedExceptions() {
        SQLException batch = new SQLException("batch failed", "XX000");
        batch.setNextException(new SQLException("terminating connection due to administrator command", "57P01"));

        assertThat(DatabaseAvailability.isOutage(batch)).isTrue();
        assertThat(DatabaseAvailability.isOutage(new SQLException("the database system is starting up", "57P03")))
                .isTrue();
    }

    @Test
    void anExhaustedPoolIsUnavailableButNotAnOutage() {
        Exception busy = new RuntimeException(new SQLException("Sorry, acquisition timeout!"));

        assertThat(DatabaseAvailability.isUnavailable(busy)).isTrue();
        assertThat(DatabaseAvailability.isOutage(busy)).isFalse();
    }

    @Test
    void constraintViolationsAndOtherErrorsAreNeither() {
        Exception duplicate = new PersistenceException(new SQLException("duplicate key", "23505"));

        assertThat(DatabaseAvailability.isUnavailable(duplicate)).isFalse();
        assertThat(DatabaseAvailability.isUnavailable(new IllegalStateException("a bug")))
                .isFalse();
        assertThat(DatabaseAvailability.isUnavailable(null)).isFalse();
    }
}
