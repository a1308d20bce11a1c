package vn.khenthuong.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorSpace;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceRGBColor;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.khenthuong.award.NomineeKind;
import vn.khenthuong.kernel.VietnamTime;
import vn.khenthuong.kernel.VietnameseMoney;
import vn.khenthuong.pdf.Decree30Margin;
import vn.khenthuong.pdf.PageFlow;
import vn.khenthuong.pdf.PdfText;
import vn.khenthuong.signature.PdfSigner;
import vn.khenthuong.signature.SignatureSlot;
import vn.khenthuong.signature.SigningKey;
import vn.khenthuong.signature.TestKeys;

class DecisionPdfLayoutTest {

    private static final DecisionPdfRenderer RENDERER =
            new DecisionPdfRenderer(Clock.fixed(Instant.parse("2026-04-05T02:30:00Z"), VietnamTime.ZONE));
    private static final String INDIVIDUALS_HEADER = "STT Họ và tên Chức vụ, đơn vị Số tiền thưởng (đồng)";
    private static final String COLLECTIVES_HEADER = "STT Tên tập thể Cơ quan, đơn vị Số tiền thưởng (đồng)";
    private static byte[] small;
    private static byte[] large;

    @BeforeAll
    static void render() {
        small = RENDERER.render(SampleDecisions.decision(3, 2));
        large = RENDERER.render(SampleDecisions.decision(320, 180));
    }

    @Test
    void everyElementOfTheDecisionInReadingOrder() {
        assertThat(PdfText.of(small)).containsSubsequence(
                "ỦY BAN NHÂN DÂN", "TỈNH CAO BẰNG",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                "Số: 123/QĐ-UBND", "Cao Bằng, ngày 05 tháng 4 năm 2026",
                "QUYẾT ĐỊNH", "Về việc tặng Bằng khen",
                "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH CAO BẰNG",
                "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
                "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
                "Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định chi tiết một số điều "
                        + "của Luật Thi đua, khen thưởng;",
                "Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 45/TTr-SNV ngày 28 tháng 3 năm 2026.",
                "QUYẾT ĐỊNH:",
                "Điều 1. Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho 3 cá nhân và 2 tập thể (có danh sách kèm "
                        + "theo), đã có thành tích xuất sắc trong phong trào thi đua “Cao Bằng chung sức xây dựng nông thôn "
                        + "mới” năm 2025.",
                "Điều 2. Mỗi cá nhân được tặng Bằng khen kèm theo tiền thưởng 3.510.000 đồng, mỗi tập thể 7.020.000 đồng. "
                        + "Kinh phí khen thưởng trích từ Quỹ thi đua, khen thưởng tỉnh năm 2026.",
                "Điều 3. Quyết định có hiệu lực kể từ ngày ký.",
                "Nơi nhận:", "- Như Điều 3;", "- Chủ tịch, các PCT UBND tỉnh;", "- Ban Thi đua - Khen thưởng Trung ương;",
                "- Lưu: VT, TĐKT.",
                "CHỦ TỊCH", "Lê Hải Hòa",
                "DANH SÁCH", "Cá nhân, tập thể được tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh",
                "(Kèm theo Quyết định số 123/QĐ-UBND ngày 05 tháng 4 năm 2026 của Chủ tịch Ủy ban nhân dân tỉnh Cao Bằng)",
                "I. Cá nhân", INDIVIDUALS_HEADER,
                "1 Nguyễn Văn Anh Giáo viên, Trường Tiểu học Hòa Chung, Thành phố Cao Bằng 3.510.000",
                "2 Trần Văn Anh " + SampleDecisions.LONG_UNIT + " 3.510.000",
                "3 Lê Văn Anh Hiệu trưởng, Trường Trung học phổ thông Trùng Khánh 3.510.000",
                "Cộng I (3 cá nhân) 10.530.000",
                "II. Tập thể", COLLECTIVES_HEADER,
                "1 Tổ Toán - Tin Trường Trung học phổ thông Trùng Khánh 7.020.000",
                "2 Phòng Kiểm soát chi",
                "Cộng II (2 tập thể) 14.040.000",
                "Tổng cộng 24.570.000");
    }

