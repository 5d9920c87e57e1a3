package bench;

/** How long and how often: "all" for the figures, "quick" for iterating on a change. */
record Settings(String mode, int runs, int warmupSeconds, int intakeSeconds, int rawSeconds, int connections,
		int webhookBatch, int emailBatch, int steadyRate, int steadySeconds, int sftpOrders, int[] growth) {

	static Settings of(String mode) {
		return switch (mode) {
			case "all" -> new Settings(mode, 3, 40, 10, 5, 32, 4000, 1000, 200, 15, 10_000,
					new int[] { 100_000, 1_000_000 });
			case "quick" -> new Settings(mode, 1, 30, 6, 3, 32, 1500, 300, 200, 8, 2_000, new int[] { 100_000 });
			default -> throw new IllegalArgumentException("mode must be all or quick, not " + mode);
		};
	}

}
