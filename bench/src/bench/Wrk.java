package bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Closed-loop load with wrk and bench/post-order.lua: every request posts a new order. wrk, not a JDK client, so the
 * load generator takes little of the two cores the hub runs on.
 */
final class Wrk {

	private static final Pattern FIELD = Pattern.compile("\"(\\w+)\":(\\d+)");

	record Result(long requests, double seconds, double p50Millis, double p99Millis, long not201, long socketErrors) {

		double perSecond() {
			return requests / seconds;
		}

		long created() {
			return requests - not201;
		}

	}

	private Wrk() {
	}

	static Result post(String url, Path order, String key, String prefix, int connections, int seconds)
			throws Exception {
		return run(url, order, key, prefix, connections, seconds, null);
	}

	/** Posts {@code count} orders (rounded up to a multiple of wrk's two threads) as fast as they are answered. */
	static Result postCount(String url, Path order, String key, String prefix, int connections, int count)
			throws Exception {
		return run(url, order, key, prefix, connections, 600, (count + THREADS - 1) / THREADS);
	}

	private static final int THREADS = 2;

	private static Result run(String url, Path order, String key, String prefix, int connections, int seconds,
			Integer perThread) throws Exception {
		var builder = new ProcessBuilder("wrk", "-t" + THREADS, "-c" + connections, "-d" + seconds + "s",
				"--latency", "--timeout", "30s", "-s", "bench/post-order.lua", url)
			.redirectErrorStream(true);
		if (perThread != null) {
			builder.environment().put("BENCH_COUNT", perThread.toString());
		}
		builder.environment().put("BENCH_ORDER", order.toString());
		builder.environment().put("BENCH_KEY", key);
		builder.environment().put("BENCH_PREFIX", prefix);
		Process wrk = builder.start();
		var lines = new StringBuilder();
		try (var reader = wrk.inputReader(StandardCharsets.UTF_8)) {
			int threadsDone = 0;
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				lines.append(line).append('\n');
				if (line.equals("BENCH-THREAD-DONE") && ++threadsDone == THREADS) {
					// SIGINT ends wrk's run at once; it still prints its summary and the script's BENCH line.
					new ProcessBuilder("kill", "-INT", Long.toString(wrk.pid())).start().waitFor();
				}
			}
		}
		String out = lines.toString();
		if (wrk.waitFor() != 0) {
			throw new IllegalStateException("wrk failed:\n" + out);
		}
		String line = out.lines()
			.filter(l -> l.startsWith("BENCH "))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("wrk printed no summary:\n" + out));
		Matcher m = FIELD.matcher(line);
		var values = new java.util.HashMap<String, Long>();
		while (m.find()) {
			values.put(m.group(1), Long.parseLong(m.group(2)));
		}
		return new Result(values.get("requests"), values.get("durationMicros") / 1e6, values.get("p50Micros") / 1e3,
				values.get("p99Micros") / 1e3, values.get("not201"), values.get("socketErrors"));
	}

}
