package vn.khenthuong.decision;

/** In which capacity the signer signs: the chairman himself, or a vice-chairman on his behalf (ký thay). */
public enum SignerCapacity {
    CHAIRMAN,
    VICE_CHAIRMAN;

    DecisionDocument.Signer signer(String name) {
        return this == CHAIRMAN ? DecisionDocument.Signer.chairman(name) : DecisionDocument.Signer.viceChairman(name);
    }
}
