package io.skillgate.order.internal;

import java.io.ByteArrayOutputStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import io.skillgate.order.OrderResult;

/** Draws a result as a one-page PDF with OpenPDF: candidate, package, total and per-assessment scores. */
public final class ResultReportRenderer {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private ResultReportRenderer() {
    }

    public static byte[] render(String candidateName, OrderResult result) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 50, 50, 50, 50);
        PdfWriter.getInstance(document, out);
        document.addTitle("Assessment result: " + result.packageName());
        document.addCreator("Skillgate");
        document.open();
        Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18);
        Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11);
        Font normal = FontFactory.getFont(FontFactory.HELVETICA, 11);
        document.add(new Paragraph(result.packageName(), title));
        document.add(new Paragraph("Candidate: " + candidateName, normal));
        document.add(new Paragraph("Started: " + WHEN.format(result.startedAt()) + "    Submitted: "
                + WHEN.format(result.submittedAt()), normal));
        Paragraph total = new Paragraph("Score: " + result.score().raw() + " of " + result.score().max()
                + (result.scoreLabel() == null ? "" : " (" + result.scoreLabel() + ")"), bold);
        total.setSpacingBefore(12);
        total.setSpacingAfter(12);
        document.add(total);
        PdfPTable table = new PdfPTable(new float[] {5, 2, 3});
        table.setWidthPercentage(100);
        for (String heading : new String[] {"Assessment", "Score", "Result"}) {
            table.addCell(new PdfPCell(new Phrase(heading, bold)));
        }
        for (OrderResult.SectionResult section : result.sections()) {
            table.addCell(new Phrase(section.assessmentName(), normal));
            PdfPCell score = new PdfPCell(new Phrase(section.score().raw() + " / " + section.score().max(), normal));
            score.setHorizontalAlignment(Element.ALIGN_RIGHT);
            table.addCell(score);
            table.addCell(new Phrase(section.scoreLabel() == null ? "" : section.scoreLabel(), normal));
        }
        document.add(table);
        document.add(new Paragraph(" "));
        document.add(new Paragraph(result.summary(), normal));
        document.close();
        return out.toByteArray();
    }
}
