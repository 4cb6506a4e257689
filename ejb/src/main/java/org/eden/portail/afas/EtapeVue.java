package org.eden.portail.afas;

import java.io.Serializable;
import java.time.Instant;

/** R-AFAS-2, R-AFAS-5: one line of a declaration's history. */
public record EtapeVue(String avant, String apres, String par, Instant quand, String commentaire) implements Serializable {

    static EtapeVue de(EtapeDeclaration e) {
        return new EtapeVue(e.getAvant().getLibelle(), e.getApres().getLibelle(), e.getPar(), e.getLe(), e.getCommentaire());
    }
}
