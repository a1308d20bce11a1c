package vn.khenthuong.dossier;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

import vn.khenthuong.audit.AuditLog;
import vn.khenthuong.kernel.Refusal;
import vn.khenthuong.kernel.Sha256;
import vn.khenthuong.kernel.VietnamTime;
import vn.khenthuong.security.CurrentUser;
import vn.khenthuong.web.InputFields;

/** What a unit does with its dossiers: prepare, attach, check, submit, withdraw. */
@Service
public class DossierService {

    /** State changes, one line each; the account and the dossier code come with the line (RequestLogContext). */
    private static final Logger log = LoggerFactory.getLogger(DossierService.class);

    static final String NOT_EDITABLE = "Hồ sơ đã trình, không sửa được";
    static final String DOCUMENT_NOT_FOUND = "Không tìm thấy tài liệu";

    private final DossierRepository repository;
    private final DossierAccess access;
    private final DossierInput input;
    private final DocumentStore store;
    private final DossierChecks validation;
    private final ReviewProcess process;
    private final DataSize maxDocumentSize;
    private final AuditLog audit;

    DossierService(DossierRepository repository, DossierAccess access, DossierInput input, DocumentStore store,
            DossierChecks validation, ReviewProcess process,
            @Value("${khenthuong.documents.max-size:20MB}") DataSize maxDocumentSize, AuditLog audit) {
        this.audit = audit;
        this.repository = repository;
        this.access = access;
        this.input = input;
        this.store = store;
        this.validation = validation;
        this.process = process;
        this.maxDocumentSize = maxDocumentSize;
    }

    public Dossier get(CurrentUser user, long id) {
        return access.readable(user, repository.find(id));
    }

    List<DossierSummary> list(CurrentUser user, DossierFilter filter, int limit) {
        return repository.list(filter, access.scope(user), limit);
    }

    @Transactional
    public long create(CurrentUser user, DossierRequest request) {
        String unit = access.unitForNewDossier(user, InputFields.line("unitCode", "Mã đơn vị", request.unitCode()));
        DossierContent content = input.content(request, unit, VietnamTime.today().getYear());
        long id = repository.insert(content, user.userId(), VietnamTime.now());
        repository.setCode(id, DossierCode.of(content.periodYear(), id));
        content.nominees().forEach(n -> repository.insertNominee(id, n));
        audit.record(user.userId(), "DOSSIER_CREATED", id, Map.of("award", content.awardCode(),
                "year", content.periodYear(), "nominees", names(content.nominees())));
        return id;
    }

    @Transactional
    void update(CurrentUser user, long id, DossierRequest request) {
        Dossier d = editable(user, id);
        String unit = InputFields.line("unitCode", "Mã đơn vị", request.unitCode());
        if (unit != null && !unit.equals(d.unitCode())) {
            throw Refusal.invalid("unitCode", "Không đổi được đơn vị của hồ sơ");
        }
        DossierContent content = input.content(request, d.unitCode(), d.periodYear(),
                d.nominees().stream().collect(Collectors.toMap(Nominee::id, n -> n)));
        if (d.status() == DossierStatus.RETURNED) {
            // The running process knows the dossier by its code and was routed by its award.
            if (!content.awardCode().equals(d.awardCode())) {
                throw Refusal.invalid("awardCode", "Hồ sơ đang được xét: không đổi được danh hiệu đề nghị");
            }
            if (content.periodYear() != d.periodYear()) {
                throw Refusal.invalid("periodYear", "Hồ sơ đang được xét: không đổi được năm xét khen thưởng");
            }
        }
        Set<Long> existing = d.nominees().stream().map(Nominee::id).collect(Collectors.toSet());
        for (int i = 0; i < content.nominees().size(); i++) {
            Long nomineeId = content.nominees().get(i).id();
            if (nomineeId != null && !existing.contains(nomineeId)) {
                throw Refusal.invalid("nominees[" + i + "].id",
                        "Hồ sơ không có người, tập thể được đề nghị với id " + nomineeId);
            }
        }
        if (!repository.updateContent(id, content, request.version(), VietnamTime.now())) {
            Dossier now = repository.find(id).orElseThrow(() -> Refusal.notFound(DossierAccess.NOT_FOUND));
            throw Refusal.conflict(now.status().editable()
                    ? "Hồ sơ vừa được người khác sửa (phiên bản " + now.version() + "), hãy tải lại rồi sửa"
                    : notEditableMessage(now.status()));
        }
        Set<Long> kept = content.nominees().stream().map(Nominee::id).filter(n -> n != null).collect(Collectors.toSet());
        existing.stream().filter(n -> !kept.contains(n)).forEach(n -> repository.deleteNominee(id, n));
        for (Nominee n : content.nominees()) {
            if (n.id() == null) {
                repository.insertNominee(id, n);
            } else {
                repository.updateNominee(id, n);
            }
        }
        if (d.status() == DossierStatus.DRAFT && content.periodYear() != d.periodYear()) {
            repository.setCode(id, DossierCode.of(content.periodYear(), id));
        }
        audit.record(user.userId(), "DOSSIER_EDITED", id, Map.of("award", content.awardCode(),
                "year", content.periodYear(), "nominees", names(content.nominees())));
    }

