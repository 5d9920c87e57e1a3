package bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** CPU time and peak memory of a process, from /proc (Linux). */
final class ProcStats {

	private ProcStats() {
	}

	/** User + system CPU seconds the process has used so far. */
	static double cpuSeconds(long pid) throws IOException {
		String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
		String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
		// fields[0] is field 3 (state); utime and stime are fields 14 and 15, in clock ticks of 1/100 s.
		return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
	}

	/** CPU seconds used so far by each thread of the process, summed by thread name (digits folded to N). */
	static java.util.Map<String, Double> threadCpuSeconds(long pid) throws IOException {
		var byName = new java.util.TreeMap<String, Double>();
		try (var tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
			for (Path task : tasks.toList()) {
				String stat;
				try {
					stat = Files.readString(task.resolve("stat"));
				}
				catch (IOException gone) {
					continue;
				}
				String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')).replaceAll("\\d+", "N");
				String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
				double seconds = (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
				byName.merge(name, seconds, Double::sum);
			}
		}
		return byName;
	}

	/** Where the CPU went between two {@link #threadCpuSeconds} readings: the busiest thread groups, with shares. */
	static String busiest(java.util.Map<String, Double> before, java.util.Map<String, Double> after, int top) {
		var used = new java.util.HashMap<String, Double>();
		after.forEach((name, seconds) -> used.put(name, seconds - before.getOrDefault(name, 0.0)));
		double total = used.values().stream().mapToDouble(Double::doubleValue).sum();
		return used.entrySet()
			.stream()
			.sorted(java.util.Map.Entry.<String, Double>comparingByValue().reversed())
			.limit(top)
			.map(e -> String.format(java.util.Locale.ROOT, "%s %.0f%%", e.getKey().trim(), 100 * e.getValue() / total))
			.collect(java.util.stream.Collectors.joining(", "));
	}

	/** The share (0 to 1) of the CPU between two {@link #threadCpuSeconds} readings taken by one thread group. */
	static double share(java.util.Map<String, Double> before, java.util.Map<String, Double> after, String group) {
		double total = 0;
		double ofGroup = 0;
		for (var thread : after.entrySet()) {
			double used = thread.getValue() - before.getOrDefault(thread.getKey(), 0.0);
			total += used;
			if (thread.getKey().trim().equals(group)) {
				ofGroup += used;
			}
		}
		return total > 0 ? ofGroup / total : 0;
	}

	/** The peak resident set size so far (VmHWM), in MiB. */
	static double peakRssMiB(long pid) throws IOException {
		for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
			if (line.startsWith("VmHWM:")) {
				return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
			}
		}
		return Double.NaN;
	}

}
