package org.eden.portail.afas;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authz.AuthorizationException;
import org.eden.portail.shared.RegleMetierException;
import org.eden.portail.shared.ViolationUnicite;
import org.eden.portail.trace.ActionTracee;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * R-AFAS-4: a Caf's administrateur sets, for his Caf only, the threshold and activation of the
 * national coherence controls, without a deployment; his partners' declarations answer them from
 * the next save ({@link AfasRepository#controlesDeLaCaf}). Guarded by {@code afas:controles:<caf>}
 * ({@link PermissionsAfas}), traced (R-TRACE-1); the value is checked by {@link ReglageControleCaf}.
 * Two administrateurs changing the same control at once: the later one is told, nothing overwritten.
 */
@Stateless
public class ReglageControlesService {

    @Inject
    AfasRepository depot;

    @Inject
    AccesAfas acces;

    @Inject
    Clock horloge;

    /** The caller's Caf, where the screen opens (null for a partner's user, who has none to set). */
    public String maCaf() {
        return acces.cafDeLAgent();
    }

    /** R-AFAS-4: every control as the Caf runs it, by id. */
    @ActionTracee(value = "AFAS_CONSULTATION_CONTROLES", cible = "CAF")
    public List<ControleCafVue> controlesDe(String codeCaf) {
        exigerAdministrateur(codeCaf);
        Map<String, ReglageControleCaf> reglages = depot.reglages(codeCaf).stream()
                .collect(Collectors.toMap(ReglageControleCaf::getControleId, Function.identity()));
        return depot.controles().stream().map(c -> ControleCafVue.de(c, reglages.get(c.getId()))).toList();
    }

    /**
     * R-AFAS-4: the Caf's threshold and activation of one control, from the version the
     * administrateur read ({@code -1}: the national values, no setting of the Caf yet).
     */
    @ActionTracee(value = "AFAS_REGLAGE_CONTROLE", cible = "CAF")
    public ControleCafVue regler(String codeCaf, String controleId, BigDecimal seuil, boolean actif, long versionConnue) {
        exigerAdministrateur(codeCaf);
        ControleCoherence national = depot.controle(controleId).orElseThrow(() -> new RegleMetierException("R-AFAS-4",
                "R-AFAS-4 : le contrôle « " + controleId + " » n'existe pas."));
        String moi = acces.appelant().getIdentifiant();
        ReglageControleCaf reglage = depot.reglage(codeCaf, controleId).orElse(null);
        if ((reglage == null ? -1 : reglage.getVersion()) != versionConnue) {
            throw modifieEntreTemps(controleId, reglage == null ? null : reglage.getModifiePar());
        }
        if (reglage == null) {
            reglage = depot.enregistrer(ReglageControleCaf.de(codeCaf, national, seuil, actif, moi, horloge.instant()));
        } else {
            reglage.changer(national, seuil, actif, moi, horloge.instant());
        }
        // The version (OptimisticLockException) or UNIQUE (code_caf, controle_id): another administrateur, at the same moment.
        ViolationUnicite.ecrireSansConflit(depot::ecrire, "uk_afas_controle_caf", () -> modifieEntreTemps(controleId, null));
        return ControleCafVue.de(national, reglage);
    }

    private static RegleMetierException modifieEntreTemps(String controleId, String par) {
        return new RegleMetierException("R-AFAS-4", "R-AFAS-4 : le contrôle " + controleId + " vient d'être réglé par "
                + (par == null ? "un autre administrateur" : par) + " : rechargez la liste pour voir son réglage avant de changer le vôtre.");
    }

    private static void exigerAdministrateur(String codeCaf) {
        String permission = PermissionsAfas.CONTROLES.sur(codeCaf);
        if (codeCaf == null || !SecurityUtils.getSubject().isPermitted(permission)) {
            throw new AuthorizationException("R-AFAS-4 : seul un administrateur de la Caf " + (codeCaf == null ? "" : codeCaf + " ")
                    + "règle ses contrôles de cohérence (" + permission + ").");
        }
    }
}
