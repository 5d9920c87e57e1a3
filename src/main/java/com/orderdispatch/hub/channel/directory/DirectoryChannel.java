package com.orderdispatch.hub.channel.directory;

import java.util.Map;

import com.orderdispatch.hub.channel.csv.OrderFileName;
import com.orderdispatch.hub.config.SettingsCheck;
import com.orderdispatch.hub.dispatch.channel.Channel;

import org.springframework.stereotype.Component;

/**
 * The directory drop: the same per-order CSV files as the SFTP channel, written at once to a local or mounted
 * directory (suppliers on a shared volume) by the route channel-directory-<supplierId>. Each file is written under a
 * temporary name and renamed into place, so a reader never sees half a file; a retry replaces it under its name.
 */
@Component
class DirectoryChannel implements Channel<DirectorySettings> {

	static final String NAME = "directory";

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public Class<DirectorySettings> settingsType() {
		return DirectorySettings.class;
	}

	@Override
	public void validate(DirectorySettings settings, SettingsCheck check) {
		check.notBlank("path", settings.path());
		check.require(settings.path() == null || (!settings.path().contains("..")
				&& settings.path().chars().noneMatch(c -> Character.isISOControl(c) || c == '?' || c == '#')),
				"path", "must be a directory path without '..', '?', '#' or control characters");
		OrderFileName.problem(settings.fileName()).ifPresent(problem -> check.require(false, "fileName", problem));
		if (settings.csv() != null) {
			settings.csv().problems().forEach((field, problem) -> check.require(false, "csv." + field, problem));
		}
	}

	@Override
	public Map<String, Object> routeParameters(DirectorySettings settings) {
		return Map.of("path", settings.path());
	}

}
