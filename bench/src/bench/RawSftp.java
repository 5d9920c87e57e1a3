package bench;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import com.jcraft.jsch.ChannelSftp;
import com.jcraft.jsch.JSch;
import com.jcraft.jsch.Session;

/**
 * The SFTP drop's raw baseline: a plain JSch client writing the same number of order-sized files to the same server
 * over one session, each under a temporary name and then renamed, as the hub does, with nothing else to do.
 */
final class RawSftp {

	/** About one three-line order's CSV. */
	private static final byte[] FILE = ("order_number,supplier_order_number,line_ref,sku,description,quantity,"
			+ "unit_price,ship_to_name,ship_to_line1,ship_to_city,ship_to_postal_code,ship_to_country\n"
			+ "ODH-100001,ODH-100001-01,1,SKU-HAMMER-16,16oz claw hammer,2,14.99,Ada Lovelace,12 St James's Square,"
			+ "London,SW1Y 4JH,GB\n".repeat(3)).getBytes(StandardCharsets.UTF_8);

	private RawSftp() {
	}

	/** Files per second for {@code count} files. */
	static double dropRate(int port, String user, String password, String prefix, int count) throws Exception {
		Session session = new JSch().getSession(user, "localhost", port);
		session.setPassword(password);
		session.setConfig("StrictHostKeyChecking", "no");
		session.connect(10_000);
		try {
			var sftp = (ChannelSftp) session.openChannel("sftp");
			sftp.connect(10_000);
			long start = System.nanoTime();
			for (int i = 0; i < count; i++) {
				String name = prefix + "-" + i;
				sftp.put(new ByteArrayInputStream(FILE), "/" + name + ".tmp");
				sftp.rename("/" + name + ".tmp", "/" + name + ".csv");
			}
			double rate = count / ((System.nanoTime() - start) / 1e9);
			sftp.disconnect();
			return rate;
		}
		finally {
			session.disconnect();
		}
	}

}
