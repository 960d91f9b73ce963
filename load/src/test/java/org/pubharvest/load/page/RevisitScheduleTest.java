package org.pubharvest.load.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class RevisitScheduleTest {

    private final RevisitSchedule schedule = RevisitSchedule.DEFAULT;

    @Test
    void aNewUrlGetsTheShortestInterval() {
        assertThat(schedule.next(null, true)).isEqualTo(Duration.ofDays(1));
        assertThat(schedule.next(null, false)).isEqualTo(Duration.ofDays(1));
    }

    @Test
    void unchangedVisitsStretchTheIntervalUpToTheLongest() {
        Duration interval = Duration.ofDays(1);
        for (int visit = 0; visit < 20; visit++) {
            Duration next = schedule.next(interval, false);
            assertThat(next).isGreaterThanOrEqualTo(interval);
            interval = next;
        }
        assertThat(interval).isEqualTo(Duration.ofDays(30));
        assertThat(schedule.next(Duration.ofDays(2), false)).isEqualTo(Duration.ofDays(3));
    }

    @Test
    void changedVisitsShrinkItDownToTheShortest() {
        assertThat(schedule.next(Duration.ofDays(30), true)).isEqualTo(Duration.ofDays(15));
        assertThat(schedule.next(Duration.ofHours(30), true)).isEqualTo(Duration.ofDays(1));
    }

    @Test
    void zeroBoundsMakeEveryUrlDueAtEveryRun() {
        RevisitSchedule always = new RevisitSchedule(Duration.ZERO, Duration.ZERO, 1.5, 0.5);
        assertThat(always.next(null, true)).isZero();
        assertThat(always.next(Duration.ZERO, false)).isZero();
    }

    @Test
    void boundsThatCannotHoldAreRefused() {
        assertThatThrownBy(() -> new RevisitSchedule(Duration.ofDays(2), Duration.ofDays(1), 1.5, 0.5))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RevisitSchedule(Duration.ofDays(1), Duration.ofDays(2), 0.9, 0.5))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
