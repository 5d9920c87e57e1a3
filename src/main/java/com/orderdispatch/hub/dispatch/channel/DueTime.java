package com.orderdispatch.hub.dispatch.channel;

import java.text.ParseException;
import java.time.Instant;
import java.util.Date;

import org.quartz.CronExpression;

/** When a channel's deliveries are due: at once, or at the next fire time of the supplier's Quartz schedule. */
public sealed interface DueTime {

	DueTime NOW = new Now();

	static DueTime onSchedule(String cron) {
		return new OnSchedule(cron);
	}

	/** The due time of a delivery planned at {@code now}. */
	Instant after(Instant now);

	/** Sent as soon as a worker is free, by the general claimer. */
	record Now() implements DueTime {

		@Override
		public Instant after(Instant now) {
			return now;
		}

	}

	/** Claimed by the channel itself when its schedule fires; a delivery planned now waits for the next fire. */
	record OnSchedule(String cron) implements DueTime {

		@Override
		public Instant after(Instant now) {
			try {
				Date next = new CronExpression(cron).getNextValidTimeAfter(Date.from(now));
				return next == null ? now : next.toInstant();
			}
			catch (ParseException ex) {
				throw new IllegalArgumentException("not a Quartz cron expression: " + cron, ex);
			}
		}

	}

}
