package org.eden.portail.trace;

import jakarta.enterprise.context.ApplicationScoped;
import org.eden.portail.shared.DroitsPartenaire;
import org.eden.portail.shared.Habilitant;
import org.eden.portail.shared.PermissionsAccordees;
import org.eden.portail.shared.PermissionsDuContexte;

import java.util.Set;

/**
 * The permissions of the trace context (R-TRACE-1, R-TRACE-4):
 * <ul>
 * <li>administrateur partenaire and suppléant: the traces of their organisation;</li>
 * <li>superviseur Caf: the traces of his Caf (its agents and its partners' users);</li>
 * <li>superviseur and administrateur Caf: verify the chain;</li>
 * <li>nobody else reads.</li>
 * </ul>
 */
@ApplicationScoped
public class PermissionsTraces implements PermissionsDuContexte {

    /** Verify the integrity of the trace chain (R-TRACE-1): the Caf's superviseurs and administrateurs. */
    public static final String TRACE_VERIFIER = "trace:verifier";
    /** R-TRACE-4, scoped: {@code trace:lire:organisme:<id>} or {@code trace:lire:caf:<code>}. */
    public static final String TRACE_LIRE = "trace:lire";
    /** The menu's screen: never a prefix of a scoped permission (Shiro would read it as "all"). */
    public static final String ECRAN_TRACES = "ecran:traces";

    /** identite.RoleCaf's names, which trace cannot import (identite depends on trace). */
    static final String SUPERVISEUR_CAF = "SUPERVISEUR_CAF";
    static final String ADMINISTRATEUR_CAF = "ADMINISTRATEUR_CAF";

    @Override
    public Set<String> permissionsDe(Habilitant habilitant) {
        DroitsPartenaire partenaire = habilitant.partenaire();
        // The administrateur of the convention in force, even suspended: reading the traces is a
        // duty of the contrat, not a service the suspension stops (see DroitsPartenaires).
        boolean administrateurPartenaire = partenaire.administrateur() && partenaire.organismeId() != null
                && partenaire.organismeId().equals(habilitant.organismeId());
        return new PermissionsAccordees()
                .si(administrateurPartenaire, lireTracesOrganisme(partenaire.organismeId()), ECRAN_TRACES)
                .si(habilitant.agentCafAvecLeRole(SUPERVISEUR_CAF), lireTracesCaf(habilitant.codeCaf()), ECRAN_TRACES)
                .si(habilitant.aUnDesRoles(SUPERVISEUR_CAF, ADMINISTRATEUR_CAF), TRACE_VERIFIER)
                .ensemble();
    }

    public static String lireTracesOrganisme(Long organismeId) {
        return TRACE_LIRE + ":organisme:" + organismeId;
    }

    public static String lireTracesCaf(String codeCaf) {
        return TRACE_LIRE + ":caf:" + codeCaf;
    }
}
