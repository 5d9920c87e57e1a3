package com.orderdispatch.hub;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The feature packages' boundaries: no cycles, and the foundations depend on no feature built on them. */
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

}
