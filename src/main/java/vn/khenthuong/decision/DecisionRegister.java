package vn.khenthuong.decision;

import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.khenthuong.signature.SignedDocumentRegister;

/** The signed decisions, as the signature verification looks a verified file up among them. */
@Component
class DecisionRegister implements SignedDocumentRegister {

    private final DecisionRepository repository;

    DecisionRegister(DecisionRepository repository) {
        this.repository = repository;
    }

    @Override
    public Optional<RegisteredDocument> findBySha256(String sha256) {
        return repository.findBySha256(sha256).map(d -> new RegisteredDocument(d.id(), d.decisionNumber(),
                d.decisionDate(), d.issuingBody(), d.signerName()));
    }
}
