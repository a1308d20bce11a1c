package vn.khenthuong.decision;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.khenthuong.dossier.DossierLifecycle;
import vn.khenthuong.kernel.Sha256;
import vn.khenthuong.kernel.VietnamTime;
import vn.khenthuong.organisation.OrgRole;
import vn.khenthuong.organisation.Organisation;
import vn.khenthuong.organisation.OrganisationService;
import vn.khenthuong.registry.AwardRegistry;
import vn.khenthuong.registry.DecisionFacts;
import vn.khenthuong.signature.PdfSigner;
import vn.khenthuong.signature.SigningKey;
import vn.khenthuong.signature.SigningKeys;

/**
 * Signing a decision, all in the transaction of the chairman's "Ký" (the engine's): the number is taken,
 * the document written, rendered and signed, stored once with its SHA-256, the registry entries get the
 * number, and each included dossier's process is told. Anything failing rolls all of it back, the
 * number included.
 */
@Service
class DecisionSigning {

    private final DecisionRepository repository;
    private final DecisionComposer composer;
    private final DecisionNumbers numbers;
    private final SigningKeys keys;
    private final OrganisationService organisations;
    private final AwardRegistry registry;
    private final DossierLifecycle dossiers;
    private final ApplicationEventPublisher events;
    private final List<String> viceChairmen;
    private final DecisionPdfRenderer renderer = new DecisionPdfRenderer();
    private final PdfSigner signer = new PdfSigner();

    DecisionSigning(DecisionRepository repository, DecisionComposer composer, DecisionNumbers numbers, SigningKeys keys,
            OrganisationService organisations, AwardRegistry registry,
            DossierLifecycle dossiers, ApplicationEventPublisher events,
            @Value("${khenthuong.decision.vice-chairmen:}") List<String> viceChairmen) {
        this.repository = repository;
        this.composer = composer;
        this.numbers = numbers;
        this.keys = keys;
        this.organisations = organisations;
        this.registry = registry;
        this.dossiers = dossiers;
        this.events = events;
        this.viceChairmen = viceChairmen;
    }

    @Transactional
    public AwardDecision sign(long decisionId, String userId) {
        AwardDecision draft = repository.lock(decisionId)
                .orElseThrow(() -> new IllegalStateException("Không tìm thấy quyết định " + decisionId));
        if (draft.status() != DecisionStatus.IN_REVIEW) {
            throw new IllegalStateException("Quyết định " + decisionId + " không chờ ký (" + draft.status().label() + ")");
        }
        if (!organisations.membershipsOf(userId).stream()
                .anyMatch(m -> m.role() == OrgRole.CHAIRMAN && m.orgCode().equals(draft.issuingBody()))) {
            throw new IllegalStateException(userId + " không phải Chủ tịch (Phó Chủ tịch) của cơ quan ban hành");
        }
        LocalDate date = VietnamTime.today();
        int value = numbers.next(draft.issuingBody(), date.getYear());
        var number = new DecisionDocument.DecisionNumber(value, composer.symbol(draft.issuingBody(), date));
        SignerCapacity capacity = viceChairmen.contains(userId) ? SignerCapacity.VICE_CHAIRMAN : SignerCapacity.CHAIRMAN;
        SigningKey key = keys.of(userId);
        // the name printed under the signature is the certificate's, not the account's profile
        String name = key.signerName();
        byte[] signed = signer.sign(renderer.render(composer.compose(draft, number, date, capacity.signer(name))), key);
        Map<Long, Long> bonuses = composer.bonuses(draft, date);
        repository.markSigned(decisionId, new SignedDecision(value, number.text(), date, userId, name, capacity,
                OffsetDateTime.now(VietnamTime.ZONE), signed, Sha256.hex(signed), bonuses));
        Organisation body = organisations.get(draft.issuingBody());
        String decidedBy = "Chủ tịch UBND " + body.name();
        String fund = DecisionComposer.fundingSource(body);
        draft.recipients().forEach(r -> registry.attachDecision(r.nomineeId(),
                new DecisionFacts(number.text(), date, decidedBy, bonuses.get(r.nomineeId()), fund)));
        for (long dossierId : draft.dossierIds()) {
            List<AwardDecision.Recipient> ofDossier = draft.recipients().stream().filter(r -> r.dossierId() == dossierId).toList();
            dossiers.markNomineesDecided(dossierId,
                    ofDossier.stream().map(AwardDecision.Recipient::nomineeId).toList(), decisionId, number.text());
            events.publishEvent(new DecisionSigned(ofDossier.get(0).dossierCode(), decisionId, number.text()));
        }
        return repository.find(decisionId).orElseThrow();
    }
}
