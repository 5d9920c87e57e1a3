package com.orderdispatch.hub.channel.sftp;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import com.orderdispatch.hub.config.ConfigLoader;
import com.orderdispatch.hub.config.ConfigRejectedException;
import com.orderdispatch.hub.config.ConfigValidator;
import com.orderdispatch.hub.support.HubFixture;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The SFTP channel's settings as the configuration loader accepts or refuses them. */
class SftpChannelConfigTests {

	private static final String KNOWN_HOSTS = "[sftp.example.com]:2222 ecdsa-sha2-nistp256 "
			+ "AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBBItVRTMdpZtyfmkZs7kDLZSFZZkD5Hamx7rxWzyAS4+Q3yFuBtocT9I"
			+ "Xwd1+s/Vj7DpQTBtvpTNWz0AkMDzqzM=";

	private static final String GOOD = """
			host: sftp.example.com
			port: 2222
			username: hub
			password: "a-real-password"
			knownHosts: "%s"
			directory: /inbound
			schedule: "0 0/15 * * * ?"
			""".formatted(KNOWN_HOSTS);

	@Test
	void readsGoodSettingsWithTheirDefaults() {
		SftpSettings sftp = load(GOOD, false);

		assertThat(sftp.strict()).isTrue();
		assertThat(sftp.portOrDefault()).isEqualTo(2222);
		assertThat(sftp.fileNames()).hasToString("{supplierOrderNumber}.csv");
		assertThat(sftp.cron()).isEqualTo("0 0/15 * * * ?");
		assertThat(sftp.toString()).doesNotContain("a-real-password");
	}

	@Test
	void takesNowAsASchedule() {
		assertThat(load(GOOD.replace("\"0 0/15 * * * ?\"", "now"), false).cron()).isEqualTo(SftpSettings.EVERY_SECOND);
	}

	@Test
	void refusesAScheduleThatIsNeitherCronNorNow() {
		refused(GOOD.replace("\"0 0/15 * * * ?\"", "\"every 15 minutes\""), false, "channels.sftp.schedule");
	}

	@Test
	void needsThePinnedHostKeyUnlessCheckingIsSwitchedOffExplicitly() {
		refused(GOOD.replace("knownHosts: \"" + KNOWN_HOSTS + "\"\n", ""), false, "channels.sftp.knownHosts");
		refused(GOOD.replace(KNOWN_HOSTS, "sftp.example.com not-a-key"), false, "channels.sftp.knownHosts");

		SftpSettings unchecked = load(GOOD.replace("knownHosts: \"" + KNOWN_HOSTS + "\"\n", "strictHostKeyChecking: false\n"),
				false);

		assertThat(unchecked.strict()).isFalse();
	}

	@Test
	void productionRefusesSwitchingHostKeyCheckingOff() {
		refused(GOOD + "strictHostKeyChecking: false\n", true, "channels.sftp.strictHostKeyChecking");
	}

	@Test
	void needsExactlyOneWayToLogIn() {
		refused(GOOD.replace("password: \"a-real-password\"\n", ""), false, "channels.sftp.password");
		refused(GOOD + "privateKeyFile: /etc/hostname\n", false, "channels.sftp.password");
		refused(GOOD.replace("password: \"a-real-password\"", "privateKey: \"bm90IGEga2V5\""), false,
				"channels.sftp.privateKey");
	}

	@Test
	void refusesFileNamesAndDirectoriesThatCouldLeaveTheSuppliersDirectory() {
		refused(GOOD + "fileName: \"../{supplierOrderNumber}.csv\"\n", false, "channels.sftp.fileName");
		refused(GOOD + "fileName: \"{orderNumber}.csv\"\n", false, "channels.sftp.fileName");
		refused(GOOD.replace("directory: /inbound", "directory: /inbound/../etc"), false, "channels.sftp.directory");
		refused(GOOD.replace("directory: /inbound", "directory: \"in bound?x=1\""), false, "channels.sftp.directory");
	}

	@Test
	void refusesAnUnknownCsvColumnNamingIt() {
		refused(GOOD + "csv: { columns: [sku, colour] }\n", false, "channels.sftp.csv.columns");
		assertThat(load(GOOD + "csv: { columns: [sku, quantity], delimiter: \";\" }\n", false).layout().delimiter())
			.isEqualTo(';');
	}

	private static SftpSettings load(String sftp, boolean production) {
		return loader(production).load(directory(sftp)).supplier("sftpco").orElseThrow().channelsOrNone()
			.active("sftp", SftpSettings.class).orElseThrow();
	}

	private static void refused(String sftp, boolean production, String field) {
		assertThatExceptionOfType(ConfigRejectedException.class)
			.isThrownBy(() -> loader(production).load(directory(sftp)))
			.satisfies(ex -> assertThat(ex.field()).isEqualTo(field));
	}

	private static ConfigLoader loader(boolean production) {
		return new ConfigLoader(name -> null, new ConfigValidator(Set.of(), List.of(SftpChannel.rules(production))));
	}

	private static Path directory(String sftp) {
		return HubFixture.configDirectory("""
				suppliers:
				  - id: sftpco
				    name: SFTP Co
				    contactEmail: edi@sftpco.example
				    channels:
				      sftp:
				""" + sftp.indent(8));
	}

}