    @Test
    void titlesAndMovementsAreInTypographicQuotesWithTheirGlyphs() throws IOException {
        String text = PdfText.of(small);
        assertThat(text).contains("phong trào thi đua “Cao Bằng chung sức xây dựng nông thôn mới” năm 2025")
                .doesNotContain("\"");
        List<TextPosition> quotes = positions(small, 1).stream()
                .filter(p -> p.getUnicode().equals("“") || p.getUnicode().equals("”")).toList();
        assertThat(quotes).extracting(TextPosition::getUnicode).containsExactly("“", "”");
        assertThat(quotes).allSatisfy(q -> {
            assertThat(q.getCharacterCodes()).as("not the .notdef glyph").doesNotContain(0);
            assertThat(q.getWidthDirAdj()).isGreaterThan(3);
        });
    }

    @Test
    void aViceChairmanSignsOnTheChairmansBehalf() {
        byte[] pdf = RENDERER.render(SampleDecisions.decision(1, 0, DecisionDocument.Signer.viceChairman("Nông Thanh Tùng")));
        assertThat(PdfText.of(pdf)).containsSubsequence("- Lưu: VT, TĐKT.", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nông Thanh Tùng",
                "DANH SÁCH");
        assertThat(PdfText.of(pdf)).doesNotContain("II. Tập thể");
    }

    @Test
    void theNameColumnOfTheAnnexSaysWhoseNamesItLists() {
        String people = PdfText.of(RENDERER.render(SampleDecisions.decision(3, 0)));
        assertThat(people).containsSubsequence("DANH SÁCH", "I. Cá nhân", INDIVIDUALS_HEADER, "1 Nguyễn Văn Anh",
                "Cộng I (3 cá nhân)", "Tổng cộng 10.530.000").doesNotContain("Tên tập thể", "II.");

        String collectives = PdfText.of(RENDERER.render(SampleDecisions.decision(0, 2)));
        assertThat(collectives).containsSubsequence("DANH SÁCH", "I. Tập thể", COLLECTIVES_HEADER, "1 Tổ Toán - Tin",
                "2 Phòng Kiểm soát chi", "Cộng I (2 tập thể) 14.040.000", "Tổng cộng 14.040.000")
                .doesNotContain("Họ và tên", "Chức vụ", "II.");

        String mixed = PdfText.of(RENDERER.render(SampleDecisions.decision(2, 1)));
        assertThat(mixed).containsSubsequence("I. Cá nhân", INDIVIDUALS_HEADER, "1 Nguyễn Văn Anh", "2 Trần Văn Anh",
                "Cộng I (2 cá nhân) 7.020.000", "II. Tập thể", COLLECTIVES_HEADER, "1 Tổ Toán - Tin",
                "Cộng II (1 tập thể) 7.020.000", "Tổng cộng 14.040.000");
    }

    @Test
    void decomposedInputIsDrawnAsPrecomposedLetters() {
        DecisionDocument sample = SampleDecisions.decision(1, 1);
        DecisionDocument decomposed = new DecisionDocument(sample.issuingBody().stream().map(DecisionPdfLayoutTest::nfd).toList(),
                sample.number(), nfd(sample.place()), sample.date(), nfd(sample.subject()), nfd(sample.authority()),
                sample.legalBases(), sample.articles(), sample.copiesTo(),
                new DecisionDocument.Signer(List.of(nfd("CHỦ TỊCH")), nfd("Lê Hải Hòa")),
                new DecisionDocument.AttachedList(sample.attachedList().title(), sample.attachedList().issuedBy(),
                        List.of(new DecisionDocument.Recipient(NomineeKind.INDIVIDUAL, nfd("Đàm Thị Phượng"), nfd("Kế toán"), 3_510_000))));
        assertThat(nfd("Lê Hải Hòa")).isNotEqualTo("Lê Hải Hòa");

        String text = PdfText.of(RENDERER.render(decomposed));

        assertThat(text).contains("TỈNH CAO BẰNG", "Cao Bằng, ngày 05 tháng 4 năm 2026", "Lê Hải Hòa", "1 Đàm Thị Phượng Kế toán")
                .doesNotContainPattern("\\p{M}");
    }

