package org.grantwise.infrastructure.cache;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Figures that take the database a second or more to add up (the programme dashboard, the officers'
 * workload), kept on this node for a short while so that a busy day's page views do not add them up
 * again each time.
 *
 * <p>A value younger than {@code fresh} is served as it is. An older one, up to {@code usable}, is
 * served once more while one background task reads it again, so nobody waits for the refresh. A
 * missing or older value is read by the request, and requests arriving meanwhile wait for that read
 * rather than starting their own. Each value carries the time it was read, which the pages show.
 *
 * <p>Each node keeps its own: nothing here is shared state, a node that starts simply reads afresh.
 * A change that users expect to see at once on the node that made it calls {@link
 * #forgetAfterCommit}; other nodes catch up within {@code fresh}.
 */
@ApplicationScoped
public class RecentFigures {

  private static final Logger LOG = Logger.getLogger(RecentFigures.class.getName());

  /** A value and the time its reading began: it holds every change committed before then. */
  public record Read<T>(T value, Instant readAt) {}

  @Resource(lookup = "java:jboss/ee/concurrency/executor/default")
  Executor executor;

  @Resource(lookup = "java:jboss/TransactionSynchronizationRegistry")
  TransactionSynchronizationRegistry transactions;

  private final Clock clock;

  private final Map<String, CompletableFuture<Read<?>>> values = new ConcurrentHashMap<>();

  private final Set<String> refreshing = ConcurrentHashMap.newKeySet();

  public RecentFigures() {
    this(Clock.systemUTC());
  }

  RecentFigures(Clock clock) {
    this.clock = clock;
  }

  /** The named value, from this node's copy while it is usable, else read now by {@code read}. */
  @SuppressWarnings("unchecked")
  public <T> Read<T> get(String name, Duration fresh, Duration usable, Supplier<T> read) {
    Instant now = clock.instant();
    CompletableFuture<Read<?>> mine = new CompletableFuture<>();
    CompletableFuture<Read<?>> current =
        values.compute(name, (k, held) -> held == null || spent(held, now, usable) ? mine : held);
    if (current == mine) {
      return (Read<T>) readInto(mine, name, read);
    }
    Read<T> held;
    try {
      held = (Read<T>) current.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for " + name, e);
    } catch (ExecutionException e) {
      Instant started = clock.instant(); // that read failed: try once more, here
      return new Read<>(read.get(), started);
    }
    if (held.readAt().plus(fresh).isBefore(now)) {
      refreshInBackground(name, current, read);
    }
    return held;
  }

  /** Drops the named value once the current transaction commits, so the next request reads it. */
  public void forgetAfterCommit(String name) {
    if (transactions == null || transactions.getTransactionKey() == null) {
      values.remove(name);
      return;
    }
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              values.remove(name);
            }
          }
        });
  }

  private static boolean spent(CompletableFuture<Read<?>> held, Instant now, Duration usable) {
    if (!held.isDone()) {
      return false; // being read: wait for it
    }
    if (held.isCompletedExceptionally()) {
      return true;
    }
    return held.join().readAt().plus(usable).isBefore(now);
  }

  private <T> Read<T> readInto(CompletableFuture<Read<?>> target, String name, Supplier<T> read) {
    try {
      Instant started = clock.instant();
      Read<T> result = new Read<>(read.get(), started);
      target.complete(result);
      return result;
    } catch (RuntimeException e) {
      target.completeExceptionally(e);
      values.remove(name, target);
      throw e;
    }
  }

  /** One refresh per name at a time; it replaces the value only if nobody dropped it meanwhile. */
  private <T> void refreshInBackground(
      String name, CompletableFuture<Read<?>> replacing, Supplier<T> read) {
    if (executor == null || !refreshing.add(name)) {
      return;
    }
    try {
      executor.execute(
          () -> {
            try {
              Instant started = clock.instant();
              Read<?> result = new Read<>(read.get(), started);
              values.replace(name, replacing, CompletableFuture.completedFuture(result));
            } catch (RuntimeException e) {
              LOG.log(Level.WARNING, "Could not refresh " + name + "; the older figures stay", e);
            } finally {
              refreshing.remove(name);
            }
          });
    } catch (RejectedExecutionException e) {
      refreshing.remove(name);
    }
  }
}
