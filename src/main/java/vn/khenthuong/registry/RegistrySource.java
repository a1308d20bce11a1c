package vn.khenthuong.registry;

public enum RegistrySource {
    /** Approved by the deciding level, before the decision is signed. */
    APPROVAL,
    /** From a signed decision. */
    DECISION,
    /** Imported from earlier records. */
    IMPORT
}
