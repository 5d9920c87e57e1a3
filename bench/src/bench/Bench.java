package bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * bench/run.sh: the hub's one benchmark. Starts the packaged hub as in production (prod profile, an H2 file on
 * disk, then the local PostgreSQL) next to real peers in this JVM (a webhook receiver, GreenMail's SMTP server, an
 * SFTP server once that channel exists) and a raw JDK HTTP server in a JVM of its own as the baseline, then prints
 * one table and writes target/bench/results.json.
 */
public final class Bench {

	private static final List<String> ALL = List.of("intake", "webhook", "latency", "email", "sftp", "store",
			"growth", "postgres");

	private static final List<String> QUICK = List.of("intake", "webhook", "latency", "email", "store");

	private Bench() {
	}

	public static void main(String[] args) throws Exception {
		long started = System.nanoTime();
		Settings settings = Settings.of(args.length == 0 ? "quick" : args[0]);
		Set<String> scenarios = new LinkedHashSet<>(List.of(args).subList(Math.min(1, args.length), args.length));
		if (scenarios.isEmpty()) {
			scenarios.addAll(settings.mode().equals("all") ? ALL : QUICK);
		}
		Path root = Path.of("").toAbsolutePath();
		var workspace = new Workspace(root, root.resolve("target/order-dispatch-hub-0.1.0-SNAPSHOT.jar"),
				root.resolve("target/bench/classes"));
		try (var webhooks = new WebhookReceiver(Workspace.freePort());
				var mail = new MailPeer(Workspace.freePort());
				var raw = RawHopProcess.start(workspace.classes, Workspace.freePort())) {
			workspace.writeConfig(webhooks.url("/webhooks/bench-webhook"), Workspace.freePort());
			var ctx = new Context(workspace, settings, raw, webhooks, mail);
			ctx.notes.add("machine: %d CPUs; hub, peers, load generators and the raw baseline share them"
				.formatted(Runtime.getRuntime().availableProcessors()));
			List<Double> rateAtZero = List.of();
			String h2Url = workspace.shippedH2Url(workspace.work.resolve("h2/hub"));
			Path h2File = workspace.work.resolve("h2/hub.mv.db");
			if (scenarios.stream().anyMatch(s -> !s.equals("postgres"))) {
				rateAtZero = embedded(ctx, scenarios, h2Url, h2File);
			}
			if (scenarios.contains("growth")) {
				growth(ctx, h2Url, rateAtZero);
			}
			if (scenarios.contains("postgres")) {
				postgres(ctx);
			}
			ctx.figures.add(new Figure("rawhop.rss", "raw hop JVM, peak RSS (for scale)", "MiB",
					List.of(raw.peakRssMiB()), null, List.of(), null, null));
			double minutes = (System.nanoTime() - started) / 60e9;
			ctx.notes.add("bench run took %.1f minutes".formatted(minutes));
			System.out.println();
			System.out.print(Report.table(ctx.figures));
			ctx.notes.forEach(note -> System.out.println("note: " + note));
			Path json = root.resolve("target/bench/results.json");
			Report.writeJson(json, settings.mode(), settings.runs(), ctx.figures, ctx.notes);
			System.out.println("written: " + root.relativize(json));
		}
	}

	/** The embedded default on a fresh file: intake, each channel, then what the file and the process hold. */
	private static List<Double> embedded(Context ctx, Set<String> scenarios, String url, Path file) throws Exception {
		var ws = ctx.workspace;
		Files.createDirectories(file.getParent());
		Context.log("H2 file %s", url);
		List<Double> rates = List.of();
		try (var hub = startHub(ctx, url, "sa", "", "h2")) {
			ctx.stored = 0;
			if (scenarios.contains("intake") || scenarios.contains("growth")) {
				rates = IntakeScenario.run(ctx, hub, "h2", "H2 file",
						Figure.Target.atLeast(5000, ">= 5,000/s (10% of raw)"), true);
			}
			if (scenarios.contains("webhook")) {
				DeliveryScenarios.webhookThroughput(ctx, hub, "h2");
			}
			if (scenarios.contains("latency")) {
				DeliveryScenarios.webhookLatency(ctx, hub, "h2");
			}
			if (scenarios.contains("email")) {
				DeliveryScenarios.email(ctx, hub, "h2");
			}
			if (scenarios.contains("sftp")) {
				SftpScenario.run(ctx, hub, "h2");
			}
			if (scenarios.contains("growth")) {
				// The scenarios before have stored this many already: measured here, the hub needs no second warm-up.
				for (int size : ctx.settings.growth()) {
					if (ctx.stored >= size) {
						long stored = ctx.stored;
						growthFigure(ctx, size, stored, IntakeScenario.runWarm(ctx, hub, "h2-" + size,
								"H2 file, %,d stored".formatted(stored)), rates);
					}
				}
			}
			ctx.add(new Figure("resources.h2.rss", "hub peak RSS, whole H2 run", "MiB", List.of(hub.peakRssMiB()),
					"raw hop JVM", List.of(ctx.raw.peakRssMiB()), Figure.Target.atMost(768, "<= 768 MiB"),
					"one value per bench run"));
			if (scenarios.contains("store")) {
				ctx.add(new Figure("store.h2.running", "H2 bytes per stored order, after the load, hub running",
						"bytes", List.of((double) Files.size(file) / Math.max(1, ctx.stored)), null, List.of(),
						Figure.Target.atMost(4096, "<= 4 KB"), "%d orders; one value per bench run".formatted(ctx.stored)));
			}
		}
		if (scenarios.contains("store")) {
			ctx.add(new Figure("store.h2.stopped", "H2 bytes per stored order, after a clean stop", "bytes",
					List.of((double) Files.size(file) / Math.max(1, ctx.stored)), null, List.of(), null,
					"H2 compacts the file when it closes"));
		}
		return rates;
	}

