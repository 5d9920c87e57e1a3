package com.orderdispatch.hub.channel.sftp;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

import com.orderdispatch.hub.channel.csv.OrderFileName;
import com.orderdispatch.hub.config.SettingsCheck;
import com.orderdispatch.hub.dispatch.channel.Channel;
import com.orderdispatch.hub.dispatch.channel.DueTime;
import org.quartz.CronExpression;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * The SFTP file drop: one CSV file per supplier order, uploaded on the supplier's schedule. Its deliveries are due at
 * the schedule's next fire time; the route {@code channel-sftp-<supplierId>} (routes/channel-sftp.camel.yaml) fires
 * on that schedule, claims the supplier's due deliveries and drops them over one SSH session ({@link SftpDrop}).
 * Host keys are checked against the supplier's pinned known-hosts entry unless the supplier explicitly opts out,
 * which is warned about every time its route is made and refused in the prod profile.
 */
@Component
public class SftpChannel implements Channel<SftpSettings> {

	static final String NAME = "sftp";

	private static final Logger log = LoggerFactory.getLogger(SftpChannel.class);

	private static final Pattern HOST = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9.-]{0,251}[A-Za-z0-9])?");

	private static final Pattern USER = Pattern.compile("[A-Za-z0-9._-]{1,64}");

	private static final Pattern DIRECTORY = Pattern.compile("[A-Za-z0-9._/-]{1,255}");

	private final boolean production;

	private final SftpSecrets secrets;

	@Autowired
	SftpChannel(Environment environment, SftpSecrets secrets) {
		this(environment.acceptsProfiles(Profiles.of("prod")), secrets);
	}

	private SftpChannel(boolean production, SftpSecrets secrets) {
		this.production = production;
		this.secrets = secrets;
	}

	/** The channel's settings rules alone (no routes), as the given profile applies them. */
	public static SftpChannel rules(boolean production) {
		return new SftpChannel(production, null);
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public Class<SftpSettings> settingsType() {
		return SftpSettings.class;
	}

	@Override
	public void validate(SftpSettings sftp, SettingsCheck check) {
		check.require(sftp.host() != null && HOST.matcher(sftp.host()).matches(), "host", "must be a host name or address");
		check.require(sftp.port() == null || (sftp.port() > 0 && sftp.port() < 65536), "port",
				"must be between 1 and 65535");
		check.require(sftp.username() != null && USER.matcher(sftp.username()).matches(), "username",
				"must be letters, digits, '.', '_' or '-'");
		int ways = count(sftp.password()) + count(sftp.privateKey()) + count(sftp.privateKeyFile());
		check.require(ways == 1, "password",
				"set exactly one of password, privateKey (base64 of the key file) or privateKeyFile");
		check.notDemo("password", sftp.password());
		check.require(sftp.privateKey() == null || isBase64Key(sftp.privateKey()), "privateKey",
				"must be the private key file's content, base64-encoded on one line (base64 -w0 <file>)");
		check.require(sftp.privateKeyFile() == null || Files.isReadable(Path.of(sftp.privateKeyFile())),
				"privateKeyFile", "cannot be read");
		if (sftp.strict()) {
			check.require(sftp.knownHosts() != null && !sftp.knownHosts().isBlank(), "knownHosts",
					"needs the server's host key as a known_hosts line, e.g. '[sftp.example.com]:22 ssh-ed25519 AAAA...' "
							+ "(ssh-keyscan -p <port> <host>)");
			String knownHosts = sftp.knownHosts() == null ? "" : sftp.knownHosts();
			knownHosts.lines().filter(line -> !line.isBlank())
				.forEach(line -> check.require(isKnownHostsLine(line), "knownHosts",
						"each line must read '<host> <key type> <base64 key>'"));
		}
		else {
			check.require(!production, "strictHostKeyChecking",
					"is false, which the production profile refuses: pin the server's host key in knownHosts");
		}
		check.require(sftp.directory() != null && DIRECTORY.matcher(sftp.directory()).matches()
				&& !sftp.directory().contains(".."), "directory",
				"must be a path of letters, digits, '.', '_', '-' and '/', without '..'");
		OrderFileName.problem(sftp.fileName()).ifPresent(problem -> check.require(false, "fileName", problem));
		check.require(sftp.schedule() != null && (SftpSettings.NOW.equalsIgnoreCase(sftp.schedule())
				|| CronExpression.isValidExpression(sftp.schedule())), "schedule",
				"must be a Quartz cron expression such as '0 0/15 * * * ?' (seconds first), or 'now'");
		if (sftp.csv() != null) {
			sftp.csv().problems().forEach((field, problem) -> check.require(false, "csv." + field, problem));
		}
	}

	@Override
	public DueTime due(SftpSettings settings) {
		return DueTime.onSchedule(settings.cron());
	}

	@Override
	public Map<String, Object> routeParameters(SftpSettings sftp) {
		var parameters = new HashMap<String, Object>();
		parameters.put("cron", sftp.cron());
		parameters.put("host", sftp.host());
		parameters.put("port", sftp.portOrDefault());
		// Camel's SFTP client works relative to the login directory (the root of a chrooted account).
		parameters.put("directory", sftp.directory().replaceFirst("^/+", ""));
		parameters.put("username", sftp.username());
		parameters.put("authentication", authentication(sftp));
		parameters.put("hostKeyChecking", hostKeyChecking(sftp));
		return parameters;
	}

	/** Endpoint options for the login; secrets go by reference, so they never appear in a route or a URI. */
	private String authentication(SftpSettings sftp) {
		if (sftp.password() != null) {
			return "password=" + secrets.reference(sftp.password());
		}
		String key = sftp.privateKey() != null
				? "privateKey=" + secrets.reference(Base64.getDecoder().decode(sftp.privateKey().strip()))
				: "privateKeyFile=" + secrets.reference(sftp.privateKeyFile());
		return sftp.privateKeyPassphrase() == null ? key
				: key + "&privateKeyPassphrase=" + secrets.reference(sftp.privateKeyPassphrase());
	}

	private String hostKeyChecking(SftpSettings sftp) {
		if (!sftp.strict()) {
			log.warn("SFTP host key checking is OFF for the drop to {}:{} (strictHostKeyChecking: false): any server "
					+ "answering there receives the orders. Pin its key in knownHosts.", sftp.host(),
					sftp.portOrDefault());
			return "strictHostKeyChecking=no";
		}
		return "strictHostKeyChecking=yes&knownHosts="
				+ secrets.reference(sftp.knownHosts().strip().getBytes(StandardCharsets.UTF_8));
	}

	private static boolean isKnownHostsLine(String line) {
		String[] fields = line.strip().split("\\s+");
		if (fields.length < 3) {
			return false;
		}
		try {
			return Base64.getDecoder().decode(fields[2]).length > 16;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private static boolean isBase64Key(String value) {
		try {
			return new String(Base64.getDecoder().decode(value.strip()), StandardCharsets.US_ASCII)
				.startsWith("-----BEGIN");
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private static int count(String value) {
		return value == null || value.isEmpty() ? 0 : 1;
	}

}
