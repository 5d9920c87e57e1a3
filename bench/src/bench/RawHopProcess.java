package bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Runs {@link RawHop} in a JVM of its own, so its CPU and memory can be read like the hub's. */
final class RawHopProcess implements AutoCloseable {

	private final Process process;

	final int port;

	private RawHopProcess(Process process, int port) {
		this.process = process;
		this.port = port;
	}

	static RawHopProcess start(Path classes, int port) throws Exception {
		Process process = new ProcessBuilder("java", "-Dsun.net.httpserver.nodelay=true", "-cp", classes.toString(), "bench.RawHop", Integer.toString(port))
			.redirectErrorStream(true)
			.start();
		var out = new BufferedReader(new InputStreamReader(process.getInputStream()));
		String line = out.readLine();
		if (!"ready".equals(line)) {
			process.destroyForcibly();
			throw new IllegalStateException("raw baseline server did not start: " + line);
		}
		return new RawHopProcess(process, port);
	}

	String url() {
		return "http://localhost:" + port;
	}

	double cpuSeconds() throws Exception {
		return ProcStats.cpuSeconds(process.pid());
	}

	double peakRssMiB() throws Exception {
		return ProcStats.peakRssMiB(process.pid());
	}

	@Override
	public void close() throws InterruptedException {
		process.destroy();
		if (!process.waitFor(10, TimeUnit.SECONDS)) {
			process.destroyForcibly().waitFor();
		}
	}

}
