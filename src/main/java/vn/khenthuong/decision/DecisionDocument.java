package vn.khenthuong.decision;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import vn.khenthuong.award.NomineeKind;
import vn.khenthuong.pdf.Quotes;

/**
 * Everything printed on one Quyết định khen thưởng (Decree 30/2020 layout). All texts are NFC-normalised
 * on construction, so whatever the caller passes is drawn with precomposed letters, and straight double quotes
 * (typed in an achievement, a setting, a name) become typographic ones: phong trào “Dạy tốt, học tốt”.
 *
 * @param issuingBody  lines of the issuing body, in capitals ("ỦY BAN NHÂN DÂN", "TỈNH CAO BẰNG")
 * @param legalBases   the "Căn cứ ..." and "Theo đề nghị ..." paragraphs, in order
 * @param articles     the text of Điều 1, Điều 2, ... without the "Điều n." label
 * @param copiesTo     the "Nơi nhận:" entries without the leading dash ("Như Điều 3;", "Lưu: VT, TĐKT.")
 */
record DecisionDocument(
        List<String> issuingBody,
        DecisionNumber number,
        String place,
        LocalDate date,
        String subject,
        String authority,
        List<String> legalBases,
        List<String> articles,
        List<String> copiesTo,
        Signer signer,
        AttachedList attachedList) {

    DecisionDocument {
        issuingBody = nfc(issuingBody);
        Objects.requireNonNull(number, "number");
        place = nfc(place);
        Objects.requireNonNull(date, "date");
        subject = nfc(subject);
        authority = nfc(authority);
        legalBases = nfc(legalBases);
        articles = nfc(articles);
        copiesTo = nfc(copiesTo);
        Objects.requireNonNull(signer, "signer");
        // attachedList may be null: a decision naming its one recipient in Điều 1 has no list
        if (issuingBody.isEmpty() || articles.isEmpty()) {
            throw new IllegalArgumentException("Quyết định phải có cơ quan ban hành và ít nhất một điều");
        }
    }

    /**
     * "123/QĐ-UBND": the number in the issuing body's register and the body's symbol; 0 on a draft. Numbers below
     * 10 take a leading zero, "01/QĐ-UBND" (Decree 30/2020, Appendix I). This text is the one source of the number
     * everywhere: the PDF (head, annex, title), the decision row, the registry entries and the audit events.
     */
    record DecisionNumber(int value, String symbol) {
        DecisionNumber {
            if (value < 0) {
                throw new IllegalArgumentException("Số quyết định bắt đầu từ 1");
            }
            symbol = nfc(symbol);
        }

        /** A draft has no number yet: the place is left blank, as on paper drafts. */
        static DecisionNumber draft(String symbol) {
            return new DecisionNumber(0, symbol);
        }

        boolean isDraft() {
            return value == 0;
        }

        String text() {
            return value == 0 ? "      /" + symbol : String.format("%02d/%s", value, symbol);
        }
    }

    /** The signature block: capacity lines ("CHỦ TỊCH", or "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH") and the name. */
    record Signer(List<String> capacity, String name) {
        Signer {
            capacity = nfc(capacity);
            name = nfc(name);
        }

        static Signer chairman(String name) {
            return new Signer(List.of("CHỦ TỊCH"), name);
        }

        /** A vice-chairman signs on the chairman's behalf (ký thay). */
        static Signer viceChairman(String name) {
            return new Signer(List.of("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"), name);
        }
    }

    /**
     * The list attached to the decision (Danh sách kèm theo).
     *
     * @param title    what the list is, e.g. "Cá nhân, tập thể được tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh"
     * @param issuedBy who issued the decision, for the "(Kèm theo Quyết định số ... của ...)" line
     */
    record AttachedList(String title, String issuedBy, List<Recipient> recipients) {
        AttachedList {
            title = nfc(title);
            issuedBy = nfc(issuedBy);
            recipients = List.copyOf(recipients);
        }

        List<Recipient> of(NomineeKind kind) {
            return recipients.stream().filter(r -> r.kind() == kind).toList();
        }

        long total() {
            return recipients.stream().mapToLong(Recipient::bonus).sum();
        }
    }

    /** One row of the attached list: a person (with position and unit) or a collective (with its parent unit). */
    record Recipient(NomineeKind kind, String name, String positionOrUnit, long bonus) {
        Recipient {
            Objects.requireNonNull(kind, "kind");
            name = nfc(name);
            positionOrUnit = positionOrUnit == null ? "" : nfc(positionOrUnit);
            if (bonus < 0) {
                throw new IllegalArgumentException("Tiền thưởng không được âm");
            }
        }
    }

    private static String nfc(String text) {
        return Quotes.typographic(Normalizer.normalize(Objects.requireNonNull(text), Normalizer.Form.NFC).strip());
    }

    private static List<String> nfc(List<String> texts) {
        return texts.stream().map(DecisionDocument::nfc).toList();
    }
}
