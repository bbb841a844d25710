package io.lede.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lede.support.Timestamps;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Idempotency-Key for any operation (IETF Idempotency-Key draft). A key belongs to the operation and the caller
 * who sent it, and is bound to the request it first came with (a fingerprint of everything the request says):
 *
 * <ul>
 *   <li>the same key, caller and request again gets the first answer back, and the operation is not done again;
 *   <li>the same key from the same caller with another request is 422;
 *   <li>the same key from another caller is another key: that caller gets its own, separate result;
 *   <li>while the first request is still being worked on, a retry waits for it (up to {@code lede.idempotency.in-flight-wait})
 *       and then answers 409 with Retry-After.
 * </ul>
 *
 * <p>Records live in the database, so every instance sees them. A claim is committed before the work starts; the
 * operation completes it inside its own transaction ({@link Claim#complete}), so the result is remembered if and
 * only if the work committed, and a retry after an answer lost on the way (a cut connection, a 503 at commit)
 * finds it. A claim whose work failed is released; one whose instance died is taken over when its lease ends.
 */
@ApplicationScoped
public class Idempotency {

    private static final Logger LOG = Logger.getLogger(Idempotency.class);
    private static final String UNIQUE_VIOLATION = "23505";

    @ConfigMapping(prefix = "lede.idempotency")
    public interface Settings {
        /** How long a completed request is remembered: a retry within it gets the first answer. */
        @WithDefault("24H")
        Duration retention();

        /** How long a retry waits for the first request with its key to finish before answering 409. */
        @WithDefault("2S")
        Duration inFlightWait();

        /**
         * How long a first request may take before a retry may take its key over (as after a crash). A request
         * that outlives it is rolled back rather than done twice.
         */
        @WithDefault("10S")
        Duration lease();
    }

    /**
     * One use of a key. {@code key} null means the caller sent none: the operation runs unguarded.
     *
     * @param caller a keyed hash naming who asked (never a raw address)
     * @param fingerprint a hash of everything the request says
     */
    public record Request(String operation, String caller, String key, String fingerprint) {}

    /** What the operation answers with, and whether it is the remembered answer to an earlier request. */
    public record Outcome<T>(T value, boolean replayed) {}

    private record Row(String fingerprint, String state, String result, Instant expiresAt) {}

    private final DataSource dataSource;
    private final EntityManager em;
    private final TransactionSynchronizationRegistry transactions;
    private final ObjectMapper json;
    private final Settings settings;
    private final Queue<Claim> unreleased = new ConcurrentLinkedQueue<>();

    public Idempotency(
            DataSource dataSource,
            EntityManager em,
            TransactionSynchronizationRegistry transactions,
            ObjectMapper json,
            Settings settings,
            Housekeeping housekeeping) {
        this.dataSource = dataSource;
        this.em = em;
        this.transactions = transactions;
        this.json = json;
        this.settings = settings;
        housekeeping.every(Duration.ofMinutes(10), "sweep expired idempotency records", this::sweep);
        housekeeping.every(Duration.ofSeconds(1), "release idempotency claims", this::releaseLater);
    }

    /** A use of {@code key} by {@code caller}, bound to a fingerprint of {@code request}'s parts as JSON. */
    public Request request(String operation, String caller, String key, Object... request) {
        try {
            byte[] canonical = json.writeValueAsBytes(List.of(operation, List.of(request)));
            String fingerprint = HexFormat.of().formatHex(sha256(canonical));
            String callerHash = HexFormat.of().formatHex(sha256(caller.getBytes(StandardCharsets.UTF_8)));
            return new Request(operation, callerHash, key, fingerprint);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("A request to fingerprint must be JSON", e);
        }
    }

    /**
     * Runs {@code work} once for this request: a retry gets the result {@code work} stored with {@link
     * Claim#complete}, read back as {@code resultType}, without running it again.
     */
    public <T> Outcome<T> perform(Request request, Class<T> resultType, Function<Claim, T> work) {
        if (request.key() == null) {
            return new Outcome<>(work.apply(new Claim(null, null)), false);
        }
        Claim claim = new Claim(request, UUID.randomUUID().toString());
        Optional<String> remembered = claimOrReplay(claim);
        if (remembered.isPresent()) {
            return new Outcome<>(read(remembered.get(), resultType), true);
        }
        try {
            T result = work.apply(claim);
            if (!claim.completed) {
                throw new IllegalStateException("An idempotent operation returned without completing its claim");
            }
            return new Outcome<>(result, false);
        } catch (RuntimeException | Error e) {
            if (DatabaseAvailability.isUnavailable(e)) {
                // Waiting for the database here would only delay the 503; it is released once the database is back.
                unreleased.add(claim);
            } else {
                release(claim);
            }
            throw e;
        }
    }

    /**
     * The right to do the work for one request. The work completes it within its transaction, with what a retry
     * should be answered with.
     */
    public final class Claim {
        private final Request request;
        private final String owner;
        private final Instant claimedAt = Timestamps.now();
        private boolean completed;

        private Claim(Request request, String owner) {
            this.request = request;
            this.owner = owner;
        }

        /** Remembers {@code result} for retries; it commits or rolls back with the current transaction. */
        public void complete(Object result) {
            if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
                throw new IllegalStateException("An idempotency claim completes inside the work's transaction");
            }
            if (request == null) {
                completed = true;
                return;
            }
            int updated = em.createNativeQuery("update idempotency_record set state = 'DONE', owner = null,"
                            + " result = :result, expires_at = :expires where operation = :operation"
                            + " and caller = :caller and idem_key = :key and owner = :owner and state = 'IN_FLIGHT'")
                    .setParameter("result", write(result))
                    .setParameter("expires", Timestamps.now().plus(settings.retention()))
                    .setParameter("operation", request.operation())
                    .setParameter("caller", request.caller())
                    .setParameter("key", request.key())
                    .setParameter("owner", owner)
                    .executeUpdate();
            if (updated != 1) {
                throw new ProblemException(
                        409,
                        "idempotency-key-taken-over",
                        "Conflict",
                        "This request took longer than " + settings.lease().toSeconds() + " seconds and a retry with"
                                + " the same Idempotency-Key took it over, so it was not carried out; the retry's"
                                + " answer stands.");
            }
            completed = true;
        }
    }

    /** Claims the key for this request, or finds the answer remembered for it; refuses a conflicting use. */
    private Optional<String> claimOrReplay(Claim claim) {
        Request request = claim.request;
        long deadline = System.nanoTime() + settings.inFlightWait().toNanos();
        long pauseMillis = 10;
        while (true) {
            Instant now = Timestamps.now();
            if (insert(claim, now)) {
                return Optional.empty();
            }
            Optional<Row> found = find(request);
            if (found.isPresent()) {
                Row row = found.get();
                if (!row.expiresAt().isAfter(now)) {
                    if (takeOver(claim, row, now)) {
                        return Optional.empty();
                    }
                } else if (!row.fingerprint().equals(request.fingerprint())) {
                    throw new ProblemException(
                            422,
                            "idempotency-key-reused",
                            "Unprocessable Content",
                            "This Idempotency-Key was already used with a different request (another article, or"
                                    + " another body). Send a new key with a new request.");
                } else if (row.state().equals("DONE")) {
                    return Optional.of(row.result());
                }
            }
            if (System.nanoTime() >= deadline) {
                throw new RetryLaterException(
                        409,
                        "idempotency-key-in-use",
                        "Conflict",
                        "A request with this Idempotency-Key is still being carried out. Retry in a moment with"
                                + " the same key to get its answer.",
                        1);
            }
            pause(pauseMillis);
            pauseMillis = Math.min(pauseMillis * 2, 200);
        }
    }

    private boolean insert(Claim claim, Instant now) {
        Request request = claim.request;
        return update(
                        "insert into idempotency_record (operation, caller, idem_key, fingerprint, state, owner,"
                                + " created_at, expires_at) values (?, ?, ?, ?, 'IN_FLIGHT', ?, ?, ?)"
                                + " on conflict do nothing",
                        request.operation(),
                        request.caller(),
                        request.key(),
                        request.fingerprint(),
                        claim.owner,
                        now,
                        now.plus(settings.lease()))
                == 1;
    }

    /** An expired record is free: the first to replace it (as it was read) has the key. */
    private boolean takeOver(Claim claim, Row expired, Instant now) {
        Request request = claim.request;
        return update(
                        "update idempotency_record set fingerprint = ?, state = 'IN_FLIGHT', owner = ?, result = null,"
                                + " created_at = ?, expires_at = ? where operation = ? and caller = ? and idem_key = ?"
                                + " and expires_at = ?",
                        request.fingerprint(),
                        claim.owner,
                        now,
                        now.plus(settings.lease()),
                        request.operation(),
                        request.caller(),
                        request.key(),
                        expired.expiresAt())
                == 1;
    }

    /** A claim whose work failed is deleted, so a retry runs the work again; a completed one is never touched. */
    private void release(Claim claim) {
        try {
            delete(claim);
        } catch (RuntimeException e) {
            LOG.debugf(e, "Could not release an idempotency claim; it is free again when its lease ends");
        }
    }

    private void releaseLater() {
        Instant leaseOver = Timestamps.now().minus(settings.lease());
        for (Claim claim = unreleased.peek(); claim != null; claim = unreleased.peek()) {
            if (claim.claimedAt.isAfter(leaseOver)) {
                delete(claim);
            }
            unreleased.remove(claim);
        }
    }

    private void delete(Claim claim) {
        Request request = claim.request;
        if (request == null) {
            return;
        }
        update(
                "delete from idempotency_record where operation = ? and caller = ? and idem_key = ? and owner = ?"
                        + " and state = 'IN_FLIGHT'",
                request.operation(),
                request.caller(),
                request.key(),
                claim.owner);
    }

    private void sweep() {
        update("delete from idempotency_record where expires_at < ?", Timestamps.now());
    }

    private Optional<Row> find(Request request) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "select fingerprint, state, result, expires_at from idempotency_record"
                                + " where operation = ? and caller = ? and idem_key = ?")) {
            select.setString(1, request.operation());
            select.setString(2, request.caller());
            select.setString(3, request.key());
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Row(
                        row.getString(1),
                        row.getString(2),
                        row.getString(3),
                        row.getObject(4, OffsetDateTime.class).toInstant()));
            }
        } catch (SQLException e) {
            throw new PersistenceException("Could not read an idempotency record", e);
        }
    }

    private int update(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                Object parameter = parameters[i];
                statement.setObject(
                        i + 1, parameter instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC) : parameter);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                return 0;
            }
            throw new PersistenceException("Could not write an idempotency record", e);
        }
    }

    private String write(Object result) {
        try {
            return json.writeValueAsString(result);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("An idempotent result must be JSON", e);
        }
    }

    private <T> T read(String result, Class<T> type) {
        try {
            return json.readValue(result, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A remembered result no longer reads as " + type.getSimpleName(), e);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for a request with the same key", e);
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
