package bench;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * SFTP: files per second in one scheduled drop of many orders, to a real SFTP server. The hook for the SFTP channel
 * (issue 9): until routes/channel-sftp.camel.yaml exists the figure is reported as not measured, with the reason.
 */
final class SftpScenario {

	private SftpScenario() {
	}

	static boolean available() {
		return Files.exists(Path.of("routes/channel-sftp.camel.yaml"));
	}

	/** The bench-sftp supplier's entry in suppliers.yaml, or nothing while the channel does not exist. */
	static String supplierEntry(int port) {
		return "";
	}

	static void run(Context ctx, HubProcess hub, String label) {
		Context.log("sftp on %s", label);
		String why = available() ? "the SFTP scenario is not written yet" : "the SFTP channel is not built yet";
		ctx.add(Figure.notMeasured("sftp." + label + ".rate", "SFTP, one drop of %,d orders, %s"
			.formatted(ctx.settings.sftpOrders(), label), "files/s", Figure.Target.atLeast(500, ">= 500/s"), why));
	}

}
