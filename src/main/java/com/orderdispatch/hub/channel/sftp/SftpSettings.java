package com.orderdispatch.hub.channel.sftp;

import com.orderdispatch.hub.channel.csv.CsvLayout;
import com.orderdispatch.hub.channel.csv.CsvSettings;
import com.orderdispatch.hub.channel.csv.OrderFileName;
import com.orderdispatch.hub.config.ChannelSettings;
import com.orderdispatch.hub.config.Secret;

/**
 * A supplier's {@code channels.sftp} settings. Secrets (password, private key, passphrase) come from {@code ${ENV}}
 * placeholders and never appear in {@link #toString()}.
 *
 * @param port 22 when absent
 * @param password password authentication; or one of the private keys below
 * @param privateKey the private key file's content, base64-encoded on one line ({@code base64 -w0 id_ed25519})
 * @param privateKeyFile or the path of the private key file
 * @param knownHosts the server's host key as a known_hosts line, e.g. {@code [sftp.example.com]:2222 ssh-ed25519
 * AAAA...}; several lines may be given
 * @param strictHostKeyChecking false connects to any server key: for a trial only, warned at every start, refused in
 * the prod profile; absent means true
 * @param directory where the files go, relative to the login directory (a leading '/' is the login directory, as
 * on a chrooted account); it must exist
 * @param fileName the file name pattern, {@code {supplierOrderNumber}.csv} when absent (see {@link OrderFileName})
 * @param schedule a Quartz cron expression (seconds first), or {@code now}
 * @param csv the supplier's file layout; the standard one when absent
 */
public record SftpSettings(Boolean enabled, String host, Integer port, String username, @Secret String password,
		@Secret String privateKey, String privateKeyFile, @Secret String privateKeyPassphrase, String knownHosts,
		Boolean strictHostKeyChecking, String directory, String fileName, String schedule, CsvSettings csv)
		implements ChannelSettings {

	public static final String NOW = "now";

	/** How {@code now} is scheduled: every second, so a new order is dropped within a second or so. */
	static final String EVERY_SECOND = "* * * * * ?";

	@Override
	public boolean active() {
		return enabled == null || enabled;
	}

	public int portOrDefault() {
		return port == null ? 22 : port;
	}

	public boolean strict() {
		return strictHostKeyChecking == null || strictHostKeyChecking;
	}

	/** The Quartz cron expression the supplier's trigger fires on. */
	public String cron() {
		return NOW.equalsIgnoreCase(schedule) ? EVERY_SECOND : schedule;
	}

	public CsvLayout layout() {
		return CsvLayout.of(csv);
	}

	public OrderFileName fileNames() {
		return OrderFileName.of(fileName);
	}

	@Override
	public String toString() {
		return "SftpSettings[host=" + host + ", port=" + port + ", username=" + username + ", directory=" + directory
				+ ", schedule=" + schedule + ", strictHostKeyChecking=" + strict() + "]";
	}

}
