package com.orderdispatch.hub;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The feature packages' boundaries: no cycles, the foundations depend on no feature built on them, and the delivery
 * engine stays behind its module's API.
 */
@AnalyzeClasses(packages = "com.orderdispatch.hub", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	/** A feature's sub-packages (dispatch.engine, dispatch.channel) belong to it: cycles are counted between features. */
	@ArchTest
	static final ArchRule featuresAreFreeOfCycles = slices().matching("com.orderdispatch.hub.(*)..")
		.should()
		.beFreeOfCycles();

	@ArchTest
	static final ArchRule channelsAreFreeOfCycles = slices().matching("com.orderdispatch.hub.channel.(*)..")
		.should()
		.beFreeOfCycles();

	@ArchTest
	static final ArchRule configurationDependsOnNoFeature = noClasses().that()
		.resideInAPackage("..hub.config..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("..hub.intake..", "..hub.order..", "..hub.dispatch..", "..hub.channel..",
				"..hub.admin..", "..hub.supplierapi..", "..hub.sandbox..", "..hub.system..");

	@ArchTest
	static final ArchRule theOrderStoreKnowsNoChannel = noClasses().that()
		.resideInAPackage("..hub.order..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("..hub.dispatch..", "..hub.channel..", "..hub.intake..", "..hub.admin..");

	@ArchTest
	static final ArchRule channelsDoNotKnowEachOthersInternals = noClasses().that()
		.resideInAPackage("..hub.channel.webhook..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("..hub.channel.email..");

	// The delivery module (docs/architecture.md): the outbox and the channel contract are public, the engine is
	// internal to dispatch/, the delivery log is a read model the engine never calls, and only the ledger writes a
	// delivery's status.

	@ArchTest
	static final ArchRule theEngineIsInternalToDispatch = noClasses().that()
		.resideOutsideOfPackage("com.orderdispatch.hub.dispatch..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("com.orderdispatch.hub.dispatch.engine..")
		.because("features plan deliveries through Outbox and channels implement the channel contract");

	@ArchTest
	static final ArchRule theChannelContractKnowsNoEngine = noClasses().that()
		.resideInAPackage("com.orderdispatch.hub.dispatch.channel..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("com.orderdispatch.hub.dispatch.engine..");

	@ArchTest
	static final ArchRule theDeliveryLogIsAReadModelOnly = noClasses().that()
		.resideInAPackage("com.orderdispatch.hub.dispatch..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("com.orderdispatch.hub.deliverylog..");

	@ArchTest
	static final ArchRule channelsKnowOnlyTheContractAndTheOutbox = noClasses().that()
		.resideInAPackage("com.orderdispatch.hub.channel..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("com.orderdispatch.hub.intake..", "com.orderdispatch.hub.lifecycle..",
				"com.orderdispatch.hub.console..", "com.orderdispatch.hub.admin..");

	private static final Pattern WRITES_A_DELIVERY = Pattern.compile(
			"(?i)(update\\s+delivery\\s|insert\\s+into\\s+delivery\\s*\\(|insert\\s+into\\s+delivery_attempt\\b"
					+ "|delete\\s+from\\s+delivery\\s)");

	@Test
	void onlyTheLedgerWritesADeliveryOrItsAttempts() throws IOException {
		Path sources = Path.of("src/main/java/com/orderdispatch/hub");
		List<String> writers;
		try (Stream<Path> files = Files.walk(sources)) {
			writers = files.filter(file -> file.toString().endsWith(".java"))
				.filter(file -> WRITES_A_DELIVERY.matcher(read(file)).find())
				.map(file -> sources.relativize(file).toString())
				.sorted()
				.toList();
		}
		assertThat(writers).containsExactly("dispatch/engine/AttemptLog.java", "dispatch/engine/DeliveryLedger.java",
				"dispatch/engine/DeliveryRows.java");
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
