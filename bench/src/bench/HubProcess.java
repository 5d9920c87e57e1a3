package bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The packaged hub as it runs in production: {@code java -jar} with the prod profile, started from the repository
 * root (so it loads routes/ and the mail templates from there), configured by environment variables only. Reads its
 * CPU time and peak RSS from /proc, which is what "resources" reports.
 */
final class HubProcess implements AutoCloseable {

	private final Process process;

	final int port;

	final Path log;

	private HubProcess(Process process, int port, Path log) {
		this.process = process;
		this.port = port;
		this.log = log;
	}

	static HubProcess start(Path jar, int port, Map<String, String> env, Path log) throws Exception {
		List<String> command = new ArrayList<>(List.of("java"));
		command.addAll(productionJvmOptions());
		String opts = System.getenv("BENCH_HUB_JAVA_OPTS");
		if (opts != null && !opts.isBlank()) {
			command.addAll(List.of(opts.trim().split("\\s+")));
		}
		command.addAll(List.of("-jar", jar.toString()));
		var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
		builder.environment().putAll(env);
		builder.environment().put("SPRING_PROFILES_ACTIVE", "prod");
		builder.environment().put("PORT", Integer.toString(port));
		var hub = new HubProcess(builder.start(), port, log);
		hub.awaitReady(Duration.ofSeconds(180));
		return hub;
	}

	/** The JVM options production runs the hub with: JAVA_TOOL_OPTIONS in docker-compose.yml. */
	static List<String> productionJvmOptions() throws IOException {
		var options = java.util.regex.Pattern.compile("JAVA_TOOL_OPTIONS: \"([^\"]*)\"")
			.matcher(Files.readString(Path.of("docker-compose.yml")));
		return options.find() ? List.of(options.group(1).trim().split("\\s+")) : List.of();
	}

	String url() {
		return "http://localhost:" + port;
	}

	private void awaitReady(Duration timeout) throws Exception {
		var client = HttpClient.newHttpClient();
		var request = HttpRequest.newBuilder(URI.create(url() + "/actuator/health/readiness")).build();
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException("the hub stopped during start; see " + log + ":\n" + tail());
			}
			try {
				if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
					return;
				}
			}
			catch (IOException notYet) {
				// not listening yet
			}
			Thread.sleep(250);
		}
		throw new IllegalStateException("the hub was not ready within " + timeout + "; see " + log);
	}

	String tail() throws IOException {
		var lines = Files.readAllLines(log);
		return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
	}

	/**
	 * With BENCH_JFR=dir set, records a JDK Flight Recorder profile of the next {@code seconds} into
	 * dir/name.jfr (jcmd JFR.start), for the measured window only. BENCH_JFR_SETTINGS names other JFR settings
	 * (a .jfc file): "profile" records much more than CPU samples, and on 2 cores that costs throughput.
	 */
	void profile(String name, int seconds) throws Exception {
		String profiler = System.getenv("BENCH_ASPROF");
		if (profiler != null && !profiler.isBlank()) {
			asyncProfile(profiler, name, seconds);
			return;
		}
		String dir = System.getenv("BENCH_JFR");
		if (dir == null || dir.isBlank()) {
			return;
		}
		Path file = Path.of(dir).toAbsolutePath().resolve(name + ".jfr");
		Files.createDirectories(file.getParent());
		String settings = System.getenv().getOrDefault("BENCH_JFR_SETTINGS", "profile");
		Process jcmd = new ProcessBuilder("jcmd", Long.toString(process.pid()), "JFR.start", "settings=" + settings,
				"duration=" + seconds + "s", "filename=" + file).redirectErrorStream(true).start();
		jcmd.getInputStream().readAllBytes();
		jcmd.waitFor();
		System.out.println("   profiling into " + file);
	}

	/**
	 * BENCH_ASPROF=path/to/libasyncProfiler.so (async-profiler, from Maven Central's tools.profiler:async-profiler
	 * jar) samples CPU time with timer signals instead: cheap where JFR's sampler costs the hub much of its throughput.
	 * Writes collapsed stacks (one line per stack, for flame graphs) to target/bench/name.collapsed.
	 */
	private void asyncProfile(String library, String name, int seconds) throws Exception {
		Path file = Path.of("target/bench").toAbsolutePath().resolve(name + ".collapsed");
		agent(library, "start,event=itimer,interval=2ms,threads");
		System.out.println("   profiling into " + file);
		Thread stop = new Thread(() -> {
			try {
				Thread.sleep(seconds * 1000L);
				agent(library, "stop,collapsed,file=" + file);
			}
			catch (Exception ex) {
				System.out.println("   profiling failed: " + ex.getMessage());
			}
		});
		stop.setDaemon(true);
		stop.start();
	}

	private void agent(String library, String arguments) throws Exception {
		// Quoted: jcmd would otherwise read the '=' in the agent's options as its own name=value arguments.
		Process jcmd = new ProcessBuilder("jcmd", Long.toString(process.pid()), "JVMTI.agent_load", library,
				"\"" + arguments + "\"")
			.redirectErrorStream(true)
			.start();
		jcmd.getInputStream().readAllBytes();
		jcmd.waitFor();
	}

	double cpuSeconds() throws IOException {
		return ProcStats.cpuSeconds(process.pid());
	}

	java.util.Map<String, Double> threadCpuSeconds() throws IOException {
		return ProcStats.threadCpuSeconds(process.pid());
	}

	double peakRssMiB() throws IOException {
		return ProcStats.peakRssMiB(process.pid());
	}

	/** A graceful stop (SIGTERM), as an orchestrator does it; H2 closes (and compacts) its file. */
	@Override
	public void close() throws InterruptedException {
		process.destroy();
		if (!process.waitFor(90, java.util.concurrent.TimeUnit.SECONDS)) {
			process.destroyForcibly().waitFor();
		}
	}

}
