package bench;

import java.util.ArrayList;
import java.util.List;

/**
 * Intake alone: three-line orders for a pull-only supplier (nothing to deliver), posted by wrk with many connections,
 * each run next to a run of the same requests against the raw hop.
 */
final class IntakeScenario {

	private IntakeScenario() {
	}

	/** Measures and adds the figures; returns the intake rate of each run. */
	static List<Double> run(Context ctx, HubProcess hub, String db, String label, Figure.Target target,
			boolean details) throws Exception {
		warmUp(ctx, hub, db, label, ctx.settings.warmupSeconds());
		return measure(ctx, hub, db, label, target, details);
	}

	/** As {@link #run}, on a hub that has been under load already: its compiler has settled. */
	static List<Double> runWarm(Context ctx, HubProcess hub, String db, String label) throws Exception {
		warmUp(ctx, hub, db, label, 10);
		return measure(ctx, hub, db, label, null, false);
	}

	private static List<Double> measure(Context ctx, HubProcess hub, String db, String label, Figure.Target target,
			boolean details) throws Exception {
		Settings s = ctx.settings;
		long storedBefore = ctx.stored;
		List<Double> rates = new ArrayList<>(), p50 = new ArrayList<>(), p99 = new ArrayList<>(),
				cpu = new ArrayList<>();
		List<Double> rawRates = new ArrayList<>(), rawP50 = new ArrayList<>(), rawP99 = new ArrayList<>(),
				rawCpu = new ArrayList<>();
		// A growth figure's baseline is the first intake figure: its runs need no raw hop of their own.
		boolean withRaw = target != null || details;
		for (int run = 1; run <= s.runs(); run++) {
			if (withRaw) {
				double rawCpuBefore = ctx.raw.cpuSeconds();
				var raw = Wrk.post(ctx.raw.url(), ctx.workspace.orderFile("bench-pull"), "raw", "R", s.connections(),
						s.rawSeconds());
				rawCpu.add((ctx.raw.cpuSeconds() - rawCpuBefore) / raw.requests() * 1000);
				rawRates.add(raw.perSecond());
				rawP50.add(raw.p50Millis());
				rawP99.add(raw.p99Millis());
			}

			if (run == 1) {
				hub.profile("intake-" + db, s.intakeSeconds());
			}
			double cpuBefore = hub.cpuSeconds();
			var threadsBefore = hub.threadCpuSeconds();
			var result = Wrk.post(hub.url(), ctx.workspace.orderFile("bench-pull"), ctx.workspace.retailerKey,
					"I" + db + run + "-" + System.nanoTime(), s.connections(), s.intakeSeconds());
			double used = hub.cpuSeconds() - cpuBefore;
			if (run == 1) {
				ctx.notes.add("hub CPU by thread, intake on %s: %s".formatted(label,
						ProcStats.busiest(threadsBefore, hub.threadCpuSeconds(), 8)));
			}
			ctx.stored += result.created();
			if (result.not201() + result.socketErrors() > 0) {
				ctx.notes.add("intake on %s run %d: %d answers were not 201, %d socket errors".formatted(label, run,
						result.not201(), result.socketErrors()));
			}
			rates.add(result.created() / result.seconds());
			p50.add(result.p50Millis());
			p99.add(result.p99Millis());
			cpu.add(used / Math.max(1, result.created()) * 1000);
			System.out.printf("   run %d: raw %s req/s, intake %.0f orders/s (p50 %.1f ms, p99 %.1f ms)%n", run,
					withRaw ? "%.0f".formatted(rawRates.get(run - 1)) : "-", result.created() / result.seconds(),
					result.p50Millis(), result.p99Millis());
		}
		if (ctx.rawRates.isEmpty()) {
			ctx.rawRates.addAll(rawRates);
		}
		String conns = s.connections() + " connections";
		ctx.add(new Figure("intake." + db + ".rate", "intake, " + label + ", " + conns, "orders/s", rates,
				"raw hop, req/s", rawRates, target, "%,d orders stored when the runs began (the warm-up's)"
					.formatted(storedBefore)));
		if (details) {
			ctx.add(new Figure("intake." + db + ".p50", "intake p50 latency, " + label, "ms", p50, "raw hop p50",
					rawP50, null, null));
			ctx.add(new Figure("intake." + db + ".p99", "intake p99 latency, " + label, "ms", p99, "raw hop p99",
					rawP99, null, null));
			ctx.add(new Figure("resources." + db + ".cpu", "CPU per 1,000 orders, intake, " + label, "CPU s", cpu,
					"raw hop per 1,000 req", rawCpu, null, null));
		}
		return rates;
	}

	/**
	 * Loads the hub until its JIT compiler has settled: slices of 10 s, at least the settings' warm-up, then on until
	 * the compiler threads took under 10% of the hub's CPU in a slice (at most three times the minimum). Under this
	 * load on two cores C2 took a quarter of the hub's CPU for about 100 s, then under 5%, and the rate doubled: a
	 * fixed 40 s measured the compiler, not the hub. A hub already warm (see {@link #runWarm}) needs one slice.
	 */
	private static void warmUp(Context ctx, HubProcess hub, String db, String label, int least) throws Exception {
		Settings s = ctx.settings;
		int slice = 10;
		int most = s.warmupSeconds() * 3;
		var rates = new ArrayList<Long>();
		var compiling = new ArrayList<Long>();
		int spent = 0;
		while (spent < most) {
			var threadsBefore = hub.threadCpuSeconds();
			var warm = Wrk.post(hub.url(), ctx.workspace.orderFile("bench-pull"), ctx.workspace.retailerKey,
					"W" + db + System.nanoTime(), s.connections(), slice);
			double compilerShare = ProcStats.share(threadsBefore, hub.threadCpuSeconds(), "CN CompilerThre");
			ctx.stored += warm.created();
			spent += slice;
			rates.add(Math.round(warm.created() / warm.seconds()));
			compiling.add(Math.round(compilerShare * 100));
			if (spent >= least && compilerShare < 0.10) {
				break;
			}
		}
		String summary = "warm-up %d s; per %d s: orders/s %s, JIT compiler %% of the hub's CPU %s".formatted(spent,
				slice, rates, compiling);
		Context.log("intake on %s: %s", label, summary);
		ctx.notes.add("intake on %s: %s".formatted(label, summary));
	}

}
