package org.eden.portail.afas;

import java.util.EnumSet;
import java.util.Set;

/** R-AFAS-2: the life of a declaration. */
public enum StatutDeclaration {
    A_SAISIR("À saisir"),
    EN_COURS("En cours de saisie"),
    A_APPROUVER("À approuver"),
    TRANSMISE("Transmise à la Caf"),
    RECUE("Reçue par la Caf"),
    A_CORRIGER("À corriger"),
    VALIDEE("Validée");

    /** R-AFAS-3, R-AFAS-5: the statuses in which the providers may write. */
    public static final Set<StatutDeclaration> MODIFIABLES = EnumSet.of(A_SAISIR, EN_COURS, A_CORRIGER);

    /** R-AFAS-7: the statuses in which the partner still owes the declaration to the Caf (late after the deadline). */
    public static final Set<StatutDeclaration> ATTENDUES = EnumSet.of(A_SAISIR, EN_COURS, A_APPROUVER, A_CORRIGER);

    private final String libelle;

    StatutDeclaration(String libelle) {
        this.libelle = libelle;
    }

    public String getLibelle() {
        return libelle;
    }

    public boolean modifiable() {
        return MODIFIABLES.contains(this);
    }
}