    @Test
    void fiveHundredRecipientsPaginateWithTheHeaderRowOnEveryPageAndNoSplitRow() {
        List<String> pages = PdfText.pages(large);
        int listStart = indexOfPageContaining(pages, "DANH SÁCH");
        List<String> listPages = pages.subList(listStart, pages.size());
        assertThat(listPages).hasSizeGreaterThan(10);
        List<DecisionDocument.Recipient> individuals = SampleDecisions.recipients(320, 0);
        for (int i = 0; i < individuals.size(); i++) {
            DecisionDocument.Recipient r = individuals.get(i);
            String row = (i + 1) + " " + r.name() + " " + r.positionOrUnit() + " 3.510.000";
            assertThat(listPages.stream().filter(page -> page.contains(row)).count()).as(row).isEqualTo(1);
            assertThat(listPages.stream().filter(page -> page.contains(row)).findFirst().orElseThrow())
                    .as("the page of " + row).contains(INDIVIDUALS_HEADER);
        }
        for (String page : listPages) {
            assertThat(page.contains(INDIVIDUALS_HEADER) || page.contains(COLLECTIVES_HEADER)).as(page).isTrue();
            if (page.contains(" Tổ Ngữ văn - Lịch sử") || page.contains(" Phòng Kiểm soát chi ")) {
                assertThat(page).as("a page of collectives").contains(COLLECTIVES_HEADER);
            }
        }
        assertThat(listPages.stream().filter(page -> page.contains(INDIVIDUALS_HEADER)).count()
                + listPages.stream().filter(page -> page.contains(COLLECTIVES_HEADER)).count())
                .as("a header row on every page, both on the page where part II starts")
                .isBetween((long) listPages.size(), (long) listPages.size() + 1);
        long total = 320 * SampleDecisions.INDIVIDUAL_BONUS + 180 * SampleDecisions.COLLECTIVE_BONUS;
        assertThat(pages.get(pages.size() - 1)).contains("Cộng II (180 tập thể) 1.263.600.000",
                "Tổng cộng " + VietnameseMoney.digits(total));
        assertThat(String.join(" ", listPages)).contains("Cộng I (320 cá nhân) 1.123.200.000", "180 Tổ Ngữ văn");
    }

    @Test
    void pageNumbersFromTheSecondPageOfEachPartCentredInTheTopMargin() throws IOException {
        List<String> pages = PdfText.pages(large);
        int listStart = indexOfPageContaining(pages, "DANH SÁCH");
        assertThat(pages.get(0)).startsWith("ỦY BAN NHÂN DÂN");
        assertThat(pages.get(listStart)).startsWith("DANH SÁCH");
        for (int page = listStart + 1; page < pages.size(); page++) {
            assertThat(pages.get(page)).matches((page - listStart + 1) + " (II\\. Tập thể )?STT .*");
        }
        List<TextPosition> number = positions(large, listStart + 2).stream()
                .filter(p -> p.getYDirAdj() < PageFlow.TOP).toList();
        assertThat(number).extracting(TextPosition::getUnicode).containsExactly("2");
        float centre = number.get(0).getXDirAdj() + number.get(0).getWidthDirAdj() / 2;
        assertThat(centre).isCloseTo(PageFlow.LEFT + PageFlow.WIDTH / 2, offset(1f));
    }

