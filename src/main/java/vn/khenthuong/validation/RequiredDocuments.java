package vn.khenthuong.validation;

import java.util.Set;

import vn.khenthuong.dossier.DocumentKind;

/** The attachments a dossier for an award must hold. */
interface RequiredDocuments {

    Set<DocumentKind> of(String awardCode, boolean oneOff);
}
