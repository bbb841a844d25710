package io.lede.web;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * One background thread for periodic chores on shared state (sweeping expired rows, reconciling counters). A chore
 * that fails — the database away, say — is tried again at its next turn.
 */
@ApplicationScoped
public class Housekeeping {

    private static final Logger LOG = Logger.getLogger(Housekeeping.class);

    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "lede-housekeeping");
        thread.setDaemon(true);
        return thread;
    });

    /** Runs {@code chore} every {@code interval}, the first time after one interval. */
    public void every(Duration interval, String what, Runnable chore) {
        executor.scheduleWithFixedDelay(
                () -> {
                    try {
                        chore.run();
                    } catch (RuntimeException e) {
                        LOG.debugf(e, "Could not %s; trying again in %s", what, interval);
                    }
                },
                interval.toMillis(),
                interval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        executor.shutdownNow();
    }
}
