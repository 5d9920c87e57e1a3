package bench;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * Orders through a push channel to a real peer: how many deliveries a second arrive end to end (a batch of orders
 * posted as fast as the hub takes them, timed until the last one arrived), and the latency from the start of each
 * intake request to its webhook's arrival at a steady rate.
 */
final class DeliveryScenarios {

	private DeliveryScenarios() {
	}

	static void webhookThroughput(Context ctx, HubProcess hub, String label) throws Exception {
		Settings s = ctx.settings;
		Context.log("webhook end to end on %s: %d runs of %d orders, after a warm-up", label, s.runs(),
				s.webhookBatch());
		warmUpDeliveries(ctx, hub, label);
		var rates = new ArrayList<Double>();
		var cpu = new ArrayList<Double>();
		var threadsBefore = hub.threadCpuSeconds();
		for (int run = 1; run <= s.runs(); run++) {
			if (run == 1) {
				hub.profile("webhook-" + label, 4);
			}
			double cpuBefore = hub.cpuSeconds();
			double rate = throughput(ctx, hub, "bench-webhook", "WH" + run + "-" + System.nanoTime(),
					s.webhookBatch(), ctx.webhooks::received, ctx.webhooks::lastArrivalNanos);
			rates.add(rate);
			cpu.add((hub.cpuSeconds() - cpuBefore) / s.webhookBatch() * 1000);
			System.out.printf("   run %d: %.0f deliveries/s%n", run, rate);
		}
		var threadsAfter = hub.threadCpuSeconds();
		ctx.notes.add("webhook on %s: the JIT compiler took %.0f%% of the hub's CPU during the runs; by thread: %s"
			.formatted(label, 100 * ProcStats.share(threadsBefore, threadsAfter, "CN CompilerThre"),
					ProcStats.busiest(threadsBefore, threadsAfter, 8)));
		ctx.add(new Figure("webhook." + label + ".rate", "webhook deliveries end to end, " + label, "deliveries/s",
				rates, "raw hop, req/s", ctx.rawRates, Figure.Target.atLeast(2500, ">= 2,500/s"), null));
		ctx.add(new Figure("resources." + label + ".cpuWebhook",
				"CPU per 1,000 orders, intake + webhook, " + label, "CPU s", cpu, null, List.of(), null, null));
	}

	/**
	 * Batches of webhook orders until the JIT compiler has settled on the delivery path: until it took under 10% of
	 * the hub's CPU in a batch, for at most 60 s. Intake's warm-up leaves the delivery path cold (the HTTP client,
	 * signing, claims and records); after a fixed quarter batch the runs measured C2 taking 27-40% of the hub's CPU.
	 * Under steady load it settled after about 30 s (25,000 deliveries on H2).
	 */
	private static void warmUpDeliveries(Context ctx, HubProcess hub, String label) throws Exception {
		var rates = new ArrayList<Long>();
		var compiling = new ArrayList<Long>();
		long until = System.nanoTime() + 60_000_000_000L;
		for (int batch = 1; System.nanoTime() < until; batch++) {
			var threadsBefore = hub.threadCpuSeconds();
			double rate = throughput(ctx, hub, "bench-webhook", "WHW" + batch + "-" + System.nanoTime(),
					ctx.settings.webhookBatch(), ctx.webhooks::received, ctx.webhooks::lastArrivalNanos);
			double compilerShare = ProcStats.share(threadsBefore, hub.threadCpuSeconds(), "CN CompilerThre");
			rates.add(Math.round(rate));
			compiling.add(Math.round(compilerShare * 100));
			if (compilerShare < 0.10) {
				break;
			}
		}
		String summary = "warm-up of %d batches; deliveries/s %s, JIT compiler %% of the hub's CPU %s"
			.formatted(rates.size(), rates, compiling);
		Context.log("webhook on %s: %s", label, summary);
		ctx.notes.add("webhook on %s: %s".formatted(label, summary));
	}

	static void email(Context ctx, HubProcess hub, String label) throws Exception {
		Settings s = ctx.settings;
		Context.log("email on %s: %d runs of %d orders, after %d to warm up; raw baseline: JavaMail straight to the "
				+ "same server", label, s.runs(), s.emailBatch(), s.emailBatch() / 4);
		throughput(ctx, hub, "bench-email", "EMW-" + System.nanoTime(), s.emailBatch() / 4, ctx.mail::received,
				ctx.mail::lastArrivalNanos);
		ctx.mail.purge();
		var rates = new ArrayList<Double>();
		var raw = new ArrayList<Double>();
		for (int run = 1; run <= s.runs(); run++) {
			raw.add(RawMail.sendRate(ctx.mail.port(), s.rawSeconds()));
			double rate = throughput(ctx, hub, "bench-email", "EM" + run + "-" + System.nanoTime(), s.emailBatch(),
					ctx.mail::received, ctx.mail::lastArrivalNanos);
			rates.add(rate);
			ctx.mail.purge();
			System.out.printf("   run %d: raw %.0f emails/s, hub %.0f emails/s%n", run, raw.get(run - 1), rate);
		}
		ctx.add(new Figure("email." + label + ".rate", "email, " + label, "emails/s", rates,
				"raw JavaMail send, emails/s", raw, Figure.Target.atLeast(200, ">= 200/s"), null));
	}

