package org.eden.portail.habilitation;

import java.time.Instant;

/**
 * R-HAB-13: the holders of a role changed — a habilitation granted ({@code accorde}) or devalidated,
 * fired in the transaction of the change. The contexts of the services whose bulletin asks for it
 * (AFAS) observe it to report the change to the Caf; this context knows none of them.
 */
public record TitulaireModifie(String codeCaf, Long organismeId, String organismeNom, String identifiant, String nomComplet,
                               String service, String profil, boolean accorde, String motif, String par, Instant le) {

    static TitulaireModifie de(Habilitation h, boolean accorde, String motif, String par, Instant le) {
        var u = h.getUtilisateur();
        var o = u.getOrganisme();
        return new TitulaireModifie(o == null ? null : o.getCaf().getCode(), o == null ? null : o.getId(), o == null ? null : o.getNom(),
                u.getIdentifiant(), u.getNomComplet(), h.getService(), h.getProfil(), accorde, motif, par, le);
    }
}
