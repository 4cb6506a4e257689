package org.eden.portail.identite;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.apache.shiro.authz.AuthorizationException;
import org.eden.portail.shared.MessagesEcran;
import org.eden.portail.shared.RegleMetierException;

import java.io.Serializable;
import java.util.List;

/**
 * Issue 19: the section "Courriels non remis" of the Caf's back office (habilitation/caf.xhtml):
 * the mails the outbox gave up for accounts of the Caf, and "Renvoyer". Shown to the Caf's
 * administrator only (the service checks {@code compte:gerer:<caf>}; others see no section).
 */
@Named
@ViewScoped
public class CourrielsEnEchecBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CourrielsEnEchecService service;

    private List<CourrielEnEchec> courriels;
    private boolean visible;

    public boolean isVisible() {
        charger();
        return visible;
    }

    public List<CourrielEnEchec> getCourriels() {
        charger();
        return courriels;
    }

    public void renvoyer(Long id) {
        try {
            service.renvoyer(id);
            MessagesEcran.info("Courriel renvoyé", "Il repart pour une nouvelle série de tentatives.");
        } catch (RegleMetierException | AuthorizationException refus) {
            MessagesEcran.refus(refus);
        }
        courriels = null;
    }

    private void charger() {
        if (courriels != null) {
            return;
        }
        try {
            courriels = service.enEchec();
            visible = true;
        } catch (AuthorizationException refus) {
            courriels = List.of();
            visible = false;
        }
    }
}