	/** Posts the batch and waits until the peer has it all; deliveries per second from first post to last arrival. */
	private static double throughput(Context ctx, HubProcess hub, String supplier, String prefix, int count,
			LongSupplier received, LongSupplier lastArrival) throws Exception {
		long before = received.getAsLong();
		long start = System.nanoTime();
		var posted = Wrk.postCount(hub.url(), ctx.workspace.orderFile(supplier), ctx.workspace.retailerKey, prefix,
				ctx.settings.connections(), count);
		long end = System.nanoTime();
		ctx.stored += posted.created();
		long expected = before + posted.created();
		long deadline = System.nanoTime() + 300_000_000_000L;
		while (received.getAsLong() < expected && System.nanoTime() < deadline) {
			Thread.sleep(20);
		}
		long arrived = received.getAsLong() - before;
		if (arrived < posted.created() || posted.not201() + posted.socketErrors() > 0) {
			ctx.notes.add("%s: %d of %d orders accepted, %d delivered within 5 minutes".formatted(prefix,
					posted.created(), count, arrived));
		}
		double seconds = (lastArrival.getAsLong() - start) / 1e9;
		System.out.printf("   %s: %d posted in %.1f s (%.0f orders/s), the last arrived after %.1f s%n", prefix,
				posted.created(), (end - start) / 1e9, posted.created() / ((end - start) / 1e9), seconds);
		return Math.min(arrived, posted.created()) / seconds;
	}

	static void webhookLatency(Context ctx, HubProcess hub, String label) throws Exception {
		Settings s = ctx.settings;
		Context.log("webhook latency on %s: %d orders/s for %ds, intake request start to arrival", label,
				s.steadyRate(), s.steadySeconds());
		String json = ctx.workspace.orderJson("bench-webhook");
		var p50 = new ArrayList<Double>();
		var p99 = new ArrayList<Double>();
		var rawP99 = new ArrayList<Double>();
		for (int run = 1; run <= s.runs(); run++) {
			// The raw hop's p99 at this rate holds still: a third of the hub's run is enough for it.
			var raw = SteadyLoad.post(ctx.raw.url(), json, "raw", "RS", s.steadyRate(),
					Math.max(5, s.steadySeconds() / 3));
			rawP99.add(SteadyLoad.percentileMillis(raw.dueNanos(), raw.answeredNanos(), 99));
			String prefix = "ST" + run + "-" + System.nanoTime();
			ctx.webhooks.track(prefix);
			if (run == 1) {
				hub.profile("latency-" + label, s.steadySeconds());
			}
			var sent = SteadyLoad.post(hub.url(), json, ctx.workspace.retailerKey, prefix, s.steadyRate(),
					s.steadySeconds());
			ctx.stored += sent.dueNanos().size() - sent.not201();
			long deadline = System.nanoTime() + 60_000_000_000L;
			while (ctx.webhooks.arrivals().size() < sent.dueNanos().size() - sent.not201()
					&& System.nanoTime() < deadline) {
				Thread.sleep(20);
			}
			p50.add(SteadyLoad.percentileMillis(sent.dueNanos(), ctx.webhooks.arrivals(), 50));
			p99.add(SteadyLoad.percentileMillis(sent.dueNanos(), ctx.webhooks.arrivals(), 99));
			if (sent.not201() > 0) {
				ctx.notes.add("steady run %d: %d answers were not 201".formatted(run, sent.not201()));
			}
			System.out.printf("   run %d: raw hop p99 %.1f ms; intake to webhook p50 %.1f ms, p99 %.1f ms "
					+ "(intake answered p99 %.1f ms)%n", run, rawP99.get(run - 1), p50.get(run - 1), p99.get(run - 1),
					SteadyLoad.percentileMillis(sent.dueNanos(), sent.answeredNanos(), 99));
		}
		ctx.add(new Figure("webhook." + label + ".p99", "p99 intake to webhook arrival at %d orders/s, %s"
			.formatted(s.steadyRate(), label), "ms", p99, "raw hop p99 at the same rate", rawP99,
				Figure.Target.atMost(100, "<= 100 ms"), null));
		ctx.add(new Figure("webhook." + label + ".p50", "p50 intake to webhook arrival at %d orders/s, %s"
			.formatted(s.steadyRate(), label), "ms", p50, null, List.of(), null, null));
	}

}
