package com.orderdispatch.hub.intake;

import com.orderdispatch.hub.support.HubTest;

/** The intake contract on a real PostgreSQL server, the production database, started from Maven (no Docker). */
@HubTest(database = HubTest.Database.POSTGRES)
class IntakePostgresIntegrationTests extends IntakeApiContract {

}
