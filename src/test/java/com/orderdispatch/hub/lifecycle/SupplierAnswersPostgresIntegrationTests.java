package com.orderdispatch.hub.lifecycle;

import com.orderdispatch.hub.support.HubTest;

/** The supplier answers on a real PostgreSQL server (row locks, idempotency keys, shipment keys). */
@HubTest(database = HubTest.Database.POSTGRES)
class SupplierAnswersPostgresIntegrationTests extends SupplierAnswersContract {

}
