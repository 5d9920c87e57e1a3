package bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Prints the one table and writes target/bench/results.json. */
final class Report {

	private Report() {
	}

	static String table(List<Figure> figures) {
		var out = new StringBuilder();
		out.append("| figure | median | min - max | baseline (median) | vs baseline | target | met |\n");
		out.append("| --- | --- | --- | --- | --- | --- | --- |\n");
		for (Figure f : figures) {
			if (f.runs().isEmpty()) {
				out.append(String.format("| %s | not measured: %s | | | | %s | |%n", f.name(), f.note(),
						f.target() == null ? "" : f.target().text()));
				continue;
			}
			String baseline = f.baselineName() == null ? "-"
					: Figure.format(f.baselineMedian()) + " " + f.unit() + " (" + f.baselineName() + ")";
			String ratio = f.baselineName() == null ? "-"
					: String.format(Locale.ROOT, "%.1f%%", f.ratio() * 100);
			Boolean met = f.met();
			out.append(String.format("| %s | %s %s | %s - %s | %s | %s | %s | %s |%n", f.name(),
					Figure.format(f.median()), f.unit(), Figure.format(f.min()), Figure.format(f.max()), baseline,
					ratio, f.target() == null ? "" : f.target().text(),
					met == null ? "" : met ? "yes" : "**no**"));
		}
		return out.toString();
	}

	static void writeJson(Path file, String mode, int runs, List<Figure> figures, List<String> notes)
			throws Exception {
		String body = figures.stream().map(Report::json).collect(Collectors.joining(",\n    "));
		String noteList = notes.stream().map(Report::quote).collect(Collectors.joining(", "));
		Files.createDirectories(file.getParent());
		Files.writeString(file, """
				{
				  "mode": %s,
				  "finishedAt": %s,
				  "runsPerFigure": %d,
				  "cpus": %d,
				  "notes": [%s],
				  "figures": [
				    %s
				  ]
				}
				""".formatted(quote(mode), quote(Instant.now().toString()), runs,
				Runtime.getRuntime().availableProcessors(), noteList, body));
	}

	private static String json(Figure f) {
		return String.format(Locale.ROOT,
				"{\"id\": %s, \"name\": %s, \"unit\": %s, \"runs\": %s, \"median\": %s, \"min\": %s, \"max\": %s, "
						+ "\"baseline\": %s, \"baselineRuns\": %s, \"baselineMedian\": %s, \"ratio\": %s, "
						+ "\"target\": %s, \"met\": %s, \"note\": %s}",
				quote(f.id()), quote(f.name()), quote(f.unit()), numbers(f.runs()), number(f.median()),
				number(f.min()), number(f.max()), quote(f.baselineName()), numbers(f.baselineRuns()),
				number(f.baselineMedian()), f.baselineName() == null ? "null" : number(f.ratio()),
				f.target() == null ? "null" : quote(f.target().text()), f.met(), quote(f.note()));
	}

	private static String numbers(List<Double> values) {
		return values.stream().map(Report::number).collect(Collectors.joining(", ", "[", "]"));
	}

	private static String number(double value) {
		return Double.isNaN(value) ? "null" : Double.isInfinite(value) ? "\"never\""
				: String.format(Locale.ROOT, "%.3f", value);
	}

	private static String quote(String text) {
		if (text == null) {
			return "null";
		}
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
	}

}
