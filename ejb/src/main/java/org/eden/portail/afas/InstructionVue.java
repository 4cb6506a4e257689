package org.eden.portail.afas;

import java.io.Serializable;
import java.util.List;

/**
 * The Caf's reading of a declaration (R-AFAS-2, R-AFAS-5): the declaration read-only with its
 * controls and justifications, its history, and which of the Caf's actions its status and the
 * caller's right allow.
 */
public record InstructionVue(DeclarationVue declaration, List<EtapeVue> historique, boolean peutRecevoir, boolean peutDemanderCorrection,
                             boolean peutValider) implements Serializable {
}
