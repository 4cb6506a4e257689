package org.eden.portail.convention;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authz.AuthorizationException;
import org.apache.shiro.subject.Subject;
import org.eden.portail.shared.MessagesEcran;
import org.eden.portail.shared.RegleMetierException;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The vérificateur's queue "À vérifier" (R-CONV-3): the conventions of his Caf waiting for the a
 * priori control, oldest submission first. One he recorded himself is listed, its validation
 * explained rather than offered (four eyes).
 */
@Named
@ViewScoped
public class AVerifierBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ConventionService service;

    private List<String> cafs;
    private List<ConventionLigne> conventions;

    public void ouvrir() {
        Subject sujet = SecurityUtils.getSubject();
        cafs = service.cafsConsultables().stream()
                .filter(code -> sujet.isPermitted(PermissionsConventions.CONVENTION_VERIFIER.sur(code)))
                .toList();
        if (cafs.isEmpty()) {
            MessagesEcran.accesRefuse();
            return;
        }
        charger();
    }

    private void charger() {
        List<ConventionLigne> lignes = new ArrayList<>();
        cafs.forEach(code -> lignes.addAll(service.aVerifier(code)));
        conventions = lignes;
    }

    public void valider(ConventionLigne ligne) {
        try {
            ConventionVue validee = service.valider(ligne.id());
            MessagesEcran.info("Convention n° " + validee.numero() + " validée", ConventionBean.comptesCrees(validee.suppleant()));
        } catch (RegleMetierException | AuthorizationException refus) {
            MessagesEcran.refus(refus);
        }
        charger();
    }

    public boolean enregistreeParMoi(ConventionLigne ligne) {
        return String.valueOf(SecurityUtils.getSubject().getPrincipal()).equalsIgnoreCase(ligne.enregistreePar());
    }

    public List<ConventionLigne> getConventions() {
        return conventions;
    }
}
