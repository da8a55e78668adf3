package org.grantwise.infrastructure.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RecentFiguresTest {

  private static final Duration FRESH = Duration.ofSeconds(30);
  private static final Duration USABLE = Duration.ofMinutes(5);

  /** A clock the test moves by hand. */
  private static final class HandClock extends Clock {
    private Instant now = Instant.parse("2026-12-01T10:00:00Z");

    void pass(Duration time) {
      now = now.plus(time);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }

  private final HandClock clock = new HandClock();
  private final RecentFigures figures = new RecentFigures(clock);
  private final AtomicInteger reads = new AtomicInteger();
  private final List<Runnable> background = new ArrayList<>();

  {
    figures.executor = background::add;
  }

  private RecentFigures.Read<Integer> get() {
    return figures.get("figures", FRESH, USABLE, reads::incrementAndGet);
  }

  @Test
  void aFreshValueIsServedWithoutReadingAgain() {
    assertThat(get().value()).isEqualTo(1);
    clock.pass(Duration.ofSeconds(29));

    assertThat(get().value()).isEqualTo(1);
    assertThat(reads).hasValue(1);
    assertThat(background).isEmpty();
  }

  @Test
  void anOlderValueIsServedOnceWhileOneBackgroundReadReplacesIt() {
    Instant first = clock.instant();
    get();
    clock.pass(Duration.ofMinutes(1));

    RecentFigures.Read<Integer> older = get();
    get(); // a second request meanwhile starts no second refresh
    assertThat(older.value()).isEqualTo(1);
    assertThat(older.readAt()).isEqualTo(first);
    assertThat(background).hasSize(1);
    assertThat(reads).hasValue(1);

    background.remove(0).run();
    RecentFigures.Read<Integer> refreshed = get();
    assertThat(refreshed.value()).isEqualTo(2);
    assertThat(refreshed.readAt()).isEqualTo(clock.instant());
  }

  @Test
  void aValuePastItsUsableAgeIsReadByTheRequest() {
    get();
    clock.pass(Duration.ofMinutes(6));

    assertThat(get().value()).isEqualTo(2);
    assertThat(background).isEmpty();
  }

  @Test
  void aForgottenValueIsReadAgainAndALateRefreshDoesNotBringTheOldOneBack() {
    get();
    clock.pass(Duration.ofMinutes(1));
    get(); // starts a refresh, which the change then overtakes
    figures.forgetAfterCommit("figures"); // no transaction here: forgotten at once

    assertThat(get().value()).isEqualTo(2);
    background.remove(0).run(); // reads 3, but the value it would replace is gone
    assertThat(get().value()).isEqualTo(2);
  }

  @Test
  void aFailedReadIsNotKeptAndTheNextRequestReadsAgain() {
    assertThatThrownBy(
            () ->
                figures.get(
                    "figures",
                    FRESH,
                    USABLE,
                    () -> {
                      throw new IllegalStateException("database down");
                    }))
        .hasMessage("database down");

    assertThat(get().value()).isEqualTo(1);
  }

  @Test
  void concurrentRequestsForAMissingValueWaitForOneRead() throws Exception {
    CountDownLatch reading = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger slowReads = new AtomicInteger();
    ExecutorService requests = Executors.newFixedThreadPool(4);
    try {
      List<Future<RecentFigures.Read<Integer>>> answers = new ArrayList<>();
      answers.add(
          requests.submit(
              () ->
                  figures.get(
                      "slow",
                      FRESH,
                      USABLE,
                      () -> {
                        reading.countDown();
                        await(release);
                        return slowReads.incrementAndGet();
                      })));
      assertThat(reading.await(5, TimeUnit.SECONDS)).isTrue();
      for (int i = 0; i < 3; i++) {
        answers.add(
            requests.submit(() -> figures.get("slow", FRESH, USABLE, slowReads::incrementAndGet)));
      }
      release.countDown();
      for (Future<RecentFigures.Read<Integer>> answer : answers) {
        assertThat(answer.get(5, TimeUnit.SECONDS).value()).isEqualTo(1);
      }
      assertThat(slowReads).hasValue(1);
    } finally {
      requests.shutdownNow();
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
