package com.shareyoursales.leads;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

/** Keeps the module graph acyclic and every module's internals private. */
class ModularityTests {

	@Test
	void modulesRespectTheirBoundaries() {
		ApplicationModules.of(LeadsApplication.class).verify();
	}

}