    @Test
    void textStaysInsideTheMargins() throws IOException {
        try (PDDocument document = Loader.loadPDF(large)) {
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                for (TextPosition p : positions(large, page)) {
                    assertThat(p.getXDirAdj()).as("left edge of %s on page %d", p.getUnicode(), page)
                            .isGreaterThanOrEqualTo(PageFlow.LEFT - 0.5f);
                    assertThat(p.getXDirAdj() + p.getWidthDirAdj()).isLessThanOrEqualTo(PageFlow.A4.getWidth() - PageFlow.RIGHT + 0.5f);
                    assertThat(p.getYDirAdj()).as("baseline of %s on page %d", p.getUnicode(), page)
                            .isLessThanOrEqualTo(PageFlow.A4.getHeight() - PageFlow.BOTTOM);
                }
            }
        }
    }

    @Test
    void everyPageOfADraftIsMarkedDraftInTheTopMarginAndTheNumberedDecisionNowhere() throws IOException {
        byte[] draft = RENDERER.render(SampleDecisions.draft(120, 30));
        List<String> pages = PdfText.pages(draft);
        assertThat(pages).hasSizeGreaterThan(2);
        for (int page = 1; page <= pages.size(); page++) {
            String mark = positions(draft, page).stream().filter(p -> p.getYDirAdj() < PageFlow.TOP)
                    .map(TextPosition::getUnicode).reduce("", String::concat);
            assertThat(mark).as("page %d", page).contains("DỰ THẢO");
        }
        assertThat(PdfText.of(large)).doesNotContain("DỰ THẢO");
    }

    @Test
    void theMarginsAreThoseOfDecree30InsideTheirRanges() {
        for (Decree30Margin margin : Decree30Margin.values()) {
            assertThat(margin.mm()).as(margin.name()).isBetween(margin.minMm() + 1, margin.maxMm() - 1);
        }
        assertThat(PageFlow.TOP).isCloseTo(22 * PageFlow.MM, offset(0.01f));
        assertThat(PageFlow.BOTTOM).isCloseTo(22 * PageFlow.MM, offset(0.01f));
        assertThat(PageFlow.LEFT).isCloseTo(32 * PageFlow.MM, offset(0.01f));
        assertThat(PageFlow.RIGHT).isCloseTo(17 * PageFlow.MM, offset(0.01f));
        assertThat(PageFlow.WIDTH).isCloseTo(161 * PageFlow.MM, offset(0.1f));
    }

    @Test
    void theTextOfEveryPageKeepsTheDecree30MarginsMeasuredOnItsGlyphs() throws IOException {
        for (byte[] pdf : List.of(small, large)) {
            List<Margins> pages = new ArrayList<>();
            try (PDDocument document = Loader.loadPDF(pdf)) {
                for (int page = 1; page <= document.getNumberOfPages(); page++) {
                    pages.add(margins(positions(pdf, page)));
                }
            }
            for (int i = 0; i < pages.size(); i++) {
                Margins m = pages.get(i);
                String page = "page " + (i + 1) + ": " + m;
                assertThat(m.top()).as(page).isGreaterThanOrEqualTo(Decree30Margin.TOP.mm() - 0.05)
                        .as("every page starts at the top margin, " + page).isLessThan(Decree30Margin.TOP.mm() + 1.5);
                assertThat(m.bottom()).as(page).isGreaterThanOrEqualTo(Decree30Margin.BOTTOM.mm() - 0.05);
                assertThat(m.left()).as(page).isGreaterThanOrEqualTo(Decree30Margin.LEFT.mm() - 0.05);
                assertThat(m.right()).as(page).isGreaterThanOrEqualTo(Decree30Margin.RIGHT.mm() - 0.05);
            }
            Margins first = pages.get(0);
            assertThat(first.top()).as("the accents of ỦY BAN NHÂN DÂN").isCloseTo(Decree30Margin.TOP.mm(), offset(0.5));
            assertThat(first.left()).as("Nơi nhận:, the legal bases").isCloseTo(Decree30Margin.LEFT.mm(), offset(0.1));
            assertThat(first.right()).as("justified lines").isCloseTo(Decree30Margin.RIGHT.mm(), offset(0.1));
            if (pdf == large) {
                assertThat(pages.stream().mapToDouble(Margins::bottom).min().orElseThrow())
                        .as("a full page reaches the bottom margin within a table row")
                        .isLessThan(Decree30Margin.BOTTOM.mm() + 8);
            }
        }
    }

    @Test
    void onlyEmbeddedLiberationSerifSubsets() {
        assertThat(PdfText.fonts(small)).isNotEmpty().allMatch(name -> name.matches("[A-Z]{6}\\+LiberationSerif.*"));
    }

    @Test
    void documentInformationAndLanguage() throws IOException {
        try (PDDocument document = Loader.loadPDF(small)) {
            assertThat(document.getDocumentInformation().getTitle())
                    .isEqualTo("Quyết định số 123/QĐ-UBND ngày 05 tháng 4 năm 2026 về việc tặng Bằng khen");
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("vi-VN");
            String xmp = new String(document.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertThat(xmp).contains("<pdfaid:part>2</pdfaid:part>", "<pdfaid:conformance>B</pdfaid:conformance>",
                    "Quyết định số 123/QĐ-UBND", "2026-04-05T09:30:00+07:00");
            assertThat(document.getDocumentCatalog().getOutputIntents()).hasSize(1);
            assertThat(document.getPage(0).getMediaBox().getWidth()).isCloseTo(595.3f, offset(0.1f));
        }
    }

    @Test
    void theSignatureBlockHoldsAnEmptySignatureFieldBetweenCapacityAndName() throws IOException {
        try (PDDocument document = Loader.loadPDF(small)) {
            var field = SignatureSlot.find(document);
            assertThat(field).isNotNull();
            var rectangle = field.getWidgets().get(0).getRectangle();
            List<TextPosition> page = positions(small, 1);
            float capacityBaseline = baselineOf(page, "C", "CHỦ TỊCH");
            float nameBaseline = baselineOf(page, "L", "Lê Hải Hòa");
            float pageHeight = PageFlow.A4.getHeight();
            assertThat(pageHeight - rectangle.getUpperRightY()).isGreaterThan(capacityBaseline);
            assertThat(pageHeight - rectangle.getLowerLeftY()).isLessThan(nameBaseline);
            assertThat(rectangle.getLowerLeftX()).isGreaterThan(PageFlow.LEFT + PageFlow.WIDTH * 0.45f);
        }
    }

    @Test
    void theSignatureCaptionOfALongOrganisationIsAtLeast7PointsAndClearOfTheSealTheStrokeAndThePageText()
            throws IOException {
        String organisation = "Ban Quản lý các khu công nghiệp, khu kinh tế và khu công nghệ cao tỉnh Thừa Thiên Huế";
        byte[] signed = new PdfSigner(TestKeys.SIGNING_CLOCK).sign(RENDERER.render(SampleDecisions.decision(3, 2)),
                new OfOrganisation(TestKeys.CHAIRMAN, organisation));
        try (PDDocument document = Loader.loadPDF(signed); PDDocument alone = new PDDocument()) {
            PDAnnotationWidget widget = ((PDSignatureField) document.getDocumentCatalog().getAcroForm(null)
                    .getField("chu-ky")).getWidgets().get(0);
            PDRectangle box = widget.getRectangle();
            // the appearance alone on a page of its size, to read its text and see its pixels
            PDPage page = new PDPage(new PDRectangle(box.getWidth(), box.getHeight()));
            alone.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(alone, page)) {
                content.drawForm(new PDFormXObject(widget.getNormalAppearanceStream().getCOSObject()));
            }
            List<TextPosition> caption = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                {
                    // the text stripper ignores colours unless told
                    addOperator(new SetNonStrokingColorSpace(this));
                    addOperator(new SetNonStrokingColor(this));
                    addOperator(new SetNonStrokingDeviceRGBColor(this));
                }

                @Override
                protected void processTextPosition(TextPosition text) {
                    // the seal's ring is red text: the caption is the black one
                    float[] colour = getGraphicsState().getNonStrokingColor().getComponents();
                    if (colour.length == 3 && colour[0] + colour[1] + colour[2] < 0.1f && !text.getUnicode().isBlank()) {
                        caption.add(text);
                    }
                }
            };
            stripper.getText(alone);

            StringBuilder text = new StringBuilder();
            caption.forEach(p -> text.append(p.getUnicode()));
            assertThat(text.toString()).contains("Cơquan:", "Thờigianký:" + TestKeys.signingTimeText())
                    .contains("Thừa", "Huế");
            assertThat(caption).allSatisfy(p -> assertThat(p.getFontSizeInPt()).as(p.getUnicode()).isGreaterThanOrEqualTo(7));
            List<Float> baselines = caption.stream().map(TextPosition::getYDirAdj).distinct().sorted().toList();
            assertThat(baselines).as("the organisation over two lines, then the time").hasSize(3);
            float size = caption.get(0).getFontSizeInPt();
            for (int i = 1; i < baselines.size(); i++) {
                assertThat(baselines.get(i) - baselines.get(i - 1)).as("lines apart").isGreaterThanOrEqualTo(size * 1.15f);
            }
            for (TextPosition p : caption) {
                assertThat(p.getXDirAdj()).isGreaterThanOrEqualTo(0);
                assertThat(p.getXDirAdj() + p.getWidthDirAdj()).isLessThanOrEqualTo(box.getWidth());
                assertThat(p.getYDirAdj() + 0.22f * p.getFontSizeInPt()).as("inside the box").isLessThanOrEqualTo(box.getHeight());
            }

            // no red of the seal and no blue of the stroke where the caption's glyphs are
            float scale = 600 / 72f;
            BufferedImage image = new PDFRenderer(alone).renderImageWithDPI(0, 600);
            assertThat(count(image, 0, 0, image.getWidth(), image.getHeight(), DecisionPdfLayoutTest::sealRed))
                    .as("the seal is drawn").isGreaterThan(1000);
            assertThat(count(image, 0, 0, image.getWidth(), image.getHeight(), DecisionPdfLayoutTest::inkBlue))
                    .as("the stroke is drawn").isGreaterThan(1000);
            for (TextPosition p : caption) {
                int x0 = (int) (p.getXDirAdj() * scale);
                int x1 = (int) Math.ceil((p.getXDirAdj() + p.getWidthDirAdj()) * scale);
                int y0 = (int) ((p.getYDirAdj() - 0.92f * p.getFontSizeInPt()) * scale);
                int y1 = (int) Math.ceil((p.getYDirAdj() + 0.22f * p.getFontSizeInPt()) * scale);
                assertThat(count(image, x0, y0, x1, y1, DecisionPdfLayoutTest::sealRed)).as("seal over " + p.getUnicode())
                        .isZero();
                assertThat(count(image, x0, y0, x1, y1, DecisionPdfLayoutTest::inkBlue)).as("stroke over " + p.getUnicode())
                        .isZero();
            }

            // and no text of the page inside the signature's box
            float top = PageFlow.A4.getHeight() - box.getUpperRightY();
            float bottom = PageFlow.A4.getHeight() - box.getLowerLeftY();
            for (TextPosition p : positions(signed, 1)) {
                boolean across = p.getXDirAdj() + p.getWidthDirAdj() > box.getLowerLeftX() && p.getXDirAdj() < box.getUpperRightX();
                boolean within = p.getYDirAdj() + 0.22f * p.getFontSizeInPt() > top
                        && p.getYDirAdj() - 0.89f * p.getFontSizeInPt() < bottom;
                assertThat(across && within).as("%s of the page in the signature box", p.getUnicode()).isFalse();
            }
        }
    }

    /** A test key that says it belongs to another organisation: the appearance draws what the key says. */
    private record OfOrganisation(SigningKey key, String organisation) implements SigningKey {
        @Override
        public PrivateKey privateKey() {
            return key.privateKey();
        }

        @Override
        public List<X509Certificate> certificateChain() {
            return key.certificateChain();
        }

        @Override
        public String signerName() {
            return key.signerName();
        }
    }

    private static boolean sealRed(int rgb) {
        int r = rgb >> 16 & 0xff;
        int g = rgb >> 8 & 0xff;
        int b = rgb & 0xff;
        return r > 150 && g < 120 && b < 120 && r - g > 60;
    }

    private static boolean inkBlue(int rgb) {
        int r = rgb >> 16 & 0xff;
        int b = rgb & 0xff;
        return b > 90 && b - r > 50;
    }

    private static int count(BufferedImage image, int x0, int y0, int x1, int y1, java.util.function.IntPredicate colour) {
        int found = 0;
        for (int y = Math.max(0, y0); y < Math.min(image.getHeight(), y1); y++) {
            for (int x = Math.max(0, x0); x < Math.min(image.getWidth(), x1); x++) {
                if (colour.test(image.getRGB(x, y))) {
                    found++;
                }
            }
        }
        return found;
    }

    private static float baselineOf(List<TextPosition> page, String first, String line) {
        StringBuilder all = new StringBuilder();
        page.forEach(p -> all.append(p.getUnicode()));
        int index = all.indexOf(line);
        assertThat(index).as(line).isNotNegative();
        assertThat(page.get(index).getUnicode()).isEqualTo(first);
        return page.get(index).getYDirAdj();
    }

    /** How far the text of a page keeps from each edge, in millimetres; the page number left out. */
    private record Margins(double top, double bottom, double left, double right) {
        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "top %.1f mm, bottom %.1f mm, left %.1f mm, right %.1f mm",
                    top, bottom, left, right);
        }
    }

    /** Each glyph from its ascent to its descent (the font's), from its origin over its advance width. */
    private static Margins margins(List<TextPosition> page) {
        double top = Double.MAX_VALUE;
        double bottom = Double.MAX_VALUE;
        double left = Double.MAX_VALUE;
        double right = Double.MAX_VALUE;
        for (TextPosition p : page) {
            if (p.getUnicode().isBlank() || p.getYDirAdj() < PageFlow.TOP) {
                continue;
            }
            var font = p.getFont().getFontDescriptor();
            float size = p.getFontSizeInPt();
            top = Math.min(top, p.getYDirAdj() - font.getAscent() / 1000 * size);
            bottom = Math.min(bottom, PageFlow.A4.getHeight() - p.getYDirAdj() + font.getDescent() / 1000 * size);
            left = Math.min(left, p.getXDirAdj());
            right = Math.min(right, PageFlow.A4.getWidth() - p.getXDirAdj() - p.getWidthDirAdj());
        }
        return new Margins(top / PageFlow.MM, bottom / PageFlow.MM, left / PageFlow.MM, right / PageFlow.MM);
    }

    private static int indexOfPageContaining(List<String> pages, String text) {
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).contains(text)) {
                return i;
            }
        }
        throw new AssertionError(text + " on no page");
    }

    /** Glyph positions of a page (1-based), y measured from the top. */
    private static List<TextPosition> positions(byte[] pdf, int page) throws IOException {
        List<TextPosition> positions = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    positions.add(text);
                }
            };
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            stripper.getText(document);
        }
        return positions;
    }

    private static String nfd(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD);
    }
}
