package com.orderdispatch.hub.intake;

import com.orderdispatch.hub.support.HubTest;

/** The intake contract on the embedded default store, H2. */
@HubTest
class IntakeH2IntegrationTests extends IntakeApiContract {

}