    private static List<String> names(List<Nominee> nominees) {
        return nominees.stream().map(Nominee::fullName).toList();
    }

    @Transactional
    DocumentInfo attach(CurrentUser user, long id, DocumentKind kind, UploadedFile file) {
        editable(user, id);
        if (file.size() == 0) {
            throw Refusal.invalid("file", "Tệp rỗng, không có nội dung");
        }
        if (file.size() > maxDocumentSize.toBytes()) {
            throw new Refusal(Refusal.Kind.TOO_LARGE,
                    "Tệp vượt quá dung lượng cho phép (" + maxDocumentSize.toMegabytes() + " MB)", "file");
        }
        return attach(user, id, kind, file.name(), file.bytes());
    }

    /** Attaches a document by its bytes; the type is taken from the content, never from the name. */
    @Transactional
    public DocumentInfo attach(CurrentUser user, long id, DocumentKind kind, String fileName, byte[] bytes) {
        editable(user, id);
        DocumentType type = ContentSniffer.sniff(bytes).orElseThrow(() -> new Refusal(
                Refusal.Kind.UNSUPPORTED_TYPE, "Nội dung tệp không thuộc định dạng được chấp nhận ("
                + DocumentType.ACCEPTED + "), dù tên tệp là gì", "file"));
        OffsetDateTime now = VietnamTime.now();
        if (!repository.touchIfEditable(id, now)) {
            throw Refusal.conflict(NOT_EDITABLE);
        }
        DocumentInfo info = new DocumentInfo(null, kind, FileNames.clean(fileName, type),
                type.mediaType(), bytes.length, Sha256.hex(bytes), user.userId(), now);
        DocumentStore.Placement placement = store.put(id, bytes);
        long documentId = repository.insertDocument(id, info, placement.content(), placement.storagePath());
        audit.record(user.userId(), "DOCUMENT_ATTACHED", id, Map.of("documentId", documentId, "kind", kind.name(),
                "fileName", info.fileName(), "sha256", info.sha256(), "size", info.sizeBytes()));
        return new DocumentInfo(documentId, info.kind(), info.fileName(), info.contentType(), info.sizeBytes(),
                info.sha256(), info.uploadedBy(), info.uploadedAt());
    }

    @Transactional
    void detach(CurrentUser user, long id, long documentId) {
        editable(user, id);
        StoredDocument document = repository.document(id, documentId)
                .orElseThrow(() -> Refusal.notFound(DOCUMENT_NOT_FOUND));
        if (!repository.touchIfEditable(id, VietnamTime.now())) {
            throw Refusal.conflict(NOT_EDITABLE);
        }
        repository.deleteDocument(id, documentId);
        store.delete(document.storagePath());
        audit.record(user.userId(), "DOCUMENT_REMOVED", id, Map.of("documentId", documentId));
    }

    @Transactional(readOnly = true)
    Download download(CurrentUser user, long id, long documentId) {
        get(user, id);
        StoredDocument document = repository.document(id, documentId)
                .orElseThrow(() -> Refusal.notFound(DOCUMENT_NOT_FOUND));
        return new Download(document.info(), store.read(document));
    }

    record Download(DocumentInfo info, byte[] content) {
    }

    CheckResult check(CurrentUser user, long id) {
        Dossier d = get(user, id);
        var today = VietnamTime.today();
        List<Finding> findings = validation.all(d, today);
        return new CheckResult(today, count(findings, Severity.ERROR), count(findings, Severity.WARNING), findings);
    }

    /**
     * The same check as {@link #check}, split the way {@link #submit} weighs it: errors of completeness
     * block the submission; errors of eligibility and warnings go up with the dossier for the reviewers.
     */
    SubmissionCheck submissionCheck(CurrentUser user, long id) {
        Dossier d = get(user, id);
        var today = VietnamTime.today();
        List<Finding> completeness = validation.completeness(d);
        List<Finding> eligibility = validation.eligibility(d, today);
        return new SubmissionCheck(today, blocking(completeness),
                eligibility.stream().filter(f -> f.severity() == Severity.ERROR).toList(),
                Stream.concat(completeness.stream(), eligibility.stream())
                        .filter(f -> f.severity() == Severity.WARNING).toList());
    }

