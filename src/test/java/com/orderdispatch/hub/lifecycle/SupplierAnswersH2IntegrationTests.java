package com.orderdispatch.hub.lifecycle;

import com.orderdispatch.hub.support.HubTest;

/** The supplier answers on the embedded H2 store. */
@HubTest
class SupplierAnswersH2IntegrationTests extends SupplierAnswersContract {

}
