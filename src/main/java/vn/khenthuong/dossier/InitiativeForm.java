package vn.khenthuong.dossier;

import java.util.stream.Stream;

import org.springframework.validation.Errors;

/** One recognised initiative of a person on the dossier page, as typed (see {@link NomineeForm}). */
class InitiativeForm {

    private String kind = InitiativeKind.SANG_KIEN.name();
    private String title;
    private String recognisedBy;
    private String recognisedOn;
    private String reference;
    private String scope;

    static InitiativeForm of(Initiative i) {
        InitiativeForm form = new InitiativeForm();
        form.kind = i.kind().name();
        form.title = i.title();
        form.recognisedBy = i.recognisedBy();
        form.recognisedOn = FormValues.date(i.recognisedOn());
        form.reference = i.reference();
        form.scope = i.scope().name();
        return form;
    }

    /** A row added but left untouched (its kind has a default): not sent. */
    boolean isBlank() {
        return Stream.of(title, recognisedBy, recognisedOn, reference, scope).allMatch(FormValues::blank);
    }

    /** {@code path}: the row's prefix in the form, such as {@code nominees[2].initiatives[0].}, for the errors. */
    InitiativeRequest toRequest(Errors errors, String path) {
        return new InitiativeRequest(
                FormValues.choice(InitiativeKind.class, kind, errors, path + "kind", "Loại sáng kiến, đề tài, giải pháp"),
                FormValues.text(title), FormValues.text(recognisedBy),
                FormValues.date(recognisedOn, errors, path + "recognisedOn", "Ngày công nhận"),
                FormValues.text(reference),
                FormValues.choice(InitiativeScope.class, scope, errors, path + "scope", "Phạm vi ảnh hưởng"));
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getRecognisedBy() {
        return recognisedBy;
    }

    public void setRecognisedBy(String recognisedBy) {
        this.recognisedBy = recognisedBy;
    }

    public String getRecognisedOn() {
        return recognisedOn;
    }

    public void setRecognisedOn(String recognisedOn) {
        this.recognisedOn = recognisedOn;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = scope;
    }
}