    record SubmissionCheck(LocalDate decisionDate, List<Finding> blocking, List<Finding> errors,
            List<Finding> warnings) {

        /** The result in one Vietnamese sentence, for the secretary's page. */
        public String sentence() {
            if (blocking.isEmpty() && errors.isEmpty() && warnings.isEmpty()) {
                return "Kết quả kiểm tra: không có lỗi hay lưu ý nào, hồ sơ nộp được.";
            }
            List<String> parts = new ArrayList<>();
            if (!blocking.isEmpty()) {
                parts.add(blocking.size() + " lỗi phải sửa trước khi nộp");
            }
            if (!errors.isEmpty()) {
                parts.add(errors.size() + " lỗi về điều kiện khen thưởng");
            }
            if (!warnings.isEmpty()) {
                parts.add(warnings.size() + " lưu ý");
            }
            return "Kết quả kiểm tra: " + String.join(", ", parts) + (blocking.isEmpty()
                    ? ". Hồ sơ nộp được; cấp xét duyệt sẽ xem xét các lỗi, lưu ý này." : ".");
        }
    }

    /** The dossier if the user may change it now: 404, 403, or 409 when it is no longer a draft or returned. */
    Dossier forEditing(CurrentUser user, long id) {
        return editable(user, id);
    }

    /** Submits a draft, or resubmits a returned dossier; the process shares this transaction. */
    @Transactional
    public void submit(CurrentUser user, long id, String response) {
        Dossier d = access.writable(user, repository.find(id));
        if (!d.status().editable()) {
            throw Refusal.conflict(notEditableMessage(d.status()));
        }
        List<Finding> completeness = validation.completeness(d);
        if (!blocking(completeness).isEmpty()) {
            throw new IncompleteDossierException(completeness);
        }
        OffsetDateTime now = VietnamTime.now();
        if (d.status() == DossierStatus.DRAFT) {
            if (!repository.markSubmittedFromDraft(id, now)) {
                throw Refusal.conflict(NOT_EDITABLE);
            }
            validation.store(id, validation.all(d, VietnamTime.today()));
            audit.record(user.userId(), "SUBMITTED", id, Map.of("code", d.code()));
            log.info("Trình hồ sơ để xét");
            repository.setProcessInstance(id, inProcess(() -> process.start(d.code(), user.userId())));
        } else {
            String cleanResponse = InputFields.text("response", "Nội dung giải trình", response);
            log.info("Trình lại hồ sơ sau khi bổ sung");
            audit.record(user.userId(), "RESUBMITTED", id, Map.of("code", d.code(),
                    "response", cleanResponse == null ? "" : cleanResponse));
            if (!repository.markResubmittedFromReturned(id, now)) {
                throw Refusal.conflict(NOT_EDITABLE);
            }
            if (!inProcess(() -> process.resubmit(d.code(), user.userId(), cleanResponse))) {
                throw Refusal.conflict("Hồ sơ không chờ đơn vị bổ sung, chưa trình lại được");
            }
        }
    }

    @Transactional
    void withdraw(CurrentUser user, long id, String reason) {
        Dossier d = access.writable(user, repository.find(id));
        String cleanReason = InputFields.text("reason", "Lý do rút hồ sơ", reason);
        audit.record(user.userId(), "WITHDRAWAL_REQUESTED", id, Map.of("reason", cleanReason == null ? "" : cleanReason));
        log.info("Đơn vị rút hồ sơ");
        if (d.status() == DossierStatus.DRAFT) {
            if (!repository.withdrawDraft(id, cleanReason, VietnamTime.now())) {
                throw Refusal.conflict("Hồ sơ vừa thay đổi trạng thái, hãy tải lại");
            }
        } else if (d.status().inProcess()) {
            try {
                inProcess(() -> {
                    process.withdraw(d.code(), user.userId(), cleanReason);
                    return null;
                });
            } catch (ProcessFailureException e) {
                if (e.getCause() instanceof MismatchingMessageCorrelationException) {
                    throw Refusal.conflict("Quy trình xét của hồ sơ không nhận yêu cầu rút lúc này");
                }
                throw e;
            }
        } else {
            throw Refusal.conflict("Hồ sơ đã có kết quả xét (" + d.status().label() + "), không rút được");
        }
    }

    /** Runs a call into the process; its failures become one exception that rolls back and answers 500. */
    private static <T> T inProcess(Supplier<T> call) {
        try {
            return call.get();
        } catch (Refusal e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ProcessFailureException(e);
        }
    }

    private Dossier editable(CurrentUser user, long id) {
        Dossier d = access.writable(user, repository.find(id));
        if (!d.status().editable()) {
            throw Refusal.conflict(notEditableMessage(d.status()));
        }
        return d;
    }

    private static String notEditableMessage(DossierStatus status) {
        return status == DossierStatus.WITHDRAWN ? "Hồ sơ đã rút, không sửa được" : NOT_EDITABLE;
    }

    private static List<Finding> blocking(List<Finding> completeness) {
        return completeness.stream().filter(f -> f.severity() == Severity.ERROR).toList();
    }

    private static long count(List<Finding> findings, Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }
}