	/** The intake rate with many orders already stored, against the rate on an (almost) empty store. */
	private static void growth(Context ctx, String url, List<Double> rateAtZero) throws Exception {
		for (int size : ctx.settings.growth()) {
			String id = "growth.h2." + size;
			if (ctx.figures.stream().anyMatch(figure -> figure.id().equals(id))) {
				continue;
			}
			long seedTo = Math.max(0, size - ctx.stored);
			long seedStart = System.nanoTime();
			long added = Seeder.seedTo(url, "sa", "", seedTo);
			ctx.stored += added;
			Context.log("growth: %,d orders stored (%,d seeded in %.0f s)", ctx.stored, added,
					(System.nanoTime() - seedStart) / 1e9);
			try (var hub = startHub(ctx, url, "sa", "", "h2-" + size)) {
				long stored = ctx.stored;
				growthFigure(ctx, size, stored, IntakeScenario.run(ctx, hub, "h2-" + size,
						"H2 file, %,d stored".formatted(stored), null, false), rateAtZero);
			}
		}
	}

	/**
	 * Replaces the intake figure just added with the growth figure made of the same rates, named by the orders
	 * really stored when its warm-up began (at least {@code size}). The first intake figure is its baseline: a warm
	 * hub cannot be measured at 0 stored, its warm-up stores 100,000 orders or more.
	 */
	private static void growthFigure(Context ctx, int size, long stored, List<Double> rates, List<Double> first) {
		ctx.figures.remove(ctx.figures.size() - 1);
		ctx.add(new Figure("growth.h2." + size, "intake with %,d orders stored, H2 file".formatted(stored),
				"orders/s", rates, "first intake figure", first,
				size >= 1_000_000 ? Figure.Target.atLeast(80, ">= 80%") : null,
				"the step of %,d stored orders".formatted(size)));
	}

	private static void postgres(Context ctx) throws Exception {
		if (!LocalPostgres.installed()) {
			ctx.add(Figure.notMeasured("intake.pg.rate", "intake, PostgreSQL", "orders/s",
					Figure.Target.atLeast(2500, ">= 2,500/s"), "no local PostgreSQL (apt-get install postgresql)"));
			return;
		}
		try (var pg = LocalPostgres.start(ctx.workspace.adminPassword)) {
			pg.fresh();
			Context.log("PostgreSQL %s (synchronous_commit %s)", pg.url(), pg.setting("synchronous_commit"));
			try (var hub = startHub(ctx, pg.url(), LocalPostgres.USER, pg.password, "pg")) {
				long empty = pg.databaseBytes();
				ctx.stored = 0;
				IntakeScenario.run(ctx, hub, "pg", "PostgreSQL", Figure.Target.atLeast(2500, ">= 2,500/s"), true);
				if (ctx.settings.mode().equals("all")) {
					DeliveryScenarios.webhookThroughput(ctx, hub, "pg");
				}
				ctx.add(new Figure("store.pg", "PostgreSQL bytes per stored order", "bytes",
						List.of((double) (pg.databaseBytes() - empty) / Math.max(1, ctx.stored)), null, List.of(),
						null, "%d orders; one value per bench run".formatted(ctx.stored)));
				ctx.add(new Figure("resources.pg.rss", "hub peak RSS, PostgreSQL run", "MiB",
						List.of(hub.peakRssMiB()), "raw hop JVM", List.of(ctx.raw.peakRssMiB()),
						Figure.Target.atMost(768, "<= 768 MiB"), "one value per bench run"));
			}
		}
	}

	private static HubProcess startHub(Context ctx, String url, String user, String password, String name)
			throws Exception {
		var env = ctx.workspace.hubEnvironment(url, user, password, ctx.mail.port());
		long start = System.nanoTime();
		var hub = HubProcess.start(ctx.workspace.jar, Workspace.freePort(), env,
				ctx.workspace.work.resolve("hub-" + name + ".log"));
		Context.log("hub started in %.1f s (log %s)", (System.nanoTime() - start) / 1e9,
				ctx.workspace.root.relativize(hub.log));
		return hub;
	}

}
