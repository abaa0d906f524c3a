package com.shareyoursales.leads.leads.web;

import java.io.IOException;

import com.shareyoursales.leads.identity.CurrentUser;
import com.shareyoursales.leads.identity.Role;
import com.shareyoursales.leads.leads.LeadQueries;
import com.shareyoursales.leads.shared.DomainException;
import io.swagger.v3.oas.annotations.Operation;
import org.springdoc.core.annotations.ParameterObject;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@Tag(name = "Leads")
class LeadExportController {

	private final LeadQueries queries;

	LeadExportController(LeadQueries queries) {
		this.queries = queries;
	}

	@GetMapping(value = "/api/leads/merchant/export.csv", produces = "text/csv")
	@Operation(summary = "The merchant's leads with the list's filters as CSV (UTF-8 with BOM; separator , or ;)")
	void export(CurrentUser user, @ParameterObject @Valid LeadController.LeadListParams params,
			@RequestParam(defaultValue = ",") String separator, HttpServletResponse response) throws IOException {
		user.require(Role.MERCHANT, Role.ADMIN);
		if (!",".equals(separator) && !";".equals(separator)) {
			throw DomainException.invalidField("separator", "INVALID_SEPARATOR", "The separator is , or ;");
		}
		var filter = params.filter();
		var sort = params.sorting();
		response.setContentType("text/csv; charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"leads.csv\"");
		try (LeadCsv csv = new LeadCsv(response.getOutputStream(), separator.charAt(0))) {
			queries.exportForMerchant(user, filter, sort, csv::write);
		}
	}

}
