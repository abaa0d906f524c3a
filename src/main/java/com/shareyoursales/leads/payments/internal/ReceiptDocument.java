package com.shareyoursales.leads.payments.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import com.shareyoursales.leads.identity.UserProfile;
import com.shareyoursales.leads.payments.Payment;
import com.shareyoursales.leads.shared.BusinessTime;

import org.springframework.stereotype.Component;

/**
 * Renders a receipt as PDF with OpenPDF, in the merchant's language. The embedded font is DejaVu Sans (shipped in
 * the jar under fonts/, free to redistribute), which has the Arabic presentation forms that {@link ArabicText}
 * produces; an Arabic receipt is laid out right-aligned.
 */
@Component
class ReceiptDocument {

	private static final String FONT = "fonts/DejaVuSans.ttf";

	private final byte[] font;

	private final PaymentsProperties properties;

	ReceiptDocument(PaymentsProperties properties) {
		this.properties = properties;
		try (InputStream in = ReceiptDocument.class.getClassLoader().getResourceAsStream(FONT)) {
			if (in == null) {
				throw new IllegalStateException("Missing " + FONT + " on the classpath");
			}
			this.font = in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	byte[] render(Payment payment, UserProfile merchant, Instant paidAt) {
		String language = merchant.locale() == null ? "fr" : merchant.locale();
		ReceiptTexts texts = ReceiptTexts.of(language);
		boolean rtl = "ar".equals(language);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, 50, 50, 60, 60);
		PdfWriter.getInstance(document, out);
		document.addTitle(payment.receiptNumber());
		document.open();
		BaseFont base = baseFont();
		Font regular = new Font(base, 11);
		Font title = new Font(base, 18, Font.BOLD);
		Page page = new Page(document, rtl);
		page.line(texts.title(), title);
		page.line(properties.legal().name(), regular);
		page.line(properties.legal().address(), regular);
		page.line(properties.legal().ice().isEmpty() ? "" : texts.ice() + " : " + properties.legal().ice(), regular);
		PdfPTable table = new PdfPTable(2);
		table.setWidthPercentage(100);
		table.setSpacingBefore(18);
		Row row = new Row(table, regular, rtl);
		row.add(texts.number(), payment.receiptNumber());
		row.add(texts.date(), DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", Locale.forLanguageTag(language))
			.withZone(BusinessTime.ZONE)
			.format(paidAt) + " (Africa/Casablanca)");
		row.add(texts.paidBy(), merchant.businessName());
		row.add(texts.email(), merchant.email());
		row.add(texts.amount(), payment.amount().toPlainString() + " MAD");
		row.add(texts.inWords(), AmountInWords.of(payment.amount(), language));
		row.add(texts.method(), texts.methods().get(payment.method()));
		row.add(texts.reference(), payment.externalKey());
		row.add(texts.providerReference(), payment.providerReference() == null ? "—" : payment.providerReference());
		document.add(table);
		page.line(" ", regular);
		page.line(texts.thanks(), regular);
		document.close();
		return out.toByteArray();
	}

	private BaseFont baseFont() {
		try {
			return BaseFont.createFont(FONT, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, font, null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Paragraphs aligned to the reading direction's start. */
	private record Page(Document document, boolean rtl) {

		void line(String text, Font font) {
			Paragraph paragraph = new Paragraph(ArabicText.visual(text), font);
			paragraph.setAlignment(rtl ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
			document.add(paragraph);
		}

	}

	/** Label and value; in Arabic the label sits on the right. */
	private record Row(PdfPTable table, Font font, boolean rtl) {

		void add(String label, String value) {
			PdfPCell labelCell = cell(label);
			PdfPCell valueCell = cell(value);
			table.addCell(rtl ? valueCell : labelCell);
			table.addCell(rtl ? labelCell : valueCell);
		}

		private PdfPCell cell(String text) {
			PdfPCell cell = new PdfPCell(new Paragraph(ArabicText.visual(text), font));
			cell.setPadding(6);
			cell.setHorizontalAlignment(rtl ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
			return cell;
		}

	}

}
