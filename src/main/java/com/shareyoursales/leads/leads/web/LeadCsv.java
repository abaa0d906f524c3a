package com.shareyoursales.leads.leads.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

import com.shareyoursales.leads.leads.Lead;
import com.shareyoursales.leads.shared.BusinessTime;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes leads as CSV that Excel opens right: UTF-8 with a BOM (Arabic names intact), the chosen separator, and
 * cells that a spreadsheet would run as a formula (starting with = + - @, tab or CR) neutralised with a quote.
 */
final class LeadCsv implements AutoCloseable {

	static final String[] HEADER = { "id", "createdAt", "campaign", "influencer", "customerName", "customerPhone",
			"customerEmail", "city", "serviceValue", "commission", "source", "status", "expiresAt", "decidedAt",
			"rejectionReason", "rejectionComment" };

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
		.withZone(BusinessTime.ZONE);

	private final Writer writer;

	private final CSVPrinter printer;

	LeadCsv(OutputStream out, char separator) throws IOException {
		this.writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		writer.write('\uFEFF');
		this.printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder()
			.setDelimiter(separator)
			.setRecordSeparator("\r\n")
			.setHeader(HEADER)
			.get());
	}

	void write(Lead lead) {
		try {
			printer.printRecord(lead.id(), time(lead.createdAt()), safe(lead.campaignName()),
					safe(lead.influencerName()), safe(lead.customerName()), safe(lead.customerPhone()),
					safe(lead.customerEmail()), safe(lead.city()), lead.serviceValue().toPlainString(),
					lead.commission().toPlainString(), lead.source(), lead.status(), time(lead.expiresAt()),
					time(lead.decidedAt()), lead.rejectionReason(), safe(lead.rejectionComment()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** OWASP's advice against CSV injection: a leading quote makes the cell plain text. */
	static String safe(String value) {
		if (value == null || value.isEmpty()) {
			return value;
		}
		char first = value.charAt(0);
		return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
				? "'" + value : value;
	}

	private static String time(Instant instant) {
		return instant == null ? null : LOCAL.format(instant);
	}

	@Override
	public void close() throws IOException {
		printer.flush();
		writer.flush();
	}

}
