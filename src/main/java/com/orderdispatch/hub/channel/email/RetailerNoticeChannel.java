package com.orderdispatch.hub.channel.email;

import java.util.Map;
import java.util.Optional;

import com.orderdispatch.hub.config.ChannelSettings;
import com.orderdispatch.hub.config.RetailerConfig;
import com.orderdispatch.hub.dispatch.channel.RetailerChannels;

import org.springframework.stereotype.Component;

/**
 * Every retailer gets its notices (cancellations, rejections, shipments) by email to its notificationEmail, through
 * the outbox like any delivery: route {@code channel-notice-retailer.<id>} from routes/channel-notice.camel.yaml.
 */
@Component
class RetailerNoticeChannel implements RetailerChannels {

	static final String NAME = "notice";

	/** Where a retailer's notices go. */
	record NoticeSettings(String to) implements ChannelSettings {

		@Override
		public boolean active() {
			return true;
		}

	}

	@Override
	public Map<String, Map<String, Object>> routes(RetailerConfig retailer) {
		return Map.of(NAME, Map.of());
	}

	@Override
	public Optional<ChannelSettings> settings(RetailerConfig retailer, String channel) {
		return NAME.equals(channel) ? Optional.of(new NoticeSettings(retailer.notificationEmail())) : Optional.empty();
	}

}
