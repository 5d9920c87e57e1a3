package com.orderdispatch.hub.channel.sftp;

import com.orderdispatch.hub.config.ConfigApplied;
import com.orderdispatch.hub.config.SupplierConfig;
import com.orderdispatch.hub.dispatch.channel.DueTime;
import com.orderdispatch.hub.dispatch.ScheduledDeliveries;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A schedule edit applies to the orders already waiting, not only to new ones: when a configuration comes into
 * force, each SFTP supplier's waiting first attempts are brought forward to the schedule's next fire time where that
 * is sooner. (The trigger itself follows the edit because the engine remakes the supplier's route.)
 */
@Component
class SftpSchedules {

	private final ScheduledDeliveries deliveries;

	SftpSchedules(ScheduledDeliveries deliveries) {
		this.deliveries = deliveries;
	}

	@EventListener
	void on(ConfigApplied event) {
		for (SupplierConfig supplier : event.config().suppliers().values()) {
			supplier.channelsOrNone()
				.active(SftpChannel.NAME, SftpSettings.class)
				.ifPresent(sftp -> deliveries.bringForward(SftpChannel.NAME, supplier.id(),
						DueTime.onSchedule(sftp.cron())));
		}
	}

}
