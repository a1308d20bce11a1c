package vn.khenthuong.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.khenthuong.pdf.ClosingBlock;
import vn.khenthuong.pdf.DecisionFonts;
import vn.khenthuong.pdf.Style;
import vn.khenthuong.pdf.TextLayout;

/** The caption under the signature, measured with the embedded font in the signature block's box. */
class SignatureAppearanceTest {

    private static final String TIME = "2026-04-05T09:30:00+07:00";
    private static final float WIDTH = ClosingBlock.SIGNATURE_WIDTH;
    private static final float HEIGHT = ClosingBlock.SIGNATURE_HEIGHT;
    private static final float LINE = WIDTH - 2 * SignatureAppearance.PAD;
    private static PDDocument document;
    private static TextLayout text;

    @BeforeAll
    static void fonts() {
        document = new PDDocument();
        text = new TextLayout(new DecisionFonts(document));
    }

    @AfterAll
    static void close() throws IOException {
        document.close();
    }

    @Test
    void aProvinceFitsOnOneLineAt8Points() {
        SignatureAppearance.Caption caption = caption("Ủy ban nhân dân tỉnh Cao Bằng");
        assertThat(caption.size()).isEqualTo(8);
        assertThat(caption.lines()).containsExactly("Cơ quan: Ủy ban nhân dân tỉnh Cao Bằng", "Thời gian ký: " + TIME);
    }

    @Test
    void aLongerNameIsSetSmallerBeforeItIsBroken() {
        String name = "Sở Nông nghiệp và Phát triển nông thôn tỉnh Cao Bằng, Chi cục Thủy lợi";
        assertThat(width("Cơ quan: " + name, 8)).isGreaterThan(LINE);
        assertThat(width("Cơ quan: " + name, 7)).isLessThanOrEqualTo(LINE);

        SignatureAppearance.Caption caption = caption(name);

        assertThat(caption.size()).isLessThan(8).isGreaterThanOrEqualTo(7);
        assertThat(caption.lines()).containsExactly("Cơ quan: " + name, "Thời gian ký: " + TIME);
    }

    @Test
    void aLongVietnameseOrganisationGoesOverTwoLinesAt8PointsWithEveryWord() {
        String name = "Ban Quản lý các khu công nghiệp, khu kinh tế và khu công nghệ cao tỉnh Thừa Thiên Huế";

        SignatureAppearance.Caption caption = caption(name);

        assertThat(caption.size()).isEqualTo(8);
        assertThat(caption.lines()).hasSize(3).last().isEqualTo("Thời gian ký: " + TIME);
        assertThat(String.join(" ", caption.lines().subList(0, 2))).isEqualTo("Cơ quan: " + name);
    }

    @Test
    void aNameTooLongForTwoLinesWritesUyBanNhanDanAsUbnd() {
        String name = "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện Quảng Hòa, Bộ phận Tiếp nhận và Trả kết quả "
                + "giải quyết thủ tục hành chính của Ủy ban nhân dân huyện Quảng Hòa";

        SignatureAppearance.Caption caption = caption(name);

        assertThat(caption.size()).isGreaterThanOrEqualTo(7);
        assertThat(caption.lines()).hasSize(3);
        assertThat(String.join(" ", caption.lines().subList(0, 2))).isEqualTo("Cơ quan: Văn phòng HĐND và UBND huyện "
                + "Quảng Hòa, Bộ phận Tiếp nhận và Trả kết quả giải quyết thủ tục hành chính của UBND huyện Quảng Hòa");
    }

    @Test
    void anAbsurdlyLongNameIsCutAfterAWordAt7Points() {
        String name = "Trung tâm Nghiên cứu, Ứng dụng và Chuyển giao tiến bộ khoa học kỹ thuật nông nghiệp, lâm nghiệp, "
                + "thủy sản và Phát triển nguồn nhân lực chất lượng cao phục vụ công nghiệp hóa, hiện đại hóa nông thôn "
                + "miền núi tỉnh Cao Bằng";

        SignatureAppearance.Caption caption = caption(name);

        assertThat(caption.size()).isEqualTo(7);
        assertThat(caption.lines()).hasSize(3);
        assertThat(caption.lines().get(1)).endsWith("…").doesNotEndWith(",…").doesNotEndWith(" …");
        assertThat(caption.lines().get(2)).isEqualTo("Thời gian ký: " + TIME);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ủy ban nhân dân tỉnh Cao Bằng", "UBND huyện Hà Quảng",
        "Ban Quản lý các khu công nghiệp, khu kinh tế và khu công nghệ cao tỉnh Thừa Thiên Huế",
        "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện Quảng Hòa, Bộ phận Tiếp nhận và Trả kết quả giải quyết "
                + "thủ tục hành chính của Ủy ban nhân dân huyện Quảng Hòa, tỉnh Cao Bằng",
        "Trungtâmkhôngcókhoảngtrắngnàotrongtênrấtdàidàidàidàidàidàidàidàidàidàidàidàidàidàidàidàidàidàidàidàidàidàidài"})
    void theCaptionStaysLegibleInsideTheBoxBelowTheSealAndTheStroke(String organisation) {
        SignatureAppearance.Layout layout = SignatureAppearance.layout(text, WIDTH, HEIGHT, organisation, TIME);
        SignatureAppearance.Caption caption = layout.caption();

        assertThat(caption.size()).isGreaterThanOrEqualTo(SignatureAppearance.SMALLEST_CAPTION);
        assertThat(caption.lines()).hasSizeLessThanOrEqualTo(SignatureAppearance.CAPTION_LINES)
                .allSatisfy(line -> assertThat(width(line, caption.size())).as(line).isLessThanOrEqualTo(LINE));
        float lowestInk = caption.baseline(caption.lines().size() - 1) - 0.22f * caption.size();
        assertThat(lowestInk).as("inside the box").isGreaterThanOrEqualTo(0);
        // the seal's outer ring is 2.2 pt wide
        float sealBottom = layout.sealY() - layout.sealRadius() - 1.1f;
        assertThat(caption.top()).as("below the seal").isLessThan(sealBottom);
        assertThat(caption.top()).as("below the stroke").isLessThan(layout.strokeBottom());
        assertThat(layout.sealY() + layout.sealRadius() + 1.1f).isLessThanOrEqualTo(HEIGHT);
        assertThat(layout.sealX() - layout.sealRadius() - 1.1f).isGreaterThanOrEqualTo(0);
        assertThat(layout.sealRadius()).as("a seal, not a dot").isGreaterThan(25);
        float strokeThird = layout.stroke().getLowerLeftX() + layout.stroke().getWidth() / 3;
        assertThat(layout.sealX() + layout.sealRadius()).as("the seal covers the stroke's left third")
                .isCloseTo(strokeThird, offset(0.5f));
        assertThat(layout.stroke().getUpperRightY()).isLessThanOrEqualTo(HEIGHT);
    }

    private static SignatureAppearance.Caption caption(String organisation) {
        return SignatureAppearance.caption(text, organisation, TIME, LINE);
    }

    private static float width(String line, float size) {
        return text.width(line, Style.regular(size));
    }
}
