package bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One reported figure: its value in each run and the raw baseline measured in the same runs. The table shows the
 * median with min and max, the baseline's median and the ratio between them, and the target.
 */
record Figure(String id, String name, String unit, List<Double> runs, String baselineName,
		List<Double> baselineRuns, Target target, String note) {

	/** {@code atLeast} true: the figure must reach the value; false: it must stay at or below it. */
	record Target(double value, boolean atLeast, String text) {

		static Target atLeast(double value, String text) {
			return new Target(value, true, text);
		}

		static Target atMost(double value, String text) {
			return new Target(value, false, text);
		}

	}

	static Figure notMeasured(String id, String name, String unit, Target target, String why) {
		return new Figure(id, name, unit, List.of(), null, List.of(), target, why);
	}

	double median() {
		return median(runs);
	}

	double baselineMedian() {
		return median(baselineRuns);
	}

	double min() {
		return runs.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
	}

	double max() {
		return runs.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
	}

	/** The figure against its baseline; for "growth" figures the baseline is the same figure at 0. */
	double ratio() {
		return median() / baselineMedian();
	}

	/** Checked against the figure's own target value, or, for a target given as a ratio, against the ratio. */
	Boolean met() {
		if (target == null || runs.isEmpty()) {
			return null;
		}
		double value = target.text().endsWith("%") ? ratio() * 100 : median();
		return target.atLeast() ? value >= target.value() : value <= target.value();
	}

	static double median(List<Double> values) {
		if (values.isEmpty()) {
			return Double.NaN;
		}
		var sorted = new ArrayList<>(values);
		sorted.sort(Double::compare);
		int n = sorted.size();
		return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
	}

	static String format(double value) {
		if (Double.isNaN(value)) {
			return "-";
		}
		if (Double.isInfinite(value)) {
			return "never";
		}
		if (Math.abs(value) >= 100) {
			return String.format(Locale.ROOT, "%,.0f", value);
		}
		if (Math.abs(value) >= 10) {
			return String.format(Locale.ROOT, "%.1f", value);
		}
		return String.format(Locale.ROOT, "%.2f", value);
	}

}
