package bench;

import java.util.ArrayList;
import java.util.List;

/** What every scenario uses: the workspace, the settings, the peers, the raw baseline and the running totals. */
final class Context {

	final Workspace workspace;

	final Settings settings;

	final RawHopProcess raw;

	final WebhookReceiver webhooks;

	final MailPeer mail;

	final List<Figure> figures = new ArrayList<>();

	final List<String> notes = new ArrayList<>();

	/** Raw-hop requests/s of each intake run, the baseline for every throughput figure of this bench run. */
	final List<Double> rawRates = new ArrayList<>();

	/** Orders stored in the current database (created by any scenario, seeded ones included). */
	long stored;

	Context(Workspace workspace, Settings settings, RawHopProcess raw, WebhookReceiver webhooks, MailPeer mail) {
		this.workspace = workspace;
		this.settings = settings;
		this.raw = raw;
		this.webhooks = webhooks;
		this.mail = mail;
	}

	void add(Figure figure) {
		figures.add(figure);
		System.out.printf("   %s: %s %s (runs %s)%n", figure.name(),
				figure.runs().isEmpty() ? "not measured" : Figure.format(figure.median()), figure.unit(),
				figure.runs().stream().map(Figure::format).toList());
	}

	static void log(String format, Object... args) {
		System.out.printf("== " + format + "%n", args);
	}

}
